/**
 * The library the server holds: every scenario file in `scenarios/` checked with the project's
 * checker at start, the tracks, and the analyser's bounds behind every profile.
 *
 * This is the only server module that imports the checker and the analyser, so moving them
 * changes one import here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyseScenario, type Analysis } from '../authoring/analyse';
import { checkLibrary, formatProblem, type LibraryFile } from '../authoring/check/index';
import { MAX_FILE_BYTES, type Scenario } from '../engine/scenario/schema';
import type { LiveCapabilities } from '../live/protocol';

export interface Track {
  id: string;
  title: string;
  scenarios: string[];
}

export interface Library {
  scenarios: ReadonlyMap<string, Scenario>;
  tracks: ReadonlyMap<string, Track>;
  /** The analyser's result for a scenario of the library (computed once at start). */
  analysis(scenario: Scenario): Analysis;
  /** Files left out, as the checker words them ("file: path: sentence"). */
  problems: string[];
  summary(): LiveCapabilities['library'];
}

function readFiles(dir: string, problems: string[]): LibraryFile[] {
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
    .sort();
  const files: LibraryFile[] = [];
  for (const name of names) {
    const path = join(dir, name);
    if (statSync(path).size > MAX_FILE_BYTES) {
      problems.push(`${name}: over the size limit; left out`);
      continue;
    }
    files.push({ name, text: new Uint8Array(readFileSync(path)) });
  }
  return files;
}

/** Builds the library from files in memory (tests) or from a folder (`loadLibrary`). */
export function libraryFromFiles(files: LibraryFile[], problems: string[] = []): Library {
  const checked = checkLibrary(files);
  problems.push(...checked.problems.map(formatProblem));
  const scenarios = new Map(checked.scenarios.map(({ scenario }) => [scenario.id, scenario]));
  const tracks = new Map<string, Track>();
  for (const track of checked.tracks?.tracks ?? []) {
    if (track.scenarios.every((id) => scenarios.has(id)))
      tracks.set(track.id, { id: track.id, title: track.title, scenarios: [...track.scenarios] });
  }
  const analyses = new Map<Scenario, Analysis>();
  for (const scenario of scenarios.values()) analyses.set(scenario, analyseScenario(scenario));
  return {
    scenarios,
    tracks,
    problems,
    analysis(scenario) {
      const analysis = analyses.get(scenario);
      if (!analysis) throw new Error(`Scenario "${scenario.id}" is not in the library.`);
      return analysis;
    },
    summary: () => ({
      scenarios: [...scenarios.values()].map((scenario) => ({
        id: scenario.id,
        title: scenario.title,
      })),
      tracks: [...tracks.values()].map((track) => ({ ...track, scenarios: [...track.scenarios] })),
    }),
  };
}

export function loadLibrary(dir: string): Library {
  const problems: string[] = [];
  return libraryFromFiles(readFiles(dir, problems), problems);
}
