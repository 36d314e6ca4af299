/**
 * The scenario library as the app sees it: the eager build-time summaries and tracks, and one
 * lazy module per scenario holding the checked file and its scoring (so neither the checker
 * nor the analyser ships to players; see scripts/vite/scenario-catalogue-plugin.ts).
 */
import catalogueData, { loaders } from 'virtual:scenario-catalogue';
import type { CatalogueData, CatalogueEntry, LibraryScenario } from './library-types';

export const catalogue: CatalogueData = catalogueData;

export function findEntry(scenarioId: string): CatalogueEntry | undefined {
  return catalogue.entries.find((entry) => entry.id === scenarioId);
}

/** One library scenario with its scoring; null when it is not in this build. */
export async function loadLibraryScenario(scenarioId: string): Promise<LibraryScenario | null> {
  const load = loaders[scenarioId];
  if (!load) return null;
  return (await load()).default;
}

/** Every listed library scenario, in catalogue order. */
export async function loadWholeLibrary(): Promise<LibraryScenario[]> {
  const loaded = await Promise.all(catalogue.entries.map((entry) => loadLibraryScenario(entry.id)));
  return loaded.filter((entry): entry is LibraryScenario => entry !== null);
}
