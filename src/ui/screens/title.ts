import { button, el, focusHeading } from '../kit';

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

export function renderTitle(root: HTMLElement, options: TitleOptions): void {
  const heading = el('h1', { className: 'title-heading', text: 'Customer-First Leader' });
  const actions = el('div', { className: 'title-actions' });
  // Play always reaches the list; an unfinished run is one more way in, never a gate.
  if (options.continueLabel) {
    actions.append(
      button(`Continue ${options.continueLabel}`, options.onContinue, 'button button-primary'),
      button('Play', options.onPlay),
    );
  } else {
    actions.append(button('Play', options.onPlay, 'button button-primary'));
  }
  actions.append(
    button('Settings', options.onSettings),
    button('Your past runs', options.onHistory),
    button('Facilitator tools', options.onFacilitator, 'button button-quiet'),
  );
  if (options.continueLabel && options.moreUnfinished > 0) {
    const more = options.moreUnfinished;
    actions.append(
      el('p', {
        className: 'saved-note',
        text: `${more} more unfinished run${more === 1 ? ' is' : 's are'} marked “Unfinished” in the list.`,
      }),
    );
  }
  root.append(
    el('section', { className: 'screen title-screen' }, [
      heading,
      el('p', {
        className: 'lede',
        text: 'Lead through real customer moments. Every decision is scored on customer focus, adaptability and empowerment, and every run ends with a debrief.',
      }),
      actions,
    ]),
  );
  focusHeading(heading);
}
