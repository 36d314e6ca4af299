import { button, el, focusHeading } from '../kit';

export interface TitleOptions {
  /** Title of the scenario of a saved, unfinished run, when there is one. */
  savedRunTitle: string | null;
  onPlay(): void;
  onResume(): void;
  onStartOver(): void;
  onSettings(): void;
  onHistory(): void;
  onFacilitator(): void;
}

export function renderTitle(root: HTMLElement, options: TitleOptions): void {
  const heading = el('h1', { className: 'title-heading', text: 'Customer-First Leader' });
  const actions = el('div', { className: 'title-actions' });
  if (options.savedRunTitle) {
    actions.append(
      el('p', {
        className: 'saved-note',
        text: `You have an unfinished run: ${options.savedRunTitle}.`,
      }),
      button('Resume', options.onResume, 'button button-primary'),
      button('Start over', options.onStartOver),
    );
  } else {
    actions.append(button('Play', options.onPlay, 'button button-primary'));
  }
  actions.append(
    button('Settings', options.onSettings),
    button('Your past runs', options.onHistory),
    button('Facilitator tools', options.onFacilitator, 'button button-quiet'),
  );
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
