import { button, el, focusHeading } from '../kit';

/** A friendly message for anything unexpected: never a blank screen or a stack trace. */
export function renderError(root: HTMLElement, onBack: () => void, detail?: string): void {
  const heading = el('h1', { text: 'Something went wrong' });
  root.append(
    el('section', { className: 'screen error-screen' }, [
      heading,
      el('p', {
        text:
          detail ??
          'The game hit an unexpected problem. Your progress up to your last decision is saved.',
      }),
      button('Back to the list', onBack, 'button button-primary'),
    ]),
  );
  focusHeading(heading);
}
