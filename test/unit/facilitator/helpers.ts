/** Builds cohort entries the way the workshop does: stored sessions → replay → profile. */
import type { Scenario } from '../../../src/engine/scenario/schema';
import type { SessionLog } from '../../../src/engine/session/types';
import { buildCohort } from '../../../src/facilitator/intake';
import type { CohortEntry, StoredSession } from '../../../src/facilitator/types';
import { libraryOf } from '../../support/library';

export function stored(logs: readonly SessionLog[]): StoredSession[] {
  return logs.map((log, index) => ({
    id: `s${index + 1}`,
    source: `file-${index + 1}.json`,
    addedAt: '2025-03-01T10:00:00.000Z',
    log,
  }));
}

export function entriesOf(
  scenarios: readonly Scenario[],
  logs: readonly SessionLog[],
): CohortEntry[] {
  const cohort = buildCohort(stored(logs), libraryOf(...scenarios));
  if (cohort.unusable.length > 0)
    throw new Error(cohort.unusable.map((item) => item.reason).join('; '));
  return cohort.entries;
}
