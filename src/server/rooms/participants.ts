/**
 * Joining a room with its code and a name, and resuming with the token: the participant gets
 * their own runs (logs so far) and nothing of anyone else's.
 */
import { randomUUID } from 'node:crypto';
import { hashScenario } from '../../engine/session/hash';
import type { Profile } from '../../engine/profile/types';
import type { ParticipantRun } from '../../live/protocol';
import { isUniqueViolation, type Queryable } from '../store/db';
import type { RoomContext } from './context';
import { fail } from './errors';
import { checkName } from './names';
import {
  effectiveStatus,
  inputsOf,
  insertRun,
  participantByTokenHash,
  roomByCode,
  roomById,
  runsOf,
  type InputRow,
  type ParticipantRow,
  type RoomRow,
  type RunRow,
} from './repo';
import { rebuildRun, resultOf, scenarioOf, sessionLogOf, toSessionInput } from './run-state';
import { hashSecret, newId, newSecret, newSeed, normaliseCode } from './secrets';

/** Practice rooms show each debrief at once; assessment rooms once the facilitator releases them. */
export function debriefVisible(room: RoomRow): boolean {
  return room.mode === 'practice' || room.debriefs_released;
}

export function newRunRow(
  ctx: RoomContext,
  room: RoomRow,
  participantId: string,
  index: number,
): RunRow {
  const scenario = scenarioOf(ctx.library, room.scenario_ids[index] ?? '');
  const now = ctx.now();
  return {
    participant_id: participantId,
    run_index: index,
    room_id: room.id,
    scenario_id: scenario.id,
    scenario_hash: hashScenario(scenario),
    seed: newSeed(),
    started_at: now.toISOString(),
    issued_at: now,
    registration: randomUUID(),
    ended: false,
  };
}

/** A participant's stored runs and inputs: the runs as the participant may see them. */
export interface StoredRuns {
  runs: RunRow[];
  inputs: InputRow[];
}

export async function participantRuns(
  ctx: RoomContext,
  db: Queryable,
  room: RoomRow,
  participant: ParticipantRow,
  stored?: StoredRuns,
): Promise<ParticipantRun[]> {
  const [runs, inputs] = stored
    ? [stored.runs, stored.inputs]
    : await Promise.all([runsOf(db, participant.id), inputsOf(db, participant.id)]);
  const now = ctx.now().getTime();
  return runs.map((run) => {
    const own = inputs.filter((input) => input.run_index === run.run_index).map(toSessionInput);
    const header = {
      run,
      timePressure: room.time_pressure,
      alias: participant.name,
      mode: room.mode,
    };
    const rebuilt = rebuildRun(ctx.library, sessionLogOf(header, own));
    const ended = rebuilt.replayed.snapshot.status === 'done';
    let debrief: Profile | null = null;
    if (ended && debriefVisible(room)) debrief = resultOf(ctx.library, rebuilt)?.profile ?? null;
    return {
      index: run.run_index,
      scenarioId: run.scenario_id,
      log: rebuilt.log,
      ended,
      elapsedMs: Math.max(0, now - run.issued_at.getTime()),
      debrief,
    };
  });
}

async function insertParticipant(
  ctx: RoomContext,
  tx: Queryable,
  room: RoomRow,
  name: { name: string; key: string },
  tokenHash: string,
): Promise<{ participant: ParticipantRow; runs: RunRow[] }> {
  const count = await tx.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM participants WHERE room_id = $1 AND NOT is_room',
    [room.id],
  );
  if ((count[0]?.n ?? 0) >= ctx.config.limits.maxParticipants)
    fail('room-full', `This room is full (${ctx.config.limits.maxParticipants} people).`);
  const participant: ParticipantRow = {
    id: newId(),
    room_id: room.id,
    name: name.name,
    is_room: false,
    joined_at: ctx.now(),
    input_count: 0,
  };
  await tx.query(
    `INSERT INTO participants (id, room_id, name, name_key, token_hash, is_room, joined_at)
     VALUES ($1, $2, $3, $4, $5, false, $6)`,
    [participant.id, room.id, name.name, name.key, tokenHash, participant.joined_at],
  );
  const runs = room.style === 'individual' ? [newRunRow(ctx, room, participant.id, 0)] : [];
  for (const run of runs) await insertRun(tx, run);
  return { participant, runs };
}

export async function joinRoom(
  ctx: RoomContext,
  code: string,
  typedName: string,
): Promise<{ token: string; room: RoomRow; participant: ParticipantRow; stored: StoredRuns }> {
  const found = await roomByCode(ctx.db, normaliseCode(code));
  if (!found) fail('not-found', 'No room has this code. Check it on the projector.');
  if (effectiveStatus(found, ctx.now()) === 'ended') fail('room-closed', 'This room has ended.');
  const name = checkName(typedName, ctx.config.limits.maxNameLength);
  if (!name.ok) fail('name-invalid', name.message);
  const token = newSecret();
  try {
    const { participant, runs } = await ctx.db.transaction(async (tx) => {
      // Locking the room makes the size check and the insert one step, across processes.
      const room = await roomById(tx, found.id, true);
      if (!room) fail('not-found', 'No room has this code.');
      return insertParticipant(ctx, tx, room, name, hashSecret(token));
    });
    return { token, room: found, participant, stored: { runs, inputs: [] } };
  } catch (error) {
    if (isUniqueViolation(error))
      fail(
        'name-taken',
        `Someone in this room already uses the name "${name.name}"; add an initial.`,
      );
    throw error;
  }
}

export async function participantForToken(
  ctx: RoomContext,
  token: string,
): Promise<{ room: RoomRow; participant: ParticipantRow }> {
  const participant = await participantByTokenHash(ctx.db, hashSecret(token));
  if (!participant) fail('unauthorized', 'This device is no longer part of a room.');
  const room = await roomById(ctx.db, participant.room_id);
  if (!room) fail('unauthorized', 'This room no longer exists.');
  return { room, participant };
}
