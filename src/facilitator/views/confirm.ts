/** The facilitator's one way to ask before something that cannot be undone: a small alert dialog. */
import { button, el } from '../../ui/kit';

export function confirmBox(
  label: string,
  question: string,
  actions: readonly HTMLElement[],
  extra: ReadonlyArray<HTMLElement | null> = [],
): HTMLElement {
  return el(
    'div',
    { className: 'fac-confirm', attrs: { role: 'alertdialog', 'aria-label': label } },
    [el('p', { text: question }), ...actions, ...extra],
  );
}

/** Shows a yes/cancel question in `host` (Cancel empties it) and puts the keyboard on "yes". */
export function askInPlace(host: HTMLElement, question: string, yes: HTMLButtonElement): void {
  const cancel = button('Cancel', () => host.replaceChildren(), 'button');
  host.replaceChildren(confirmBox('Confirm deletion', question, [yes, cancel]));
  yes.focus();
}
