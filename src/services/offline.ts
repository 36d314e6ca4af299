/**
 * Registers the service worker the build generates (`sw.js`, see vite.config.ts) once the page
 * has loaded, so fetching the rest of the game for offline use never competes with the title
 * screen. Without service workers (old browsers, private modes, `file:`) the game simply needs
 * the network as before.
 */
export function keepGameForOffline(win: Window = window): void {
  const container = win.navigator.serviceWorker as ServiceWorkerContainer | undefined;
  if (!container) return;
  const register = () => {
    container.register('./sw.js', { scope: './' }).catch(() => {
      // No offline copy (blocked, storage full): the game works online as before.
    });
  };
  if (win.document.readyState === 'complete') register();
  else win.addEventListener('load', register, { once: true });
}
