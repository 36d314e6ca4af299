import { button, el, focusHeading } from '../kit';

export interface EndOptions {
  scenarioTitle: string;
  /** "Next scenario in the track", when there is one. */
  next?: { label: string; onNext(): void };
  onBack(): void;
  /** A first "back" other than the list (e.g. to the history of past runs). */
  back?: { label: string; onBack(): void };
  onDownload(): void;
  onPlayAgain?(): void;
}

export interface EndScreen {
  /** Where the debrief (or the short summary) is drawn. */
  debriefHost: HTMLElement;
  /** The full debrief has its own download button; the shell's is only for the short summary. */
  hideDownload(): void;
}

export function renderEnd(root: HTMLElement, options: EndOptions): EndScreen {
  const heading = el('h1', { text: `End of “${options.scenarioTitle}”` });
  const debriefHost = el('div', { className: 'debrief-host' });
  const actions = el('div', { className: 'actions' });
  if (options.next)
    actions.append(button(options.next.label, options.next.onNext, 'button button-primary'));
  if (options.back)
    actions.append(button(options.back.label, options.back.onBack, 'button button-primary'));
  actions.append(
    button(
      'Back to the list',
      options.onBack,
      options.next || options.back ? 'button' : 'button button-primary',
    ),
  );
  if (options.onPlayAgain) actions.append(button('Play again', options.onPlayAgain));
  const download = button('Download session file', options.onDownload, 'button button-quiet');
  actions.append(download);
  root.append(el('section', { className: 'screen end-screen' }, [heading, debriefHost, actions]));
  focusHeading(heading);
  return { debriefHost, hideDownload: () => download.remove() };
}
