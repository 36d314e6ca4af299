/**
 * Checks a player's own scenario file ("Try your own scenario file") with the authoring tools:
 * the full checker, then the analyser for its scoring. Both are loaded only when a file is
 * opened, so the runtime never carries them otherwise.
 */
import type { Problem } from '../authoring/check/problem';
import type { PlayableScenario } from './library-types';

export type FileProblem = Problem;

export type CheckedOwnFile = { playable: PlayableScenario } | { problems: FileProblem[] };

export async function checkOwnScenarioFile(
  fileName: string,
  text: string,
): Promise<CheckedOwnFile> {
  const [{ checkScenarioText }, { analyseScenario }] = await Promise.all([
    import('../authoring/check/check-scenario'),
    import('../authoring/analyse'),
  ]);
  const result = checkScenarioText(fileName, text);
  if (result.ok && result.scenario) {
    const { bounds, bestRun } = analyseScenario(result.scenario);
    return { playable: { scenario: result.scenario, scoring: { bounds, bestRun }, text } };
  }
  const problems =
    result.problems.length > 0
      ? result.problems
      : [{ file: fileName, path: '', message: 'The file could not be checked.' }];
  return { problems };
}

/** `file: path: sentence`, the form authors see everywhere. */
export function formatProblem(problem: FileProblem): string {
  return problem.path
    ? `${problem.file}: ${problem.path}: ${problem.message}`
    : `${problem.file}: ${problem.message}`;
}
