/**
 * Starts the app shell on the page: settings and storage, the shell's statechart, the view that
 * draws its screens, the address bar, the storage banner, error handlers and the sound unlock.
 */
import { createActor, type Actor } from 'xstate';
import { catalogue } from '../services/library';
import { loadSettings, saveSettings, type Settings } from '../services/settings';
import { openRunStore } from '../services/run-store-db';
import { browserClaims } from '../services/run-claims';
import { createSoundPlayer, type SoundPlayer } from '../services/sound';
import { downloadSessionLog } from '../services/download';
import { applyPageTheme } from '../ui/palette';
import { renderError } from '../ui/screens/error';
import { showLmsProblem, showStorageBanner } from './banner';
import { installErrorHandlers } from './errors';
import { shellMachine, type ShellMachine } from './machine';
import { followAddress, mountShellView } from './view/index';

function safeLocalStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // blocked storage must not stop the game
  }
}

/** A failure before the shell is up: a friendly screen and a fresh start. */
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

function applyToPage(settings: Settings, sound: SoundPlayer, storage: Storage | undefined): void {
  saveSettings(storage, settings);
  sound.apply(settings);
  document.documentElement.dataset.reducedMotion = String(settings.reducedMotion);
  applyPageTheme(settings.theme);
}

/** A fresh id per page load: a reloaded tab claims its run again when it resumes it. */
function newTabId(): string {
  const random = globalThis.crypto?.randomUUID?.bind(globalThis.crypto);
  return random ? random() : `tab-${performance.now()}-${Math.random()}`;
}

export async function startShell(
  root: HTMLElement | null,
  banner: HTMLElement | null,
): Promise<Actor<ShellMachine> | null> {
  if (!root || !banner) return null;
  const storage = safeLocalStorage();
  const prefersReducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const settings = loadSettings(storage, prefersReducedMotion);
  applyPageTheme(settings.theme);
  document.documentElement.dataset.reducedMotion = String(settings.reducedMotion);
  const sound = createSoundPlayer(settings);
  let actor: Actor<ShellMachine> | null = null;
  installErrorHandlers((error) => {
    // The player reads a plain sentence; the cause goes to the console for whoever debugs it.
    console.error('An unexpected problem stopped the game:', error);
    if (actor) actor.send({ type: 'app.failed' });
    else showBootError(root);
  });
  const store = await openRunStore((problem) =>
    showStorageBanner(banner, problem, () => {
      const log = actor?.getSnapshot().context.lastLog;
      if (log) downloadSessionLog(log);
      return Boolean(log);
    }),
  );
  actor = createActor(shellMachine, {
    input: {
      deps: {
        store,
        claims: browserClaims(),
        tabId: newTabId(),
        applySettings: (next) => applyToPage(next, sound, storage),
        findTrack: (trackId) => catalogue.tracks.find((track) => track.id === trackId),
        showLmsProblem: (message) => showLmsProblem(banner, message),
      },
      settings,
      route: window.location.hash,
      lmsPackage: __LMS_PACKAGE__,
    },
  });
  actor.start();
  const inPackage = __LMS_PACKAGE__ !== null;
  mountShellView(root, actor, {
    sound,
    download: downloadSessionLog,
    isDev: import.meta.env.DEV,
    inPackage,
  });
  // Inside an LMS frame the address is the LMS's: its history is not the game's to fill.
  if (inPackage) {
    window.addEventListener('pagehide', () => actor?.getSnapshot().context.lms?.exit());
  } else followAddress(actor);
  // Audio may only start after a gesture; the first one anywhere unlocks it.
  const unlock = () => sound.unlock();
  window.addEventListener('pointerdown', unlock, { once: true });
  window.addEventListener('keydown', unlock, { once: true });
  return actor;
}
