/**
 * The title: the promise in one line, the three scored dimensions in their colours, one
 * primary action, and — when a run is waiting — a card that says which and where. The
 * illustration is the game's own art, painted after the screen is interactive (a dynamic
 * import), so it never holds up the first screen.
 */
import { button, el, focusHeading } from '../kit';
import { dimensionList } from '../components';

export interface TitleOptions {
  /** The newest unfinished run, which and where ("“Saturday returns”, step 3"), when there is one. */
  continueLabel: string | null;
  /** How many other unfinished runs the list marks. */
  moreUnfinished: number;
  onPlay(): void;
  onContinue(): void;
  onSettings(): void;
  onHistory(): void;
  onFacilitator(): void;
}

/** The newest unfinished run, said in words ("“Saturday returns”, step 3"); Play stays beside it. */
function continueCard(label: string, options: TitleOptions): HTMLElement {
  const more = options.moreUnfinished;
  return el(
    'section',
    { className: 'card continue-card', attrs: { 'aria-labelledby': 'continue-heading' } },
    [
      el('h2', { text: 'Continue where you left off', attrs: { id: 'continue-heading' } }),
      el('p', { className: 'continue-title', text: label }),
      // Play always reaches the list; an unfinished run is one more way in, never a gate.
      el('div', { className: 'actions' }, [
        button(`Continue ${label}`, options.onContinue, 'button button-primary button-large'),
        button('Play', options.onPlay),
      ]),
      more > 0
        ? el('p', {
            className: 'card-meta saved-note',
            text: `${more} more unfinished run${more === 1 ? ' is' : 's are'} marked “Unfinished” in the list.`,
          })
        : null,
    ],
  );
}

function titleScene(): HTMLElement {
  const canvas = el('canvas', {
    className: 'picture title-picture',
    attrs: { 'aria-hidden': 'true' },
  });
  const paint = () =>
    void import('../art/pictures')
      .then((art) => {
        if (!canvas.isConnected) return;
        art.drawScene(canvas, 'store', [
          { castId: 'title-customer', mood: 'worried', at: 0.3, scale: 0.95 },
          { castId: 'title-leader', mood: 'happy', at: 0.72, scale: 1.05 },
        ]);
        canvas.dataset.painted = 'true';
      })
      .catch(() => undefined); // decoration only: a plain panel is fine
  // After the first paint, so the title is interactive before the art is even fetched.
  requestAnimationFrame(() => setTimeout(paint, 0));
  return el('div', { className: 'title-art' }, [canvas]);
}

export function renderTitle(root: HTMLElement, options: TitleOptions): void {
  const heading = el('h1', { className: 'title-heading', text: 'Customer-First Leader' });
  root.append(
    el('section', { className: 'screen title-screen' }, [
      el('div', { className: 'title-hero' }, [
        el('div', { className: 'title-copy' }, [
          el('p', { className: 'title-kicker', text: 'A leadership decision game' }),
          heading,
          el('p', {
            className: 'lede title-promise',
            text: 'Lead a team through real customer moments, then see what your decisions did.',
          }),
          el('p', { className: 'title-scored', text: 'Every decision is scored on' }),
          dimensionList(),
          options.continueLabel
            ? continueCard(options.continueLabel, options)
            : el('div', { className: 'title-actions' }, [
                button('Play', options.onPlay, 'button button-primary button-large'),
              ]),
        ]),
        titleScene(),
      ]),
      el('nav', { className: 'title-links', attrs: { 'aria-label': 'More' } }, [
        button('Settings', options.onSettings, 'button button-quiet'),
        button('Your past runs', options.onHistory, 'button button-quiet'),
        button('Facilitator tools', options.onFacilitator, 'button button-quiet'),
      ]),
    ]),
  );
  focusHeading(heading);
}
