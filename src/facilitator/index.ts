/**
 * The facilitator's area: workshops of sessions, the cohort dashboard, replay and room play.
 * The shell mounts it with `mountFacilitator` (mount.ts) as its `facilitator` state; the older
 * `renderFacilitator` below keeps today's app shell working and manages the address itself.
 * Everything runs in the browser; nothing the facilitator adds leaves the device.
 */
import type { LibraryScenario } from '../services/library-types';
import { mountFacilitator } from './mount';
import {
  facilitatorHash,
  parseFacilitatorRoute,
  wantsFacilitator,
  type FacilitatorRoute,
} from './route';

export { facilitatorMachine } from './machine';
export { mountFacilitator, type MountFacilitatorOptions, type MountedFacilitator } from './mount';
export * from './route';

export interface FacilitatorDeps {
  /** The bundled scenarios sessions are replayed against (default: the whole library). */
  scenarios?: () => Promise<LibraryScenario[]>;
  navigateHome: () => void;
  /** IndexedDB database name (tests may isolate themselves). */
  databaseName?: string;
  /** When given, the caller owns the address (see MountFacilitatorOptions). */
  initialRoute?: FacilitatorRoute;
  onRoute?: (route: FacilitatorRoute) => void;
}

export function renderFacilitator(root: HTMLElement, deps: FacilitatorDeps): () => void {
  const ownsAddress = deps.onRoute === undefined;
  const mounted = mountFacilitator(root, {
    onExit: deps.navigateHome,
    initialRoute: deps.initialRoute ?? parseFacilitatorRoute(window.location.hash),
    onRoute:
      deps.onRoute ??
      ((route) => {
        const hash = facilitatorHash(route);
        if (window.location.hash !== hash) history.pushState(null, '', hash);
      }),
    ...(deps.scenarios ? { scenarios: deps.scenarios } : {}),
    ...(deps.databaseName ? { databaseName: deps.databaseName } : {}),
  });
  // Without a shell that owns the address, Back and Forward inside the area are heard here.
  const onHashChange = () => {
    if (wantsFacilitator(window.location.hash))
      mounted.navigate(parseFacilitatorRoute(window.location.hash));
  };
  if (ownsAddress) window.addEventListener('hashchange', onHashChange);
  return () => {
    window.removeEventListener('hashchange', onHashChange);
    mounted.stop();
  };
}
