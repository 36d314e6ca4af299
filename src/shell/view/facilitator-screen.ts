/** The facilitator area, mounted once its code has loaded (an invoked loader of the shell). */
import type { ScreenRenderer, ShellSnapshot } from './types';

export const facilitatorScreen: ScreenRenderer = (root, snapshot, send) => {
  let cleanup: (() => void) | null = null;
  const mount = (latest: ShellSnapshot) => {
    const module = latest.context.facilitator;
    if (!module || cleanup) return;
    cleanup = module.renderFacilitator(root, {
      navigateHome: () => send({ type: 'ui.exitFacilitator' }),
    });
  };
  mount(snapshot);
  return {
    update: mount,
    destroy: () => cleanup?.(),
  };
};
