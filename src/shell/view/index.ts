/**
 * Draws the shell's current screen from its snapshot: a screen is rendered when the shell
 * enters its state (and what it needs has loaded), updated while it stays, and destroyed when
 * the shell leaves. `aria-busy` on the root says whether the page is waiting for something.
 */
import type { Actor } from 'xstate';
import type { ShellMachine } from '../machine';
import { routeOfState } from '../routes';
import { endScreen, pastRunScreen, pastTrackScreen, trackEndScreen } from './end-screens';
import { facilitatorScreen } from './facilitator-screen';
import {
  confirmStartOverScreen,
  heldElsewhereScreen,
  takenOverScreen,
  unfinishedScreen,
} from './keep-screens';
import { playScreen } from './play-screen';
import { joinScreen, liveEndScreen, livePlayScreen } from './live-screens';
import { roomVoteScreen } from './room-vote-screen';
import {
  briefingScreen,
  errorScreen,
  historyScreen,
  listScreen,
  problemsScreen,
  settingsScreen,
  titleScreen,
} from './simple-screens';
import type { PageServices, ScreenHandle, ScreenRenderer, ShellSnapshot } from './types';

interface ScreenSpec {
  /** `data-screen` on the root, which tests and styles read. */
  name: string;
  render: ScreenRenderer;
  /** False while the screen cannot be drawn yet (its data is loading). */
  ready?: (snapshot: ShellSnapshot) => boolean;
  /** True while a drawn screen still waits for part of itself (the debrief). */
  waiting?: (snapshot: ShellSnapshot) => boolean;
}

/** Screens by top-level shell state; states without one (opening, resuming) keep the page as it is. */
const SCREENS: Record<string, ScreenSpec | undefined> = {
  title: { name: 'title', render: titleScreen, ready: (s) => s.matches({ title: 'ready' }) },
  list: { name: 'list', render: listScreen, ready: (s) => s.matches({ list: 'ready' }) },
  unfinished: { name: 'unfinished', render: unfinishedScreen },
  confirmStartOver: { name: 'confirm-start-over', render: confirmStartOverScreen },
  heldElsewhere: { name: 'held-elsewhere', render: heldElsewhereScreen },
  takenOver: { name: 'taken-over', render: takenOverScreen },
  problems: { name: 'problems', render: problemsScreen },
  briefing: { name: 'briefing', render: briefingScreen },
  playing: { name: 'play', render: playScreen },
  end: { name: 'end', render: endScreen, waiting: (s) => s.context.debrief === null },
  trackEnd: {
    name: 'track-end',
    render: trackEndScreen,
    waiting: (s) => s.context.trackDebrief === null,
  },
  history: {
    name: 'history',
    render: historyScreen,
    ready: (s) => s.matches({ history: 'ready' }),
  },
  pastRun: {
    name: 'end',
    render: pastRunScreen,
    ready: (s) => s.matches({ pastRun: 'debrief' }),
    waiting: (s) => s.context.debrief === null,
  },
  pastTrack: {
    name: 'track-end',
    render: pastTrackScreen,
    waiting: (s) => s.context.trackDebrief === null,
  },
  settings: { name: 'settings', render: settingsScreen },
  facilitator: {
    name: 'facilitator',
    render: facilitatorScreen,
    ready: (s) => s.matches({ facilitator: 'ready' }),
  },
  error: { name: 'error', render: errorScreen },
  'live.form': { name: 'join', render: joinScreen },
  'live.playing': { name: 'play', render: livePlayScreen },
  'live.finished': {
    name: 'live-end',
    render: liveEndScreen,
    waiting: (s) =>
      s.matches({ live: { connected: { finished: 'debrief' } } }) && !s.context.debrief,
  },
  'live.roomPlay': { name: 'live-room-play', render: roomVoteScreen },
};

const LIVE_SCREENS = [
  ['live.form', { live: 'form' }],
  ['live.form', { live: 'joining' }],
  ['live.playing', { live: { connected: 'playing' } }],
  ['live.finished', { live: { connected: 'finished' } }],
  ['live.roomPlay', { live: { connected: 'roomPlay' } }],
] as const;

/** The screen a snapshot shows: its top-level state, or one of a live room's own screens. */
function screenKey(snapshot: ShellSnapshot): string {
  const state = topState(snapshot);
  if (state !== 'live') return state;
  return LIVE_SCREENS.find(([, value]) => snapshot.matches(value))?.[0] ?? state;
}

export function topState(snapshot: ShellSnapshot): string {
  return typeof snapshot.value === 'string'
    ? snapshot.value
    : (Object.keys(snapshot.value)[0] ?? '');
}

export function mountShellView(
  root: HTMLElement,
  actor: Actor<ShellMachine>,
  page: PageServices,
): () => void {
  let shown: { state: string; handle: ScreenHandle | void } | null = null;
  const send = actor.send.bind(actor);

  const draw = (snapshot: ShellSnapshot) => {
    const state = screenKey(snapshot);
    const spec = SCREENS[state];
    const ready = spec ? (spec.ready?.(snapshot) ?? true) : false;
    if (spec && ready && shown?.state !== state) {
      shown?.handle?.destroy?.();
      root.replaceChildren();
      root.dataset.screen = spec.name;
      shown = { state, handle: spec.render(root, snapshot, send, page) };
    } else if (spec && ready) {
      shown?.handle?.update?.(snapshot);
    } else if (spec && shown?.state !== state) {
      // Entering a screen whose data is still loading: clear the old one, show the wait.
      shown?.handle?.destroy?.();
      shown = null;
      root.replaceChildren();
      root.dataset.screen = spec.name;
    }
    const busy = snapshot.hasTag('busy') || !ready || (spec?.waiting?.(snapshot) ?? false);
    root.setAttribute('aria-busy', String(busy));
  };

  const subscription = actor.subscribe(draw);
  draw(actor.getSnapshot());
  return () => {
    subscription.unsubscribe();
    shown?.handle?.destroy?.();
  };
}

/**
 * The address bar follows the shell (a new history entry per screen), and the browser's Back
 * and Forward buttons, or a typed address, move the shell.
 */
export function followAddress(actor: Actor<ShellMachine>): () => void {
  const sync = (snapshot: ShellSnapshot, replace: boolean) => {
    const route = routeOfState(topState(snapshot));
    const here = window.location.hash;
    if (route === null || here === route || (route !== '' && here.startsWith(`${route}/`))) return;
    const url = route === '' ? window.location.pathname + window.location.search : route;
    if (replace) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
  };
  const onPop = () => actor.send({ type: 'browser.navigated', route: window.location.hash });
  // The address the page opened at may not be a screen of its own (#play after a reload).
  sync(actor.getSnapshot(), true);
  const subscription = actor.subscribe((snapshot) => sync(snapshot, false));
  // Fires for Back, Forward and a typed address alike (not for pushState).
  window.addEventListener('popstate', onPop);
  return () => {
    subscription.unsubscribe();
    window.removeEventListener('popstate', onPop);
  };
}
