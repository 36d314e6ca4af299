/**
 * The facilitator's area: workshops of sessions, the cohort dashboard, replay and room play.
 * Mounted by the app shell (a "Facilitator" button on the title screen, or the #facilitator
 * address); everything runs in the browser and stays on the facilitator's machine.
 */
import './facilitator.css';
import { loadWholeLibrary } from '../services/library';
import type { LibraryScenario } from '../services/library-types';
import { openWorkshopStore, type WorkshopStore } from './store';
import { el } from '../ui/kit';
import { renderHome } from './views/home';
import { renderWorkshop } from './views/workshop';
import { renderRoomPlay } from './views/room-play';

export interface FacilitatorDeps {
  /** The bundled scenarios sessions are replayed against (default: the whole library). */
  scenarios?: () => Promise<LibraryScenario[]>;
  navigateHome: () => void;
  /** IndexedDB database name (tests may isolate themselves). */
  databaseName?: string;
}

export function renderFacilitator(root: HTMLElement, deps: FacilitatorDeps): () => void {
  const container = el('div', { className: 'facilitator', attrs: { 'aria-busy': 'true' } });
  root.replaceChildren(container);
  /** Cleanup of the view on screen (room play's run, replay's picture). */
  let stopView: (() => void) | null = null;
  let disposed = false;

  const start = async (): Promise<void> => {
    const [list, store] = await Promise.all([
      (deps.scenarios ?? loadWholeLibrary)(),
      openWorkshopStore(deps.databaseName),
    ]);
    if (disposed) return;
    const library = new Map(list.map((entry) => [entry.scenario.id, entry]));
    const showHome = async (): Promise<void> => {
      stopView?.();
      stopView = null;
      container.setAttribute('aria-busy', 'true');
      container.dataset.view = 'home';
      await renderHome(container, {
        store,
        scenarios: list.map((entry) => entry.scenario),
        onOpen: (workshop) => openWorkshop(store, workshop.id),
        onRoomPlay: (scenario) => {
          container.dataset.view = 'room';
          const known = library.get(scenario.id);
          if (!known) return;
          stopView = renderRoomPlay(container, {
            scenario,
            scoring: known.scoring,
            store,
            onOpenWorkshop: (id) => void openWorkshop(store, id),
            onExit: () => void showHome(),
          });
        },
        onExit: () => deps.navigateHome(),
      });
      container.setAttribute('aria-busy', 'false');
    };
    const openWorkshop = async (workshopStore: WorkshopStore, id: string): Promise<void> => {
      const workshop = await workshopStore.get(id);
      if (disposed) return;
      if (!workshop) return showHome();
      stopView?.();
      container.dataset.view = 'workshop';
      container.setAttribute('aria-busy', 'true');
      stopView = renderWorkshop(container, {
        workshop,
        library,
        store: workshopStore,
        onBack: () => void showHome(),
        onDeleted: () => void showHome(),
      });
      container.setAttribute('aria-busy', 'false');
    };
    await showHome();
  };

  void start().catch((error: unknown) => {
    container.replaceChildren(
      el('p', {
        text: `The facilitator tools could not start: ${error instanceof Error ? error.message : String(error)}`,
      }),
    );
    container.setAttribute('aria-busy', 'false');
  });

  return () => {
    disposed = true;
    stopView?.();
    stopView = null;
    root.replaceChildren();
  };
}
