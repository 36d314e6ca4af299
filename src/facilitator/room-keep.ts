/**
 * Keeping a room play in a workshop: the room's session log (with its roomVotes) is stored
 * like any imported session, under the name the facilitator gives it ("Room" by default),
 * in an existing workshop or a new one.
 */
import type { SessionLog } from '../engine/session/types';
import { sessionKey } from './intake';
import { newId, type WorkshopStore } from './store';
import type { Workshop } from './types';

export const ROOM_ALIAS = 'Room';

export type RoomTarget = { kind: 'existing'; workshopId: string } | { kind: 'new'; name: string };

export interface KeepRoomRequest {
  log: SessionLog;
  target: RoomTarget;
  /** The participant name in the workshop; blank means "Room". */
  alias: string;
  /** Shown as the session's source, where a file name would be. */
  source: string;
  /** ISO time, for addedAt (and createdAt of a new workshop). */
  now: string;
}

export type KeepRoomResult =
  { ok: true; workshop: Workshop; alias: string } | { ok: false; message: string };

async function targetWorkshop(
  store: WorkshopStore,
  target: RoomTarget,
  now: string,
): Promise<Workshop | string> {
  if (target.kind === 'existing') {
    const workshop = await store.get(target.workshopId);
    return workshop ?? 'That workshop is no longer on this computer; choose another.';
  }
  const name = target.name.trim();
  if (!name) return 'Give the new workshop a name first.';
  return { id: newId('workshop'), name, createdAt: now, sessions: [] };
}

export async function keepRoomRun(
  store: WorkshopStore,
  request: KeepRoomRequest,
): Promise<KeepRoomResult> {
  const workshop = await targetWorkshop(store, request.target, request.now);
  if (typeof workshop === 'string') return { ok: false, message: workshop };
  // The same rule as imports: one run (scenario, seed, inputs) is kept once per workshop.
  const key = sessionKey(request.log);
  if (workshop.sessions.some((session) => sessionKey(session.log) === key))
    return { ok: false, message: `This room's run is already in “${workshop.name}”.` };
  const alias = request.alias.trim() || ROOM_ALIAS;
  const log: SessionLog = structuredClone({ ...request.log, alias });
  workshop.sessions.push({
    id: newId('session'),
    source: request.source,
    addedAt: request.now,
    log,
  });
  await store.put(workshop);
  return { ok: true, workshop, alias };
}
