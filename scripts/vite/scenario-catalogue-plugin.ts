/**
 * Build-time scenario library: a virtual module with one small summary per file in
 * `scenarios/` (title, summary, role, minutes, tags) plus the tracks, and one lazy module per
 * scenario holding the checked scenario and its scoring (the analyser's bounds and best runs),
 * so the title screen never waits for them and the runtime never carries the checker or the
 * analyser. A file that is not a valid scenario is left out of the list and reported as a note,
 * so one bad file never breaks the game.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { tracksFileSchema } from '../../src/engine/scenario/schema';
import { checkScenarioText } from '../../src/authoring/check/check-scenario';
import { analyseScenario } from '../../src/authoring/analyse';
import type { Scenario } from '../../src/engine/scenario/schema';
import type {
  CatalogueData,
  CatalogueEntry,
  CatalogueNote,
} from '../../src/services/library-types';

export const CATALOGUE_MODULE_ID = 'virtual:scenario-catalogue';
const RESOLVED_ID = '\0' + CATALOGUE_MODULE_ID;
/**
 * `virtual:library-scenario/<file name without .json>`: one lazily loaded module per valid
 * scenario file (without the extension, or Vite's JSON plugin would try to parse the module).
 */
const SCENARIO_MODULE_PREFIX = 'virtual:library-scenario/';
const RESOLVED_SCENARIO_PREFIX = '\0' + SCENARIO_MODULE_PREFIX;

/** Files in scenarios/ that are not scenarios. */
export function isScenarioFileName(fileName: string): boolean {
  return (
    fileName.endsWith('.json') && !fileName.endsWith('.schema.json') && fileName !== 'tracks.json'
  );
}

function firstIssue(error: { issues: Array<{ path: PropertyKey[]; message: string }> }): string {
  const issue = error.issues[0];
  if (!issue) return 'is not valid';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** The full checker decides; the note carries its first problem and how many there are. */
function summarise(fileName: string, text: string): CatalogueEntry | CatalogueNote {
  const result = checkScenarioText(fileName, text);
  if (!result.ok || !result.scenario) {
    const first = result.problems[0];
    const where = first?.path ? `${first.path}: ` : '';
    const more = result.problems.length > 1 ? ` (and ${result.problems.length - 1} more)` : '';
    return {
      file: fileName,
      message: `${where}${first?.message ?? 'is not valid'}${more}; left out of the list`,
    };
  }
  const s = result.scenario;
  return {
    file: fileName,
    id: s.id,
    title: s.title,
    summary: s.summary,
    role: s.role,
    estimatedMinutes: s.estimatedMinutes ?? null,
    tags: s.tags ?? [],
  };
}

function readTracks(dir: string, notes: CatalogueNote[]): CatalogueData['tracks'] {
  let text: string;
  try {
    text = readFileSync(join(dir, 'tracks.json'), 'utf8');
  } catch {
    return []; // no tracks file: no tracks
  }
  try {
    const parsed = tracksFileSchema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data.tracks;
    notes.push({ file: 'tracks.json', message: `${firstIssue(parsed.error)} (tracks left out)` });
  } catch {
    notes.push({ file: 'tracks.json', message: 'is not valid JSON (tracks left out)' });
  }
  return [];
}

function listScenarioFiles(dir: string): string[] {
  try {
    return readdirSync(dir).filter(isScenarioFileName).sort();
  } catch {
    return []; // no scenarios folder: an empty list, not a broken build
  }
}

/** Reads the folder and builds the catalogue; exported for tests. */
export function buildCatalogue(dir: string): CatalogueData {
  const fileNames = listScenarioFiles(dir);
  const entries: CatalogueEntry[] = [];
  const notes: CatalogueNote[] = [];
  const seenIds = new Map<string, string>();
  for (const fileName of fileNames) {
    const result = summarise(fileName, readFileSync(join(dir, fileName), 'utf8'));
    if (!('id' in result)) {
      notes.push(result);
    } else if (seenIds.has(result.id)) {
      notes.push({
        file: fileName,
        message: `uses the id "${result.id}" already used by ${seenIds.get(result.id)}`,
      });
    } else {
      seenIds.set(result.id, fileName);
      entries.push(result);
    }
  }
  const tracks = readTracks(dir, notes).filter((track) =>
    track.scenarios.every((id) => seenIds.has(id)),
  );
  return { entries, tracks, notes };
}

/** The catalogue module: summaries and tracks, plus one lazy loader per listed scenario. */
export function catalogueModuleSource(catalogue: CatalogueData): string {
  const loaders = catalogue.entries
    .map(
      (entry) =>
        `  ${JSON.stringify(entry.id)}: () => import(${JSON.stringify(SCENARIO_MODULE_PREFIX + entry.file.replace(/\.json$/, ''))}),`,
    )
    .join('\n');
  return `export default ${JSON.stringify(catalogue)};\nexport const loaders = {\n${loaders}\n};\n`;
}

/** One scenario's module: the checked file and its scoring, or null when it no longer checks. */
export function scenarioModuleSource(dir: string, fileName: string): string {
  const result = checkScenarioText(fileName, readFileSync(join(dir, fileName), 'utf8'));
  if (!result.ok || !result.scenario) return 'export default null;';
  const scenario: Scenario = result.scenario;
  const { bounds, bestRun } = analyseScenario(scenario);
  return `export default ${JSON.stringify({ scenario, scoring: { bounds, bestRun } })};`;
}

export function scenarioCataloguePlugin(scenariosDir: string): Plugin {
  const reloadOnChange = (server: ViteDevServer, file: string) => {
    if (!file.startsWith(scenariosDir)) return;
    for (const mod of server.moduleGraph.idToModuleMap.values()) {
      if (mod.id === RESOLVED_ID || mod.id?.startsWith(RESOLVED_SCENARIO_PREFIX))
        server.moduleGraph.invalidateModule(mod);
    }
    server.ws.send({ type: 'full-reload' });
  };
  return {
    name: 'scenario-catalogue',
    resolveId(id) {
      if (id === CATALOGUE_MODULE_ID) return RESOLVED_ID;
      if (id.startsWith(SCENARIO_MODULE_PREFIX)) return '\0' + id;
      return undefined;
    },
    load(id) {
      if (id === RESOLVED_ID) {
        this.addWatchFile(scenariosDir);
        return catalogueModuleSource(buildCatalogue(scenariosDir));
      }
      if (!id.startsWith(RESOLVED_SCENARIO_PREFIX)) return undefined;
      const fileName = `${id.slice(RESOLVED_SCENARIO_PREFIX.length)}.json`;
      if (!isScenarioFileName(fileName) || fileName.includes('/')) return 'export default null;';
      this.addWatchFile(join(scenariosDir, fileName));
      return scenarioModuleSource(scenariosDir, fileName);
    },
    configureServer(server) {
      server.watcher.add(scenariosDir);
      for (const event of ['add', 'unlink', 'change'] as const) {
        server.watcher.on(event, (file) => reloadOnChange(server, file));
      }
    },
  };
}
