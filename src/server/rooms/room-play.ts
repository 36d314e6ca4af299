/**
 * Room play with phones: the room's shared run moves on when the facilitator continues it or
 * closes a vote. Participants vote from their devices (one ballot each, changeable while the
 * vote is open); the majority goes on and a tie, or a vote nobody cast, goes to the
 * facilitator's pick: the rule of the offline room play (src/facilitator/room-votes.ts).
 */
import type { RunFeed, VoteState } from '../../live/protocol';
import type { Queryable } from '../store/db';
import type { RoomContext } from './context';
import { fail } from './errors';
import { afterCommit, applyLocked, type Applied } from './inputs';
import { inputsOf, roomById, runsOf, type ParticipantRow, type RoomRow } from './repo';
import { offeredChoices } from '../../engine/scenario/rules';
import { rebuildRun, runFeedOf, sessionLogOf, toSessionInput } from './run-state';
import { newId } from './secrets';
import type { SessionInput } from '../../engine/session/types';

export interface PollRow {
  id: string;
  room_id: string;
  ordinal: number;
  node_id: string;
  choices: Array<{ id: string; text: string }>;
  status: 'open' | 'closed';
  counts: Record<string, number> | null;
  decided_choice_id: string | null;
  decided_by: 'majority' | 'facilitator' | null;
  revision: number;
}

async function roomParticipant(db: Queryable, roomId: string): Promise<ParticipantRow> {
  const rows = await db.query<ParticipantRow & Record<string, unknown>>(
    'SELECT id, room_id, name, is_room, joined_at, input_count FROM participants WHERE room_id = $1 AND is_room',
    [roomId],
  );
  if (!rows[0])
    fail('not-room-play', 'This room is not a room play: each participant plays alone.');
  return rows[0];
}

/** The room's shared run, replayed, with the votes that decided it so far. */
export async function roomRunFeed(
  ctx: RoomContext,
  db: Queryable,
  room: RoomRow,
): Promise<RunFeed> {
  const participant = await roomParticipant(db, room.id);
  const [runs, inputs, polls] = await Promise.all([
    runsOf(db, participant.id),
    inputsOf(db, participant.id),
    db.query<PollRow & Record<string, unknown>>(
      "SELECT * FROM polls WHERE room_id = $1 AND status = 'closed' ORDER BY ordinal",
      [room.id],
    ),
  ]);
  const run = runs[0];
  if (!run) throw new Error(`Room ${room.id} has no shared run.`);
  const log = sessionLogOf(
    { run, timePressure: 'off', alias: participant.name, mode: room.mode },
    inputs.map(toSessionInput),
  );
  const feed = runFeedOf(ctx.library, 0, rebuildRun(ctx.library, log));
  return { ...feed, log: { ...feed.log, roomVotes: polls.map((poll) => poll.counts ?? {}) } };
}

export async function tally(db: Queryable, poll: PollRow): Promise<VoteState> {
  const rows = await db.query<{ choice_id: string; n: number }>(
    'SELECT choice_id, count(*)::int AS n FROM ballots WHERE poll_id = $1 GROUP BY choice_id',
    [poll.id],
  );
  const live = Object.fromEntries(poll.choices.map((choice) => [choice.id, 0]));
  for (const row of rows) live[row.choice_id] = row.n;
  const counts = poll.status === 'closed' && poll.counts ? poll.counts : live;
  return {
    id: poll.id,
    nodeId: poll.node_id,
    choices: poll.choices,
    status: poll.status,
    counts,
    voters: Object.values(counts).reduce((sum, count) => sum + count, 0),
    revision: poll.revision,
    result:
      poll.decided_choice_id && poll.decided_by
        ? { choiceId: poll.decided_choice_id, decidedBy: poll.decided_by }
        : null,
  };
}

/** The latest vote of the room (open or closed), or null before the first one. */
export async function currentVote(db: Queryable, roomId: string): Promise<VoteState | null> {
  const rows = await db.query<PollRow & Record<string, unknown>>(
    'SELECT * FROM polls WHERE room_id = $1 ORDER BY ordinal DESC LIMIT 1',
    [roomId],
  );
  return rows[0] ? tally(db, rows[0]) : null;
}

export async function openPoll(
  db: Queryable,
  roomId: string,
  lock = false,
): Promise<PollRow | null> {
  const rows = await db.query<PollRow & Record<string, unknown>>(
    `SELECT * FROM polls WHERE room_id = $1 AND status = 'open'${lock ? ' FOR UPDATE' : ''}`,
    [roomId],
  );
  return rows[0] ?? null;
}

/** Moves the shared run on with a server-stamped input (room play is untimed), inside `tx`. */
export async function moveRoomRun(
  ctx: RoomContext,
  tx: Queryable,
  room: RoomRow,
  input: (at: number) => SessionInput,
): Promise<Applied> {
  const participant = await roomParticipant(tx, room.id);
  const run = (await runsOf(tx, participant.id))[0];
  if (!run) throw new Error(`Room ${room.id} has no shared run.`);
  const last = (await inputsOf(tx, participant.id)).at(-1)?.at ?? 0;
  const at = Math.max(last, ctx.now().getTime() - run.issued_at.getTime());
  return applyLocked(ctx, tx, participant.id, {
    seq: participant.input_count + 1,
    run: 0,
    scenarioId: run.scenario_id,
    input: input(at),
  });
}

export async function continueRoomRun(ctx: RoomContext, room: RoomRow): Promise<RunFeed> {
  if (room.style !== 'room-play') fail('not-room-play', 'This room is not a room play.');
  const feed = await roomRunFeed(ctx, ctx.db, room);
  if (feed.position.nodeKind === 'decision')
    fail('impossible', 'The room is at a decision: open a vote.');
  const applied = await ctx.db.transaction((tx) =>
    moveRoomRun(ctx, tx, room, (at) => ({ type: 'continue', at })),
  );
  await afterCommit(ctx, applied);
  return roomRunFeed(ctx, ctx.db, room);
}

export async function openVote(ctx: RoomContext, room: RoomRow): Promise<VoteState> {
  if (room.style !== 'room-play') fail('not-room-play', 'This room is not a room play.');
  const feed = await roomRunFeed(ctx, ctx.db, room);
  const { context } = rebuildRun(ctx.library, feed.log).replayed.snapshot;
  const node = ctx.library.scenarios.get(feed.scenarioId)?.nodes[context.nodeId];
  if (node?.kind !== 'decision') fail('impossible', 'The room is not at a decision.');
  const choices = offeredChoices(node, context).map((choice) => ({
    id: choice.id,
    text: choice.text,
  }));
  const { vote, opened } = await ctx.db.transaction(async (tx) => {
    // The room's row lock keeps two facilitator screens from opening two votes at once.
    await roomById(tx, room.id, true);
    const existing = await openPoll(tx, room.id);
    if (existing) return { vote: await tally(tx, existing), opened: false };
    const count = await tx.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM polls WHERE room_id = $1',
      [room.id],
    );
    await tx.query(
      `INSERT INTO polls (id, room_id, ordinal, node_id, choices, status)
       VALUES ($1, $2, $3, $4, $5, 'open')`,
      [newId(), room.id, (count[0]?.n ?? 0) + 1, context.nodeId, JSON.stringify(choices)],
    );
    return { vote: await tally(tx, (await openPoll(tx, room.id)) as PollRow), opened: true };
  });
  if (opened) ctx.publish.vote(room.id, vote);
  return vote;
}
