/**
 * Accepting an input: in one transaction, with the participant's row locked (so two devices or
 * two processes never interleave), the sequence number is checked, the run is replayed with the
 * new input by the engine's own replay, and the input is stored. Only after the commit is it
 * acknowledged and published: an acknowledged input is in the store.
 */
import type { SessionInput } from '../../engine/session/types';
import { replayToSnapshot, sessionResult } from '../../engine/session/replay';
import type { DecisionSplit, InputAccepted, InputMessage, RunFeed } from '../../live/protocol';
import type { Queryable } from '../store/db';
import type { RoomContext } from './context';
import { fail } from './errors';
import { debriefVisible, newRunRow, participantRuns } from './participants';
import {
  effectiveStatus,
  inputsOf,
  insertInput,
  insertRun,
  lastRunOf,
  lockParticipantWithRoom,
  type ParticipantRow,
  type RoomRow,
  type RunRow,
} from './repo';
import type { CachedRun } from './run-cache';
import {
  runFeedOf,
  sameInput,
  scenarioOf,
  sessionLogOf,
  toSessionInput,
  type RebuiltRun,
} from './run-state';
import { splitAt } from './splits';

export interface Applied {
  room: RoomRow;
  participant: ParticipantRow;
  accepted: InputAccepted;
  /** The run after the input, from the server's replay; null for a duplicate (nothing changed). */
  feed: RunFeed | null;
  /** The decision node this input decided, if it decided one. */
  decidedNode: string | null;
  /** What the run cache holds once the transaction has committed. */
  cache: CachedRun | null;
}

function checkRoomTakesInputs(room: RoomRow, now: Date): void {
  const status = effectiveStatus(room, now);
  if (status === 'ended') fail('room-closed', 'This room has ended; no more inputs are taken.');
  if (status === 'paused')
    fail(
      'room-paused',
      'The facilitator has paused the room; your input is kept and sent on resume.',
    );
}

async function duplicateOf(
  ctx: RoomContext,
  tx: Queryable,
  target: { room: RoomRow; participant: ParticipantRow },
  message: InputMessage,
): Promise<InputAccepted> {
  const { room, participant } = target;
  const stored = await tx.query<Parameters<typeof toSessionInput>[0] & Record<string, unknown>>(
    'SELECT * FROM inputs WHERE participant_id = $1 AND seq = $2',
    [participant.id, message.seq],
  );
  const row = stored[0];
  if (!row || row.run_index !== message.run || !sameInput(toSessionInput(row), message.input))
    fail('seq-conflict', 'Another input was already accepted with this number (another device?).', {
      expectedSeq: participant.input_count + 1,
    });
  const runs = await participantRuns(ctx, tx, room, participant);
  const run = runs.find((candidate) => candidate.index === message.run);
  return {
    seq: message.seq,
    duplicate: true,
    ended: run?.ended ?? false,
    debrief: run?.debrief ?? null,
    nextRun: runs.find((candidate) => candidate.index === message.run + 1) ?? null,
  };
}

/** The participant's current run and its inputs: from the cache when it is current. */
async function currentRun(
  ctx: RoomContext,
  tx: Queryable,
  participant: ParticipantRow,
): Promise<CachedRun> {
  const cached = ctx.runs.get(participant.id, participant.input_count);
  if (cached) return cached;
  const run = await lastRunOf(tx, participant.id);
  if (!run) fail('wrong-run', 'This participant has no run to play.');
  const inputs = (await inputsOf(tx, participant.id, run.run_index)).map(toSessionInput);
  return { inputCount: participant.input_count, run, inputs };
}

function checkTime(ctx: RoomContext, run: RunRow, at: number): void {
  const possible = ctx.now().getTime() - run.issued_at.getTime() + ctx.config.timeSlackMs;
  if (at > possible)
    fail(
      'impossible',
      `Its time (${Math.round(at)} ms into the run) is later than the run has existed.`,
    );
}

/** Replays the run with the input appended; refuses what the engine's replay refuses. */
function replayWith(
  ctx: RoomContext,
  room: RoomRow,
  participant: ParticipantRow,
  current: CachedRun,
  input: SessionInput,
): RebuiltRun {
  const scenario = scenarioOf(ctx.library, current.run.scenario_id);
  const log = sessionLogOf(
    {
      run: current.run,
      timePressure: room.time_pressure,
      alias: participant.name,
      mode: room.mode,
    },
    [...current.inputs, input],
  );
  const replayed = replayToSnapshot(scenario, log);
  if (!replayed.ok)
    fail(
      'impossible',
      replayed.message.replace('The session log cannot be replayed: input', 'Input'),
    );
  const result =
    replayed.snapshot.status === 'done' ? sessionResult(replayed.snapshot.context) : undefined;
  return { scenario, log: result ? { ...log, result } : log, replayed };
}

