/** The rooms' rows and the SQL that reads and writes them (the same on both stores). */
import type { Queryable } from '../store/db';
import type { SessionInput } from '../../engine/session/types';
import type { RoomInfo, RoomMode, RoomStatus, RoomStyle } from '../../live/protocol';
import type { TimePressure } from '../../engine/run/types';

export interface RoomRow {
  id: string;
  code: string;
  key_hash: string;
  name: string;
  scenario_ids: string[];
  track_id: string | null;
  time_pressure: TimePressure;
  mode: RoomMode;
  style: RoomStyle;
  status: RoomStatus;
  debriefs_released: boolean;
  created_at: Date;
  closes_at: Date;
  ended_at: Date | null;
  delete_after: Date | null;
  revision: number;
}

export interface ParticipantRow {
  id: string;
  room_id: string;
  name: string;
  is_room: boolean;
  joined_at: Date;
  input_count: number;
}

export interface RunRow {
  participant_id: string;
  run_index: number;
  room_id: string;
  scenario_id: string;
  scenario_hash: string;
  seed: number;
  started_at: string;
  issued_at: Date;
  registration: string;
  ended: boolean;
}

export interface InputRow {
  participant_id: string;
  seq: number;
  run_index: number;
  scenario_id: string;
  kind: SessionInput['type'];
  choice_id: string | null;
  at: number;
  node_id: string;
  taken_choice_id: string | null;
  received_at: Date;
}

/** A room past its closing time is over even before maintenance writes it down. */
export function effectiveStatus(room: RoomRow, now: Date): RoomStatus {
  if (room.status !== 'ended' && room.closes_at.getTime() <= now.getTime()) return 'ended';
  return room.status;
}

export function roomInfo(room: RoomRow, now: Date): RoomInfo {
  const status = effectiveStatus(room, now);
  return {
    id: room.id,
    code: room.code,
    name: room.name,
    scenarioIds: [...room.scenario_ids],
    trackId: room.track_id,
    timePressure: room.time_pressure,
    mode: room.mode,
    style: room.style,
    status,
    debriefsReleased: room.debriefs_released,
    createdAt: room.created_at.toISOString(),
    closesAt: room.closes_at.toISOString(),
    endedAt: (room.ended_at ?? (status === 'ended' ? room.closes_at : null))?.toISOString() ?? null,
    revision: room.revision,
  };
}

const PARTICIPANT_COLUMNS = 'id, room_id, name, is_room, joined_at, input_count';

export async function roomById(db: Queryable, id: string, lock = false): Promise<RoomRow | null> {
  const rows = await db.query<RoomRow & Record<string, unknown>>(
    `SELECT * FROM rooms WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
    [id],
  );
  return rows[0] ?? null;
}

export async function roomByCode(db: Queryable, code: string): Promise<RoomRow | null> {
  const rows = await db.query<RoomRow & Record<string, unknown>>(
    'SELECT * FROM rooms WHERE code = $1',
    [code],
  );
  return rows[0] ?? null;
}

export async function participantById(
  db: Queryable,
  id: string,
  lock = false,
): Promise<ParticipantRow | null> {
  const rows = await db.query<ParticipantRow & Record<string, unknown>>(
    `SELECT ${PARTICIPANT_COLUMNS} FROM participants WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
    [id],
  );
  return rows[0] ?? null;
}

export async function participantByTokenHash(
  db: Queryable,
  tokenHash: string,
): Promise<ParticipantRow | null> {
  const rows = await db.query<ParticipantRow & Record<string, unknown>>(
    `SELECT ${PARTICIPANT_COLUMNS} FROM participants WHERE token_hash = $1`,
    [tokenHash],
  );
  return rows[0] ?? null;
}

export async function roomParticipants(db: Queryable, roomId: string): Promise<ParticipantRow[]> {
  return db.query<ParticipantRow & Record<string, unknown>>(
    `SELECT ${PARTICIPANT_COLUMNS} FROM participants WHERE room_id = $1 ORDER BY joined_at, id`,
    [roomId],
  );
}

export async function runsOf(db: Queryable, participantId: string): Promise<RunRow[]> {
  return db.query<RunRow & Record<string, unknown>>(
    'SELECT * FROM runs WHERE participant_id = $1 ORDER BY run_index',
    [participantId],
  );
}

