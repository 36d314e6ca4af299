/**
 * A room as today's workshop file (src/facilitator/workshop-file.ts): the same sessions the
 * facilitator's live feed yields (src/live/feed-state.ts), so the offline tools open it and
 * replay every session with the same engine.
 */
import type { Workshop } from '../../facilitator/types';
import { feedFromSnapshot } from '../../live/feed-state';
import { feedSessions } from '../../facilitator/live-sessions';
import type { RoomContext } from './context';
import { feedSnapshot } from './feed';
import type { RoomRow } from './repo';

export async function roomWorkshop(ctx: RoomContext, room: RoomRow): Promise<Workshop> {
  const feed = feedFromSnapshot(await feedSnapshot(ctx, room, new Set()));
  const sessions = feedSessions(feed);
  return {
    id: room.id,
    name: room.name,
    createdAt: room.created_at.toISOString(),
    sessions,
    nextParticipant: sessions.length + 1,
  };
}
