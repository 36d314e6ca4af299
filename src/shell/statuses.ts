/**
 * Where the player stands with each scenario, from what the store offers: the unfinished run
 * (at most one today) and the finished runs the shell has loaded. Plain data for the list.
 */
import type { FinishedRun, SavedRun } from '../services/run-store';
import type { ScenarioStatus } from '../ui/screens/list';

/** Unfinished wins over done (a run is waiting); a scenario in neither is left out (new). */
export function scenarioStatuses(
  unfinished: readonly Pick<SavedRun, 'scenarioId'>[],
  finished: readonly Pick<FinishedRun, 'scenarioId'>[],
): Record<string, ScenarioStatus> {
  const statuses: Record<string, ScenarioStatus> = {};
  for (const run of finished) statuses[run.scenarioId] = 'done';
  for (const run of unfinished) statuses[run.scenarioId] = 'unfinished';
  return statuses;
}
