/**
 * Keeping a room play in a workshop: the room's session log (with its roomVotes) joins a
 * workshop like any imported session, under the name the facilitator gives it ("Room" by
 * default), in an existing workshop or a new one. Pure: the machine saves the result.
 */
import type { SessionLog } from '../engine/session/types';
import { cleanAlias } from '../services/settings';
import { sessionKey } from './session-key';
import type { Workshop } from './types';
import { addSessions, emptyWorkshop, uniqueName } from './workshop-update';

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

function targetWorkshop(
  workshops: readonly Workshop[],
  request: KeepRoomRequest,
  newId: (prefix: string) => string,
): Workshop | string {
  const { target } = request;
  if (target.kind === 'existing') {
    const workshop = workshops.find((candidate) => candidate.id === target.workshopId);
    return workshop ?? 'That workshop is no longer on this computer; choose another.';
  }
  const name = target.name.trim();
  if (!name) return 'Give the new workshop a name first.';
  const unique = uniqueName(
    name,
    workshops.map((workshop) => workshop.name),
  );
  return emptyWorkshop(newId('workshop'), unique, request.now);
}

/** The workshop with the room's run in it, or why it cannot be kept. */
export function keepRoomRun(
  workshops: readonly Workshop[],
  request: KeepRoomRequest,
  newId: (prefix: string) => string,
): KeepRoomResult {
  const workshop = targetWorkshop(workshops, request, newId);
  if (typeof workshop === 'string') return { ok: false, message: workshop };
  // The same rule as imports: one run (scenario, seed, inputs) is kept once per workshop.
  const key = sessionKey(request.log);
  if (workshop.sessions.some((session) => sessionKey(session.log) === key))
    return { ok: false, message: `This room's run is already in “${workshop.name}”.` };
  const alias = cleanAlias(request.alias) || ROOM_ALIAS;
  const log: SessionLog = structuredClone({ ...request.log, alias });
  const updated = addSessions(
    workshop,
    [{ id: newId('session'), source: request.source, log }],
    request.now,
  );
  return { ok: true, workshop: updated, alias };
}
