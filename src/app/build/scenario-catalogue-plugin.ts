/**
 * Build-time scenario catalogue: a virtual module with one small summary per file in
 * `scenarios/` (title, summary, role, minutes, tags) plus the tracks. The full files stay lazy
 * (`import.meta.glob` in src/app/catalogue.ts), so the title screen never waits for them.
 * A file that is not a valid scenario is left out of the list and reported as a note, so one bad
 * file never breaks the game.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { tracksFileSchema } from '../../engine/scenario/schema';
import { checkScenarioText } from '../../engine/scenario/check/check-scenario';
import type { CatalogueData, CatalogueEntry, CatalogueNote } from '../catalogue-types';

export const CATALOGUE_MODULE_ID = 'virtual:scenario-catalogue';
const RESOLVED_ID = '\0' + CATALOGUE_MODULE_ID;

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

export function scenarioCataloguePlugin(scenariosDir: string): Plugin {
  const reloadOnChange = (server: ViteDevServer, file: string) => {
    if (!file.startsWith(scenariosDir)) return;
    const mod = server.moduleGraph.getModuleById(RESOLVED_ID);
    if (mod) server.moduleGraph.invalidateModule(mod);
    server.ws.send({ type: 'full-reload' });
  };
  return {
    name: 'scenario-catalogue',
    resolveId(id) {
      return id === CATALOGUE_MODULE_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      this.addWatchFile(scenariosDir);
      return `export default ${JSON.stringify(buildCatalogue(scenariosDir))};`;
    },
    configureServer(server) {
      server.watcher.add(scenariosDir);
      for (const event of ['add', 'unlink', 'change'] as const) {
        server.watcher.on(event, (file) => reloadOnChange(server, file));
      }
    },
  };
}
