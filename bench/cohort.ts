/**
 * Cohort scale: 1,000 session files of a bundled scenario, timed through what the facilitator's
 * import does (read each file, replay it, build its profile) and the dashboard's aggregation.
 * Prints figures only. Called by the bench runner; also runnable alone: `npx tsx bench/cohort.ts`.
 */
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { aggregateCohort } from '../src/facilitator/aggregate';
import { checkSubmissions } from '../src/facilitator/intake';
import { cohortOf, rememberReplay } from '../src/facilitator/cohort';
import { decisionsCsv, sessionsCsv } from '../src/facilitator/csv';
import type { StoredSession } from '../src/facilitator/types';
import { libraryScenario } from '../test/fixtures/facilitator/fixture';
import { randomSessionLogs } from '../test/fixtures/facilitator/random-sessions';
import { libraryOf } from '../test/support/library';

const SESSIONS = 1000;
const SCENARIO_FILE = 'saturday-returns.json';

function timed<T>(work: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = work();
  return { value, ms: performance.now() - start };
}

export async function runCohortBench(): Promise<Record<string, number>> {
  const scenario = libraryScenario(SCENARIO_FILE);
  const files = randomSessionLogs(scenario, SESSIONS).map((log, index) => ({
    source: `session-${index + 1}.json`,
    text: JSON.stringify(log),
  }));
  const library = libraryOf(scenario);
  const intake = timed(() => checkSubmissions(files, library, new Map()));
  if (intake.value.accepted.length !== SESSIONS)
    throw new Error(`only ${intake.value.accepted.length} of ${SESSIONS} sessions loaded`);
  // What the workshop does with a batch: the intake's replays are reused, never redone.
  const cohort = timed(() => {
    const stored: StoredSession[] = intake.value.accepted.map((item, index) => {
      rememberReplay(library, item);
      return {
        id: `s${index}`,
        participant: index + 1,
        source: item.source,
        addedAt: '2025-01-01T00:00:00.000Z',
        log: item.log,
      };
    });
    return cohortOf(stored, library);
  });
  const aggregate = timed(() => aggregateCohort(scenario, cohort.value.entries));
  const csv = timed(
    () => sessionsCsv(cohort.value.entries).length + decisionsCsv(cohort.value.entries).length,
  );
  return {
    cohortSessions: SESSIONS,
    cohortParseAndReplayMs: Math.round(intake.ms),
    cohortProfileMs: Math.round(cohort.ms),
    cohortAggregateMs: Math.round(aggregate.ms),
    cohortCsvMs: Math.round(csv.ms),
    cohortTotalMs: Math.round(intake.ms + cohort.ms + aggregate.ms),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [name, value] of Object.entries(await runCohortBench()))
    console.log(`${name}: ${value}`);
}