/** Stores the input, and what follows from it (the run's end, a track's next run). */
async function store(
  ctx: RoomContext,
  tx: Queryable,
  target: { room: RoomRow; participant: ParticipantRow; run: RunRow; seq: number },
  input: SessionInput,
  rebuilt: RebuiltRun,
): Promise<{ nextRun: RunRow | null; decidedNode: string | null }> {
  const { room, participant, run, seq } = target;
  const contexts = rebuilt.replayed.contexts;
  const before = contexts[contexts.length - 2];
  const step = rebuilt.replayed.snapshot.context.history[before?.history.length ?? 0];
  const taken = step?.kind === 'decision' ? (step.choiceId ?? null) : null;
  await insertInput(tx, {
    participant_id: participant.id,
    seq,
    room_id: room.id,
    run_index: run.run_index,
    scenario_id: run.scenario_id,
    kind: input.type,
    choice_id: input.type === 'choose' ? input.choiceId : null,
    at: input.at,
    node_id: before?.nodeId ?? '',
    taken_choice_id: taken,
    received_at: ctx.now(),
  });
  let nextRun: RunRow | null = null;
  if (rebuilt.replayed.snapshot.status === 'done') {
    await tx.query('UPDATE runs SET ended = true WHERE participant_id = $1 AND run_index = $2', [
      participant.id,
      run.run_index,
    ]);
    if (!participant.is_room && run.run_index + 1 < room.scenario_ids.length) {
      nextRun = newRunRow(ctx, room, participant.id, run.run_index + 1);
      await insertRun(tx, nextRun);
    }
  }
  return { nextRun, decidedNode: taken === null ? null : (before?.nodeId ?? null) };
}

/** The LRS statements of an accepted input, in its transaction (when an LRS is configured). */
async function queueStatements(
  ctx: RoomContext,
  tx: Queryable,
  target: { room: RoomRow; participant: ParticipantRow; run: RunRow },
  rebuilt: RebuiltRun,
  feed: RunFeed,
): Promise<void> {
  const { room, participant, run } = target;
  if (!ctx.statements || participant.is_room) return;
  await ctx.statements.enqueue(tx, {
    room: { id: room.id, code: room.code },
    participant: { id: participant.id, name: participant.name },
    run: { index: run.run_index, registration: run.registration },
    scenarioId: run.scenario_id,
    receivedAt: ctx.now(),
    rebuilt,
    result: feed.result,
  });
}

/** Everything of one input inside the caller's transaction; publish with `afterCommit`. */
export async function applyLocked(
  ctx: RoomContext,
  tx: Queryable,
  participantId: string,
  message: InputMessage,
): Promise<Applied> {
  const locked = await lockParticipantWithRoom(tx, participantId);
  if (!locked) fail('unauthorized', 'This room no longer exists.');
  const { room, participant } = locked;
  if (room.style === 'room-play' && !participant.is_room)
    fail('wrong-run', 'This room plays together: vote when the facilitator opens a vote.');
  const expected = participant.input_count + 1;
  if (message.seq < expected) {
    const accepted = await duplicateOf(ctx, tx, locked, message);
    return { room, participant, accepted, feed: null, decidedNode: null, cache: null };
  }
  checkRoomTakesInputs(room, ctx.now());
  if (message.seq > expected)
    fail('out-of-order', `Input ${expected} has to come first.`, { expectedSeq: expected });
  const current = await currentRun(ctx, tx, participant);
  const { run } = current;
  if (run.run_index !== message.run)
    fail('wrong-run', `Inputs now belong to run ${run.run_index}, not run ${message.run}.`);
  if (run.scenario_id !== message.scenarioId)
    fail('impossible', `This run plays "${run.scenario_id}", not "${message.scenarioId}".`);
  checkTime(ctx, run, message.input.at);
  const rebuilt = replayWith(ctx, room, participant, current, message.input);
  const stored = await store(
    ctx,
    tx,
    { room, participant, run, seq: message.seq },
    message.input,
    rebuilt,
  );
  const feed = runFeedOf(ctx.library, run.run_index, rebuilt);
  await queueStatements(ctx, tx, { room, participant, run }, rebuilt, feed);
  const nextRuns = stored.nextRun ? await participantRuns(ctx, tx, room, participant) : [];
  const debrief = feed.ended && debriefVisible(room) ? (feed.result?.profile ?? null) : null;
  const cache: CachedRun = stored.nextRun
    ? { inputCount: message.seq, run: stored.nextRun, inputs: [] }
    : { inputCount: message.seq, run, inputs: rebuilt.log.inputs };
  return {
    room,
    participant,
    feed,
    decidedNode: stored.decidedNode,
    cache,
    accepted: {
      seq: message.seq,
      duplicate: false,
      ended: feed.ended,
      debrief,
      nextRun: nextRuns.at(-1) ?? null,
    },
  };
}

/** After the commit: the cache learns the new run state, and the room hears of it. */
export async function afterCommit(ctx: RoomContext, applied: Applied): Promise<void> {
  if (applied.cache) ctx.runs.set(applied.participant.id, applied.cache);
  await publishProgress(ctx, applied);
}

/** Checks, stores and then publishes one input; the answer is the acknowledgement. */
export async function acceptInput(
  ctx: RoomContext,
  participantId: string,
  message: InputMessage,
): Promise<Applied> {
  // The cache changes only after the commit: a refused or failed input leaves it as it was.
  const applied = await ctx.db.transaction((tx) => applyLocked(ctx, tx, participantId, message));
  await afterCommit(ctx, applied);
  return applied;
}

async function publishProgress(ctx: RoomContext, applied: Applied): Promise<void> {
  const run = applied.feed;
  if (!run) return;
  if (applied.participant.is_room) {
    ctx.publish.roomRun(applied.room.id, run);
    return;
  }
  let split: DecisionSplit | null = null;
  if (applied.decidedNode !== null)
    split = await splitAt(ctx.db, applied.room.id, run.scenarioId, applied.decidedNode);
  ctx.publish.progress(applied.room.id, { participantId: applied.participant.id, run, split });
}
