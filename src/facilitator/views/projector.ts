/**
 * The projector view: one decision at a time, sized to the screen (1280×720 up to 1920×1080
 * without scrolling), light by default (projectors wash out dark pages; "Dark theme" switches).
 * It never shows a participant's name, so it is always fit for the room. Left/right arrow keys
 * (or the buttons) move between decisions; Escape closes.
 */
import './projector.css';
import type { CohortSummary } from '../aggregate';
import { button, el } from '../../ui/kit';
import { applyPalette } from '../../ui/palette';
import { decisionFacts, decisionHeading, splitChart } from './decision-panel';

export interface ProjectorOptions {
  startAt?: number;
  /** Shown in the corner so the facilitator knows the view is anonymous. */
  anonymous?: boolean;
}

function frame(scenarioTitle: string, anonymous: boolean) {
  const parts = {
    heading: el('h2', { className: 'fac-projector-heading', attrs: { tabindex: '-1' } }),
    position: el('p', { className: 'fac-projector-position', attrs: { 'aria-live': 'polite' } }),
    main: el('div', { className: 'fac-projector-main' }),
    facts: el('p', { className: 'fac-projector-facts' }),
    nav: el('div', { className: 'fac-projector-nav' }),
  };
  const overlay = el(
    'div',
    {
      className: 'facilitator fac-projector',
      attrs: {
        role: 'dialog',
        'aria-modal': 'true',
        'aria-label': `Projector view: ${scenarioTitle}`,
      },
    },
    [
      el('div', { className: 'fac-projector-top' }, [
        el('p', { className: 'fac-projector-scenario', text: scenarioTitle }),
        parts.position,
        el('p', {
          className: 'fac-projector-privacy',
          text: anonymous ? 'Anonymous view: no names' : 'No names are shown here',
        }),
      ]),
      parts.heading,
      parts.main,
      el('div', { className: 'fac-projector-bottom' }, [parts.facts, parts.nav]),
    ],
  );
  // Light by default, whatever the page's own theme: the shared light palette (services/theme).
  applyPalette(overlay, 'light');
  return { overlay, ...parts };
}

/** The smallest type the projector shrinks to (a long decision on a small screen). */
const SMALLEST_PX = 16;

function overflows(overlay: HTMLElement, main: HTMLElement): boolean {
  const text = main.querySelector<HTMLElement>('.fac-projector-text');
  return (
    overlay.scrollHeight > overlay.clientHeight + 1 ||
    overlay.scrollWidth > overlay.clientWidth + 1 ||
    main.scrollHeight > main.clientHeight + 1 ||
    (text !== null && text.scrollHeight > text.clientHeight + 1)
  );
}

/**
 * Starts from the stylesheet's size for this screen and shrinks the type a step at a time
 * until the decision fits (six long choices on a 720-pixel screen), never below SMALLEST_PX.
 */
function fitToScreen(overlay: HTMLElement, main: HTMLElement): void {
  overlay.style.fontSize = '';
  let size = parseFloat(getComputedStyle(overlay).fontSize);
  while (size > SMALLEST_PX && overflows(overlay, main)) {
    size = Math.max(SMALLEST_PX, Math.floor(size * 0.94 * 10) / 10);
    overlay.style.fontSize = `${size}px`;
  }
}

/** Arrow keys and Page Up/Down move between decisions; Escape closes. */
function keyHandler(move: (step: number) => void, close: () => void) {
  return (event: KeyboardEvent): void => {
    if (event.key === 'ArrowRight' || event.key === 'PageDown') move(1);
    else if (event.key === 'ArrowLeft' || event.key === 'PageUp') move(-1);
    else if (event.key === 'Escape') close();
    else return;
    event.preventDefault();
  };
}

type ProjectorFrame = ReturnType<typeof frame>;
type Decision = CohortSummary['decisions'][number];

/** Draws one decision into the frame and fits it to the screen. */
function drawDecision(view: ProjectorFrame, decision: Decision, index: number, total: number) {
  view.overlay.dataset.decisionIndex = String(index);
  view.overlay.dataset.nodeId = decision.nodeId;
  view.position.textContent = `Decision ${index + 1} of ${total}`;
  view.heading.textContent = decisionHeading(decision);
  view.main.replaceChildren(
    el('p', { className: 'fac-projector-text', text: decision.text }),
    el('figure', { className: 'fac-figure' }, [splitChart(decision, true)]),
  );
  view.facts.textContent = decisionFacts(decision);
  fitToScreen(view.overlay, view.main);
}

/** "Dark theme" flips the overlay's palette and names the theme the next press gives. */
function themeButton(overlay: HTMLElement): HTMLButtonElement {
  const theme = button(
    'Dark theme',
    () => {
      const dark = overlay.dataset.theme === 'light';
      applyPalette(overlay, dark ? 'dark' : 'light');
      theme.textContent = dark ? 'Light theme' : 'Dark theme';
    },
    'button',
  );
  return theme;
}

export function openProjector(
  scenarioTitle: string,
  summary: CohortSummary,
  options: ProjectorOptions = {},
): () => void {
  const decisions = summary.decisions;
  let index = Math.min(Math.max(0, options.startAt ?? 0), decisions.length - 1);
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const view = frame(scenarioTitle, Boolean(options.anonymous));
  const previous = button('Previous decision', () => move(-1), 'button');
  const next = button('Next decision', () => move(1), 'button');
  const closeButton = button('Close projector view', () => close(), 'button');
  view.nav.append(previous, next, themeButton(view.overlay), closeButton);

  function show(): void {
    const decision = decisions[index];
    if (!decision) return;
    previous.disabled = index === 0;
    next.disabled = index === decisions.length - 1;
    drawDecision(view, decision, index, decisions.length);
  }

  function move(step: number): void {
    const target = index + step;
    if (target < 0 || target >= decisions.length) return;
    index = target;
    show();
  }

  const onKey = keyHandler(move, () => close());

  // A window resized (or moved to the projector's screen) fits again.
  const refit = new ResizeObserver(() => fitToScreen(view.overlay, view.main));

  function close(): void {
    refit.disconnect();
    document.removeEventListener('keydown', onKey);
    view.overlay.remove();
    opener?.focus();
  }

  document.addEventListener('keydown', onKey);
  document.body.append(view.overlay);
  show();
  refit.observe(view.overlay);
  view.heading.focus();
  return close;
}
