/**
 * The facilitator's area: workshops of sessions, the cohort dashboard, replay and room play.
 * Mounted by the app shell (a "Facilitator" button on the title screen, or the #facilitator
 * address); everything runs in the browser and stays on the facilitator's machine.
 */
import './facilitator.css';
import type { Scenario } from '../engine/scenario/schema';
import { catalogue, loadLibraryScenario } from '../app/catalogue';
import { AnalysisCache } from './intake';
import { openWorkshopStore, type WorkshopStore } from './store';
import { el } from './dom';
import { renderHome } from './views/home';
import { renderWorkshop } from './views/workshop';
import { renderRoomPlay } from './views/room-play';

export interface FacilitatorDeps {
  /** The bundled scenarios sessions are replayed against (default: the whole library). */
  scenarios?: () => Promise<Scenario[]>;
  navigateHome: () => void;
  /** IndexedDB database name (tests may isolate themselves). */
  databaseName?: string;
}

/** Every library scenario that passes the checker, in catalogue order. */
export async function loadLibraryScenarios(): Promise<Scenario[]> {
  const checked = await Promise.all(catalogue.entries.map((entry) => loadLibraryScenario(entry)));
  return checked.flatMap((result) => ('scenario' in result ? [result.scenario] : []));
}

export function renderFacilitator(root: HTMLElement, deps: FacilitatorDeps): () => void {
  const container = el('div', { className: 'facilitator', attrs: { 'aria-busy': 'true' } });
  root.replaceChildren(container);
  /** Cleanup of the view on screen (room play's run, replay's picture). */
  let stopView: (() => void) | null = null;
  let disposed = false;
  const cache = new AnalysisCache();

  const start = async (): Promise<void> => {
    const [list, store] = await Promise.all([
      (deps.scenarios ?? loadLibraryScenarios)(),
      openWorkshopStore(deps.databaseName),
    ]);
    if (disposed) return;
    const scenarios = new Map(list.map((scenario) => [scenario.id, scenario]));
    const showHome = async (): Promise<void> => {
      stopView?.();
      stopView = null;
      container.setAttribute('aria-busy', 'true');
      container.dataset.view = 'home';
      await renderHome(container, {
        store,
        scenarios: list,
        onOpen: (workshop) => openWorkshop(store, workshop.id),
        onRoomPlay: (scenario) => {
          container.dataset.view = 'room';
          stopView = renderRoomPlay(container, {
            scenario,
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
        scenarios,
        store: workshopStore,
        cache,
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
