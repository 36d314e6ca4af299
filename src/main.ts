/** Boot: styles, settings, storage, then the app shell at its title screen. Nothing else. */
import '@fontsource/atkinson-hyperlegible/latin-400.css';
import '@fontsource/atkinson-hyperlegible/latin-700.css';
import './ui/styles.css';
import { App } from './app/app';
import { loadSettings } from './services/settings';
import { openRunStore } from './services/run-store';
import { createSoundPlayer } from './services/sound';
import { showStorageBanner } from './app/banner';
import { installErrorHandlers } from './app/errors';
import { applyPalette } from './ui/palette';
import { renderError } from './ui/screens/error';
import { keepGameForOffline } from './services/offline';

/** A failure before the shell is up: the same friendly screen, and a fresh start. */
function showBootError(root: HTMLElement): void {
  root.replaceChildren();
  root.dataset.screen = 'error';
  renderError(
    root,
    () => window.location.reload(),
    'The game could not start. Reloading the page usually helps.',
  );
  root.setAttribute('aria-busy', 'false');
}

function safeLocalStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // blocked storage must not stop the game
  }
}

async function boot(): Promise<void> {
  const root = document.getElementById('app');
  const banner = document.getElementById('banner');
  if (!root || !banner) return;
  applyPalette(document.documentElement);
  const storage = safeLocalStorage();
  const prefersReducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const settings = loadSettings(storage, prefersReducedMotion);
  document.documentElement.dataset.reducedMotion = String(settings.reducedMotion);
  const sound = createSoundPlayer(settings);
  let app: App | null = null;
  installErrorHandlers((error) => {
    if (app) app.showError(error);
    else showBootError(root);
  });
  const store = await openRunStore(() =>
    showStorageBanner(banner, () => app?.downloadCurrentLog() ?? false),
  );
  app = new App({ root, store, settings, sound, storage, isDev: import.meta.env.DEV });
  // Audio may only start after a gesture; the first one anywhere unlocks it.
  const unlock = () => sound.unlock();
  window.addEventListener('pointerdown', unlock, { once: true });
  window.addEventListener('keydown', unlock, { once: true });
  // The facilitator area has its own address, so a bookmark or a typed #facilitator opens it.
  window.addEventListener('hashchange', () => {
    if (window.location.hash === '#facilitator' && root.dataset.screen !== 'facilitator')
      void app?.showFacilitator();
  });
  if (window.location.hash === '#facilitator') await app.showFacilitator();
  else await app.showTitle();
}

void boot();
// The dev server rebuilds modules on every change: a cached copy would only get in the way.
if (import.meta.env.PROD) keepGameForOffline();
