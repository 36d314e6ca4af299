/**
 * Checks a scenario file's text before it is played (library files and "Try your own file") with
 * the engine's full checker (schema, cross references, reachability, cycles). The checker is
 * loaded lazily so the title screen never waits for it.
 */
import type { Scenario } from '../engine/scenario/schema';
import type { Problem } from '../engine/scenario/check/problem';

export type FileProblem = Problem;

export type CheckedScenario = { scenario: Scenario; text: string } | { problems: FileProblem[] };

export async function checkScenarioFile(fileName: string, text: string): Promise<CheckedScenario> {
  const { checkScenarioText } = await import('../engine/scenario/check/check-scenario');
  const result = checkScenarioText(fileName, text);
  if (result.ok && result.scenario) return { scenario: result.scenario, text };
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
