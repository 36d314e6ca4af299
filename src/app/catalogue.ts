/**
 * The scenario library as the app sees it: the eager build-time summaries (virtual module)
 * and lazy loaders for the full files, one chunk per file.
 */
import catalogueData from 'virtual:scenario-catalogue';
import type { CatalogueData, CatalogueEntry } from './catalogue-types';
import { checkScenarioFile, type CheckedScenario } from './checker';

const fullFiles = import.meta.glob<string>(
  ['/scenarios/*.json', '!/scenarios/*.schema.json', '!/scenarios/tracks.json'],
  { query: '?raw', import: 'default' },
);

export const catalogue: CatalogueData = catalogueData;

export function findEntry(scenarioId: string): CatalogueEntry | undefined {
  return catalogue.entries.find((entry) => entry.id === scenarioId);
}

/** Loads and checks one library file; a file the checker rejects comes back with its problems. */
export async function loadLibraryScenario(entry: CatalogueEntry): Promise<CheckedScenario> {
  const load = fullFiles[`/scenarios/${entry.file}`];
  if (!load) {
    return {
      problems: [{ file: entry.file, path: '', message: 'The file is missing from this build.' }],
    };
  }
  return checkScenarioFile(entry.file, await load());
}
