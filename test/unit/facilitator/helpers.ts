/** Builds cohort entries the way the workshop does: stored sessions → replay → profile. */
import type { Scenario } from '../../../src/engine/scenario/schema';
import type { SessionLog } from '../../../src/engine/session/types';
import { cohortOf } from '../../../src/facilitator/cohort';
import type { CohortEntry, StoredSession, Workshop } from '../../../src/facilitator/types';
import { libraryOf } from '../../support/library';

export function stored(logs: readonly SessionLog[]): StoredSession[] {
  return logs.map((log, index) => ({
    id: `s${index + 1}`,
    participant: index + 1,
    source: `file-${index + 1}.json`,
    addedAt: '2025-03-01T10:00:00.000Z',
    log,
  }));
}

export function workshopOf(logs: readonly SessionLog[], name = 'Leads: March cohort'): Workshop {
  return {
    id: 'w1',
    name,
    createdAt: '2025-03-01T09:00:00.000Z',
    sessions: stored(logs),
    nextParticipant: logs.length + 1,
  };
}

export function entriesOf(
  scenarios: readonly Scenario[],
  logs: readonly SessionLog[],
): CohortEntry[] {
  const cohort = cohortOf(stored(logs), libraryOf(...scenarios));
  if (cohort.unusable.length > 0)
    throw new Error(cohort.unusable.map((item) => item.reason).join('; '));
  return cohort.entries;
}
