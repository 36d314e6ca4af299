/**
 * The facilitator area's address: `#facilitator`. The boot code can call this before showing
 * the title screen; the area's code is only downloaded when someone actually goes there.
 */
export const FACILITATOR_HASH = '#facilitator';

export function wantsFacilitator(hash: string): boolean {
  return hash === FACILITATOR_HASH;
}

/**
 * Mounts the facilitator area into `root` when the address asks for it; false otherwise.
 * `navigateHome` is called by "Back to the game" (after the hash has been cleared).
 */
export async function mountFacilitatorAtHash(
  root: HTMLElement,
  navigateHome: () => void,
): Promise<boolean> {
  if (!wantsFacilitator(window.location.hash)) return false;
  const { renderFacilitator } = await import('./index');
  root.dataset.screen = 'facilitator';
  root.setAttribute('aria-busy', 'false');
  renderFacilitator(root, {
    navigateHome: () => {
      history.replaceState(null, '', window.location.pathname + window.location.search);
      navigateHome();
    },
  });
  return true;
}