export async function inputsOf(
  db: Queryable,
  participantId: string,
  runIndex?: number,
): Promise<InputRow[]> {
  return runIndex === undefined
    ? db.query<InputRow & Record<string, unknown>>(
        'SELECT * FROM inputs WHERE participant_id = $1 ORDER BY seq',
        [participantId],
      )
    : db.query<InputRow & Record<string, unknown>>(
        'SELECT * FROM inputs WHERE participant_id = $1 AND run_index = $2 ORDER BY seq',
        [participantId, runIndex],
      );
}

export async function roomRuns(db: Queryable, roomId: string): Promise<RunRow[]> {
  return db.query<RunRow & Record<string, unknown>>(
    'SELECT * FROM runs WHERE room_id = $1 ORDER BY participant_id, run_index',
    [roomId],
  );
}

export async function roomInputs(db: Queryable, roomId: string): Promise<InputRow[]> {
  return db.query<InputRow & Record<string, unknown>>(
    'SELECT * FROM inputs WHERE room_id = $1 ORDER BY participant_id, seq',
    [roomId],
  );
}

export async function insertRun(db: Queryable, run: RunRow): Promise<void> {
  await db.query(
    `INSERT INTO runs (participant_id, run_index, room_id, scenario_id, scenario_hash, seed,
       started_at, issued_at, registration, ended)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      run.participant_id,
      run.run_index,
      run.room_id,
      run.scenario_id,
      run.scenario_hash,
      run.seed,
      run.started_at,
      run.issued_at,
      run.registration,
      run.ended,
    ],
  );
}

/** Bumps the room's revision after a change of state; returns the updated row. */
export async function updateRoom(
  db: Queryable,
  roomId: string,
  assignments: string,
  params: readonly unknown[],
): Promise<RoomRow | null> {
  const rows = await db.query<RoomRow & Record<string, unknown>>(
    `UPDATE rooms SET ${assignments}, revision = revision + 1 WHERE id = $1 RETURNING *`,
    [roomId, ...params],
  );
  return rows[0] ?? null;
}

/**
 * The participant's row, locked until the transaction ends (inputs of one participant never
 * interleave, across processes), with its room, in one round trip.
 */
export async function lockParticipantWithRoom(
  db: Queryable,
  participantId: string,
): Promise<{ participant: ParticipantRow; room: RoomRow } | null> {
  const rows = await db.query<RoomRow & Record<string, unknown>>(
    `SELECT r.*, p.id AS p_id, p.name AS p_name, p.is_room AS p_is_room,
            p.joined_at AS p_joined_at, p.input_count AS p_input_count
     FROM participants p JOIN rooms r ON r.id = p.room_id
     WHERE p.id = $1 FOR UPDATE OF p`,
    [participantId],
  );
  const row = rows[0];
  if (!row) return null;
  const { p_id, p_name, p_is_room, p_joined_at, p_input_count, ...room } = row;
  return {
    room: room as unknown as RoomRow,
    participant: {
      id: p_id as string,
      room_id: room.id,
      name: p_name as string,
      is_room: p_is_room as boolean,
      joined_at: p_joined_at as Date,
      input_count: p_input_count as number,
    },
  };
}

export async function lastRunOf(db: Queryable, participantId: string): Promise<RunRow | null> {
  const rows = await db.query<RunRow & Record<string, unknown>>(
    'SELECT * FROM runs WHERE participant_id = $1 ORDER BY run_index DESC LIMIT 1',
    [participantId],
  );
  return rows[0] ?? null;
}

/** Inserts an accepted input and moves the participant's count to it, in one statement. */
export async function insertInput(
  db: Queryable,
  row: Omit<InputRow, 'received_at'> & { room_id: string; received_at: Date },
): Promise<void> {
  await db.query(
    `WITH added AS (
       INSERT INTO inputs (participant_id, seq, room_id, run_index, scenario_id, kind, choice_id, at,
         node_id, taken_choice_id, received_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING participant_id, seq)
     UPDATE participants SET input_count = added.seq FROM added WHERE participants.id = added.participant_id`,
    [
      row.participant_id,
      row.seq,
      row.room_id,
      row.run_index,
      row.scenario_id,
      row.kind,
      row.choice_id,
      row.at,
      row.node_id,
      row.taken_choice_id,
      row.received_at,
    ],
  );
}
