/**
 * The whole library at once: every scenario file on its own, then the rules that span files
 * (an `id` used twice) and `tracks.json` (valid, and naming only scenarios that exist).
 */
import { tracksFileSchema, type TracksFile } from '../../engine/scenario/schema';
import { checkScenarioText, internalErrorProblem, rootObjectFinding } from './check-scenario';
import { readJson } from './json-text';
import {
  toProblems,
  type CheckResult,
  type Finding,
  type LibraryCheckResult,
  type Problem,
} from './problem';
import { didYouMean } from './suggest';
import { explainIssues } from './zod-issues';

export const TRACKS_FILE_NAME = 'tracks.json';

export interface LibraryFile {
  name: string;
  text: string | Uint8Array;
}

const baseName = (name: string): string => name.split(/[\\/]/).pop() ?? name;

export const isTracksFile = (name: string): boolean => baseName(name) === TRACKS_FILE_NAME;

interface TracksCheck {
  result: CheckResult;
  tracks?: TracksFile;
}

function duplicateTrackIds(tracks: TracksFile): Finding[] {
  const seen = new Set<string>();
  const findings: Finding[] = [];
  tracks.tracks.forEach((track, index) => {
    if (seen.has(track.id)) {
      findings.push({
        path: ['tracks', index, 'id'],
        message: `the track id "${track.id}" is used by two tracks`,
      });
    }
    seen.add(track.id);
  });
  return findings;
}

function unknownScenarioFindings(tracks: TracksFile, scenarioIds: ReadonlySet<string>): Finding[] {
  const findings: Finding[] = [];
  tracks.tracks.forEach((track, trackIndex) => {
    track.scenarios.forEach((id, index) => {
      if (scenarioIds.has(id)) return;
      findings.push({
        path: ['tracks', trackIndex, 'scenarios', index],
        message: `names the scenario "${id}", but no scenario file in the library has that id${didYouMean(id, scenarioIds)}`,
      });
    });
  });
  return findings;
}

function checkTracksText(file: LibraryFile, scenarioIds: ReadonlySet<string>): TracksCheck {
  const fail = (findings: Finding[]): TracksCheck => ({
    result: { file: file.name, ok: false, problems: toProblems(file.name, findings) },
  });
  const read = readJson(file.text);
  if (!read.ok) return fail(read.findings);
  const rootProblem = rootObjectFinding(read.value, 'tracks file');
  if (rootProblem) return fail([rootProblem]);
  const parsed = tracksFileSchema.safeParse(read.value);
  if (!parsed.success)
    return fail(explainIssues(tracksFileSchema, read.value, parsed.error.issues));
  const findings = [
    ...duplicateTrackIds(parsed.data),
    ...unknownScenarioFindings(parsed.data, scenarioIds),
  ];
  if (findings.length > 0) return fail(findings);
  return { result: { file: file.name, ok: true, problems: [] }, tracks: parsed.data };
}

/** Adds "id used by two files" problems to the later files, in place. */
function markDuplicateIds(results: CheckResult[]): void {
  const firstFileById = new Map<string, string>();
  for (const result of results) {
    const id = result.declaredId;
    if (id === undefined) continue;
    const first = firstFileById.get(id);
    if (first === undefined) {
      firstFileById.set(id, result.file);
      continue;
    }
    result.problems.push({
      file: result.file,
      path: 'id',
      message: `the id "${id}" is already used by ${first}; every scenario needs its own id`,
    });
    result.ok = false;
    delete result.scenario;
  }
}

function safeTracksCheck(file: LibraryFile, ids: ReadonlySet<string>): TracksCheck {
  try {
    return checkTracksText(file, ids);
  } catch (error) {
    return {
      result: { file: file.name, ok: false, problems: [internalErrorProblem(file.name, error)] },
    };
  }
}

/** Checks every file and the rules between them. Never throws. */
export function checkLibrary(files: LibraryFile[]): LibraryCheckResult {
  const scenarioFiles = files.filter((file) => !isTracksFile(file.name));
  const scenarioResults = scenarioFiles.map((file) => checkScenarioText(file.name, file.text));
  markDuplicateIds(scenarioResults);
  const ids = new Set(
    scenarioResults.flatMap((result) =>
      result.declaredId === undefined ? [] : [result.declaredId],
    ),
  );
  let tracks: TracksFile | undefined;
  const resultByName = new Map<LibraryFile, CheckResult>();
  scenarioFiles.forEach((file, index) =>
    resultByName.set(file, scenarioResults[index] as CheckResult),
  );
  for (const file of files.filter((candidate) => isTracksFile(candidate.name))) {
    const checked = safeTracksCheck(file, ids);
    resultByName.set(file, checked.result);
    tracks ??= checked.tracks;
  }
  const results = files.map((file) => resultByName.get(file) as CheckResult);
  const problems: Problem[] = results.flatMap((result) => result.problems);
  const scenarios = results.flatMap((result) =>
    result.scenario ? [{ file: result.file, scenario: result.scenario }] : [],
  );
  return {
    ok: problems.length === 0,
    problems,
    files: results,
    scenarios,
    ...(tracks ? { tracks } : {}),
  };
}
