/**
 * Mounting the facilitator area: the machine (machine.ts) as an actor, drawn into `root` from
 * its snapshots. The shell owns `history`: it passes the first address (`initialRoute`), hears
 * every change of place (`onRoute`) and reports the browser's Back and Forward (`navigate`).
 */
import './facilitator.css';
import { createActor, type ActorRefFrom } from 'xstate';
import { loadWholeLibrary } from '../services/library';
import type { LibraryScenario } from '../services/library-types';
import { facilitatorMachine } from './machine';
import { HOME_ROUTE, sameRoute, type FacilitatorRoute } from './route';
import { newId, openWorkshopStore } from './store';
import { createAreaView } from './views/area';
import { detectLive } from '../live/http';

export interface MountFacilitatorOptions {
  /** "Back to the game". */
  onExit: () => void;
  /** Where to open (from the address, e.g. `#facilitator/workshop/<id>/dashboard`). */
  initialRoute?: FacilitatorRoute;
  /** Told each time the facilitator goes somewhere else (to update the address). */
  onRoute?: (route: FacilitatorRoute) => void;
  /** The bundled scenarios sessions are replayed against (default: the whole library). */
  scenarios?: () => Promise<LibraryScenario[]>;
  /** IndexedDB database name (tests may isolate themselves). */
  databaseName?: string;
}

export interface MountedFacilitator {
  actor: ActorRefFrom<typeof facilitatorMachine>;
  /** Goes to a route (the browser's Back or Forward, a typed address). */
  navigate(route: FacilitatorRoute): void;
  /** Stops the machine (any load or check still running is dropped) and empties `root`. */
  stop(): void;
}

export function mountFacilitator(
  root: HTMLElement,
  options: MountFacilitatorOptions,
): MountedFacilitator {
  const actor = createActor(facilitatorMachine, {
    input: {
      deps: {
        loadScenarios: options.scenarios ?? loadWholeLibrary,
        openStore: () => openWorkshopStore(options.databaseName),
        newId,
        now: () => new Date().toISOString(),
        detectLive: () => detectLive(window.location.href),
      },
      initialRoute: options.initialRoute ?? HOME_ROUTE,
    },
  });
  const view = createAreaView(
    root,
    { send: (event) => actor.send(event), snapshot: () => actor.getSnapshot() },
    options.onExit,
  );
  let reported = options.initialRoute ?? HOME_ROUTE;
  const subscription = actor.subscribe({
    next: (snapshot) => {
      view.render(snapshot);
      const route = snapshot.context.route;
      if (!sameRoute(route, reported)) {
        reported = route;
        options.onRoute?.(route);
      }
    },
    // A fault in the machine itself stays in the area, in words (never the game's error screen).
    error: (error) => view.fail(error),
  });
  actor.start();
  view.render(actor.getSnapshot());
  return {
    actor,
    navigate: (route) => {
      reported = route;
      actor.send({ type: 'facilitator.navigate', route });
    },
    stop: () => {
      subscription.unsubscribe();
      actor.stop();
      view.dispose();
    },
  };
}
