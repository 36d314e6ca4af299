/**
 * Creating a room: a scenario or a track of the server's library, a short code, and a
 * facilitator key returned once. Room play also gets the room's shared run, moved on by votes.
 */
import { randomUUID } from 'node:crypto';
import { hashScenario } from '../../engine/session/hash';
import type { CreateRoomRequest, CreatedRoom } from '../../live/protocol';
import { createRoomSchema } from '../../live/protocol-schemas';
import { isUniqueViolation, type Queryable } from '../store/db';
import type { RoomContext } from './context';
import { fail } from './errors';
import { insertRun, roomInfo, type RoomRow } from './repo';
import { hashSecret, newId, newRoomCode, newSecret, newSeed, sameSecret } from './secrets';
import { scenarioOf } from './run-state';

export const ROOM_RUN_NAME = 'Room';
const CODE_ATTEMPTS = 8;

function scenarioIdsFor(ctx: RoomContext, body: ReturnType<typeof createRoomSchema.parse>) {
  if (body.trackId !== undefined) {
    const track = ctx.library.tracks.get(body.trackId);
    if (!track) fail('not-found', `This server has no track "${body.trackId}".`);
    if (body.style === 'room-play')
      fail('bad-request', 'Room play runs one scenario at a time; choose a scenario, not a track.');
    return { ids: track.scenarios, title: track.title };
  }
  const scenario = ctx.library.scenarios.get(body.scenarioId ?? '');
  if (!scenario) fail('not-found', `This server has no scenario "${body.scenarioId ?? ''}".`);
  return { ids: [scenario.id], title: scenario.title };
}

function closingTime(ctx: RoomContext, now: Date, closesAt: string | undefined): Date {
  const latest = new Date(now.getTime() + ctx.config.maxRoomHours * 3_600_000);
  if (closesAt === undefined) return latest;
  const time = new Date(closesAt);
  if (time.getTime() <= now.getTime()) fail('bad-request', 'The closing time is already past.');
  if (time.getTime() > latest.getTime())
    fail('bad-request', `A room can stay open at most ${ctx.config.maxRoomHours} hours.`);
  return time;
}

async function insertRoomRun(ctx: RoomContext, tx: Queryable, room: RoomRow): Promise<void> {
  const participantId = newId();
  await tx.query(
    `INSERT INTO participants (id, room_id, name, name_key, token_hash, is_room, joined_at)
     VALUES ($1, $2, $3, $4, NULL, true, $5)`,
    // Names never hold control characters (names.ts), so no participant can take this key.
    [participantId, room.id, ROOM_RUN_NAME, '\u0001room', room.created_at],
  );
  const scenario = scenarioOf(ctx.library, room.scenario_ids[0] ?? '');
  await insertRun(tx, {
    participant_id: participantId,
    run_index: 0,
    room_id: room.id,
    scenario_id: scenario.id,
    scenario_hash: hashScenario(scenario),
    seed: newSeed(),
    started_at: room.created_at.toISOString(),
    issued_at: room.created_at,
    registration: randomUUID(),
    ended: false,
  });
}

async function insertRoom(ctx: RoomContext, row: RoomRow): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO rooms (id, code, key_hash, name, scenario_ids, track_id, time_pressure, mode,
         style, status, debriefs_released, created_at, closes_at, revision)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, false, $11, $12, 1)`,
      [
        row.id,
        row.code,
        row.key_hash,
        row.name,
        JSON.stringify(row.scenario_ids),
        row.track_id,
        row.time_pressure,
        row.mode,
        row.style,
        row.status,
        row.created_at,
        row.closes_at,
      ],
    );
    if (row.style === 'room-play') await insertRoomRun(ctx, tx, row);
  });
}

export async function createRoom(ctx: RoomContext, request: unknown): Promise<CreatedRoom> {
  const parsed = createRoomSchema.safeParse(request);
  if (!parsed.success)
    fail('bad-request', `The room request is not valid: ${parsed.error.issues[0]?.message ?? ''}.`);
  const body = parsed.data;
  if (ctx.config.passcode !== null && !sameSecret(body.passcode ?? '', ctx.config.passcode))
    fail('passcode', 'The facilitator passcode is not right.');
  const { ids, title } = scenarioIdsFor(ctx, body);
  const now = ctx.now();
  const facilitatorKey = newSecret();
  const base: Omit<RoomRow, 'code'> = {
    id: newId(),
    key_hash: hashSecret(facilitatorKey),
    name: body.name?.trim() || title,
    scenario_ids: [...ids],
    track_id: body.trackId ?? null,
    // Room play is a discussion, not a race: untimed, as the offline room play.
    time_pressure: body.style === 'room-play' ? 'off' : body.timePressure,
    mode: body.mode,
    style: body.style,
    status: 'open',
    debriefs_released: false,
    created_at: now,
    closes_at: closingTime(ctx, now, body.closesAt),
    ended_at: null,
    delete_after: null,
    revision: 1,
  };
  for (let attempt = 0; attempt < CODE_ATTEMPTS; attempt += 1) {
    const row: RoomRow = { ...base, code: newRoomCode() };
    try {
      await insertRoom(ctx, row);
      return { room: roomInfo(row, now), facilitatorKey };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new Error('Could not find a free room code.');
}

export type { CreateRoomRequest };
