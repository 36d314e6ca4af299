/** A live room's feed as the facilitator's workshop sessions (the live screen and the export). */
import type { FeedState } from '../live/feed-state';
import { ROOM_ALIAS } from './room-keep';
import type { StoredSession } from './types';

/**
 * The room's runs as workshop sessions, for the offline tools that already exist (cohort
 * dashboard, projector, replay: src/facilitator/cohort.ts `cohortOf`). The export endpoint
 * gives the same sessions as a file. Each run gets its own participant number (as a workshop
 * counts sessions), in the order the server issued the runs: a run issued later never moves
 * an earlier one's number, so "Participant 3" stays the same person while the room fills.
 */
export function feedSessions(state: FeedState): StoredSession[] {
  const source = `Live room ${state.room.code}`;
  const runs = state.participants
    .flatMap((participant, joined) =>
      participant.runs.map((run) => ({
        id: `${participant.id}-${run.index}`,
        log: run.log,
        order: [run.log.startedAt, joined, run.index] as const,
      })),
    )
    .sort((a, b) => compareOrder(a.order, b.order));
  // Room play: the shared run comes after any participant's own.
  if (state.roomRun)
    runs.push({
      id: `${state.room.id}-room`,
      log: { ...state.roomRun.log, alias: ROOM_ALIAS },
      order: [state.roomRun.log.startedAt, -1, 0] as const,
    });
  return runs.map((run, index) => ({
    id: run.id,
    participant: index + 1,
    source,
    addedAt: run.log.startedAt,
    log: run.log,
  }));
}

function compareOrder(
  a: readonly [string, number, number],
  b: readonly [string, number, number],
): number {
  if (a[0] !== b[0]) return a[0] < b[0] ? -1 : 1;
  return a[1] - b[1] || a[2] - b[2];
}
