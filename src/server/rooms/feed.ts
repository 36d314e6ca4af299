/**
 * What a facilitator sees on opening the room's feed: every participant with their runs
 * (replayed by the server), the splits, the vote and the shared run in room play. After this
 * snapshot the feed events (feed.joined, feed.progress, …) keep it current.
 */
import type { FeedSnapshot, ParticipantFeed, RunFeed } from '../../live/protocol';
import type { Queryable } from '../store/db';
import type { RoomContext } from './context';
import { fail } from './errors';
import {
  roomById,
  roomInfo,
  roomInputs,
  roomParticipants,
  roomRuns,
  type InputRow,
  type ParticipantRow,
  type RoomRow,
  type RunRow,
} from './repo';
import { currentVote, roomRunFeed } from './room-play';
import { rebuildRun, runFeedOf, sessionLogOf, toSessionInput } from './run-state';
import { sameSecret, hashSecret } from './secrets';
import { roomSplits } from './splits';

/** The room, when `key` is its facilitator key; "unauthorized" otherwise (unknown rooms alike). */
export async function roomForKey(ctx: RoomContext, roomId: string, key: string): Promise<RoomRow> {
  const room = await roomById(ctx.db, roomId);
  // The same answer for a wrong key and a room that does not exist: nothing to probe.
  if (!room || !sameSecret(hashSecret(key), room.key_hash))
    fail('unauthorized', 'This facilitator link is not valid (or the room was deleted).');
  return room;
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(key(row));
    if (list) list.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

export function participantFeed(
  ctx: RoomContext,
  room: RoomRow,
  participant: ParticipantRow,
  runs: readonly RunRow[],
  inputs: readonly InputRow[],
  online: boolean,
): ParticipantFeed {
  const feeds: RunFeed[] = runs.map((run) => {
    const own = inputs.filter((input) => input.run_index === run.run_index).map(toSessionInput);
    const log = sessionLogOf(
      { run, timePressure: room.time_pressure, alias: participant.name, mode: room.mode },
      own,
    );
    return runFeedOf(ctx.library, run.run_index, rebuildRun(ctx.library, log));
  });
  return {
    id: participant.id,
    name: participant.name,
    joinedAt: participant.joined_at.toISOString(),
    online,
    runs: feeds,
  };
}

export async function participantFeeds(
  ctx: RoomContext,
  db: Queryable,
  room: RoomRow,
  online: ReadonlySet<string>,
): Promise<ParticipantFeed[]> {
  const [participants, runs, inputs] = await Promise.all([
    roomParticipants(db, room.id),
    roomRuns(db, room.id),
    roomInputs(db, room.id),
  ]);
  const runsBy = groupBy(runs, (run) => run.participant_id);
  const inputsBy = groupBy(inputs, (input) => input.participant_id);
  return participants
    .filter((participant) => !participant.is_room)
    .map((participant) =>
      participantFeed(
        ctx,
        room,
        participant,
        runsBy.get(participant.id) ?? [],
        inputsBy.get(participant.id) ?? [],
        online.has(participant.id),
      ),
    );
}

export async function feedSnapshot(
  ctx: RoomContext,
  room: RoomRow,
  online: ReadonlySet<string>,
): Promise<FeedSnapshot> {
  const [participants, splits, vote, roomRun] = await Promise.all([
    participantFeeds(ctx, ctx.db, room, online),
    roomSplits(ctx.db, room.id),
    currentVote(ctx.db, room.id),
    room.style === 'room-play' ? roomRunFeed(ctx, ctx.db, room) : Promise.resolve(null),
  ]);
  return { room: roomInfo(room, ctx.now()), participants, splits, vote, roomRun };
}
