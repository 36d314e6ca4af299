/**
 * Accepting an input: in one transaction, with the participant's row locked (so two devices or
 * two processes never interleave), the sequence number is checked, the run is replayed with the
 * new input by the engine's own replay, and the input is stored. Only after the commit is it
 * acknowledged and published: an acknowledged input is in the store.
 */
import type { SessionInput } from '../../engine/session/types';
import { replayToSnapshot } from '../../engine/session/replay';
import type { DecisionSplit, InputAccepted, InputMessage, RunFeed } from '../../live/protocol';
import type { Queryable } from '../store/db';
import type { RoomContext } from './context';
import { fail } from './errors';
import { debriefVisible, newRunRow, participantRuns } from './participants';
import {
  effectiveStatus,
  inputsOf,
  insertRun,
  participantById,
  roomById,
  runsOf,
  type ParticipantRow,
  type RoomRow,
  type RunRow,
} from './repo';
import {
  rebuildRun,
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
  /** Null for a duplicate: nothing changed, nothing to publish. */
  rebuilt: RebuiltRun | null;
  runIndex: number;
  /** The decision node this input decided, if it decided one. */
  decidedNode: string | null;
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
  room: RoomRow,
  participant: ParticipantRow,
  message: InputMessage,
): Promise<InputAccepted> {
  const stored = await tx.query<{ run_index: number } & Record<string, unknown>>(
    'SELECT * FROM inputs WHERE participant_id = $1 AND seq = $2',
    [participant.id, message.seq],
  );
  const row = stored[0] as Parameters<typeof toSessionInput>[0] | undefined;
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

function checkTime(ctx: RoomContext, run: RunRow, at: number): void {
  const possible = ctx.now().getTime() - run.issued_at.getTime() + ctx.config.timeSlackMs;
  if (at > possible)
    fail(
      'impossible',
      `Its time (${Math.round(at)} ms into the run) is later than the run has existed.`,
    );
}

/** Replays the run with the input appended; refuses what the engine refuses. */
function replayWith(
  ctx: RoomContext,
  room: RoomRow,
  participant: ParticipantRow,
  run: RunRow,
  previous: SessionInput[],
  input: SessionInput,
): RebuiltRun {
  const log = sessionLogOf({ run, timePressure: room.time_pressure, alias: participant.name }, [
    ...previous,
    input,
  ]);
  const replayed = replayToSnapshot(scenarioOf(ctx.library, run.scenario_id), log);
  if (!replayed.ok)
    fail(
      'impossible',
      replayed.message.replace('The session log cannot be replayed: input', 'Input'),
    );
  return rebuildRun(ctx.library, log);
}

/** Stores one input the replay accepted, and what follows from it (end of run, next run). */
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
  await tx.query(
    `INSERT INTO inputs (participant_id, seq, room_id, run_index, scenario_id, kind, choice_id, at,
       node_id, taken_choice_id, received_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      participant.id,
      seq,
      room.id,
      run.run_index,
      run.scenario_id,
      input.type,
      input.type === 'choose' ? input.choiceId : null,
      input.at,
      before?.nodeId ?? '',
      taken,
      ctx.now(),
    ],
  );
  await tx.query('UPDATE participants SET input_count = $2 WHERE id = $1', [participant.id, seq]);
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

export async function applyLocked(
  ctx: RoomContext,
  tx: Queryable,
  participantId: string,
  message: InputMessage,
): Promise<Applied> {
  const participant = await participantById(tx, participantId, true);
  const room = participant ? await roomById(tx, participant.room_id) : null;
  if (!participant || !room) fail('unauthorized', 'This room no longer exists.');
  if (room.style === 'room-play' && !participant.is_room)
    fail('wrong-run', 'This room plays together: vote when the facilitator opens a vote.');
  const expected = participant.input_count + 1;
  if (message.seq < expected) {
    const accepted = await duplicateOf(ctx, tx, room, participant, message);
    return { room, participant, accepted, rebuilt: null, runIndex: message.run, decidedNode: null };
  }
  checkRoomTakesInputs(room, ctx.now());
  if (message.seq > expected)
    fail('out-of-order', `Input ${expected} has to come first.`, { expectedSeq: expected });
  const run = (await runsOf(tx, participant.id)).at(-1);
  if (!run || run.run_index !== message.run)
    fail('wrong-run', `Inputs now belong to run ${run?.run_index ?? 0}, not run ${message.run}.`);
  if (run.scenario_id !== message.scenarioId)
    fail('impossible', `This run plays "${run.scenario_id}", not "${message.scenarioId}".`);
  checkTime(ctx, run, message.input.at);
  const previous = (await inputsOf(tx, participant.id, run.run_index)).map(toSessionInput);
  const rebuilt = replayWith(ctx, room, participant, run, previous, message.input);
  const { nextRun, decidedNode } = await store(
    ctx,
    tx,
    { room, participant, run, seq: message.seq },
    message.input,
    rebuilt,
  );
  if (ctx.statements && !participant.is_room) {
    await ctx.statements.enqueue(tx, {
      room: { id: room.id, code: room.code },
      participant: { id: participant.id, name: participant.name },
      run: { index: run.run_index, registration: run.registration },
      scenarioId: run.scenario_id,
      seq: message.seq,
      receivedAt: ctx.now(),
      rebuilt,
    });
  }
  const ended = rebuilt.replayed.snapshot.status === 'done';
  const nextRuns = nextRun ? await participantRuns(ctx, tx, room, participant) : [];
  const debrief =
    ended && debriefVisible(room)
      ? (runFeedOf(ctx.library, run.run_index, rebuilt).result?.profile ?? null)
      : null;
  return {
    room,
    participant,
    rebuilt,
    runIndex: run.run_index,
    decidedNode,
    accepted: {
      seq: message.seq,
      duplicate: false,
      ended,
      debrief,
      nextRun: nextRuns.at(-1) ?? null,
    },
  };
}

/** Checks, stores and then publishes one input; the answer is the acknowledgement. */
export async function acceptInput(
  ctx: RoomContext,
  participantId: string,
  message: InputMessage,
): Promise<Applied> {
  const applied = await ctx.db.transaction((tx) => applyLocked(ctx, tx, participantId, message));
  if (applied.rebuilt) await publishProgress(ctx, applied);
  return applied;
}

export async function publishProgress(ctx: RoomContext, applied: Applied): Promise<RunFeed | null> {
  if (!applied.rebuilt) return null;
  const run = runFeedOf(ctx.library, applied.runIndex, applied.rebuilt);
  if (applied.participant.is_room) {
    ctx.publish.roomRun(applied.room.id, run);
    return run;
  }
  let split: DecisionSplit | null = null;
  if (applied.decidedNode !== null)
    split = await splitAt(ctx.db, applied.room.id, run.scenarioId, applied.decidedNode);
  ctx.publish.progress(applied.room.id, { participantId: applied.participant.id, run, split });
  return run;
}
