/**
 * The address bar follows the shell: each screen has a hash, the browser's Back button moves
 * between screens, and a deep link (e.g. `#facilitator`) opens its screen. Only screens that
 * can be rebuilt from nothing are reachable by address; the others send the player to the list.
 */
export type Route = string;

/** Screens an address can open on its own. */
export type RouteTarget = 'title' | 'list' | 'history' | 'settings' | 'facilitator' | 'join';

const TARGETS: Record<string, RouteTarget> = {
  '': 'title',
  '#': 'title',
  '#list': 'list',
  '#history': 'history',
  '#settings': 'settings',
  '#facilitator': 'facilitator',
  /** A live room's join address: `#join/CODE` (the QR code on the projector carries it). */
  '#join': 'join',
};

/**
 * The screen an address opens; sub-addresses (`#facilitator/…`) open their area. A run or its
 * end cannot be rebuilt from an address alone: a reload there opens the title, which offers to
 * resume the saved run.
 */
export function routeTarget(route: Route): RouteTarget {
  const base = route.split('/')[0] ?? '';
  return TARGETS[base] ?? 'title';
}

/** The address each top-level shell state shows. */
const ROUTES: Record<string, Route> = {
  title: '',
  list: '#list',
  opening: '#list',
  problems: '#list',
  unfinished: '#list',
  confirmStartOver: '#list',
  claiming: '#play',
  heldElsewhere: '#play',
  takenOver: '#play',
  briefing: '#play',
  resuming: '#play',
  playing: '#play',
  end: '#end',
  trackEnd: '#end',
  history: '#history',
  pastRun: '#history',
  pastTrack: '#history',
  settings: '#settings',
  facilitator: '#facilitator',
  live: '#join',
};

export function routeOfState(state: string): Route | null {
  return ROUTES[state] ?? null;
}
