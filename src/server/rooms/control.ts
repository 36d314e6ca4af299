/**
 * The facilitator's commands on a room (pause, resume, release debriefs, end, delete) and the
 * maintenance that ends rooms at their closing time and deletes them after the retention time.
 */
import type { RoomInfo } from '../../live/protocol';
import type { RoomContext } from './context';
import { fail } from './errors';
import { effectiveStatus, roomInfo, updateRoom, type RoomRow } from './repo';

export type ControlAction = 'pause' | 'resume' | 'release-debriefs' | 'end';

const DAY_MS = 86_400_000;

function assignmentFor(
  ctx: RoomContext,
  room: RoomRow,
  action: ControlAction,
): { sql: string; params: unknown[] } {
  const status = effectiveStatus(room, ctx.now());
  if (action === 'release-debriefs') return { sql: 'debriefs_released = true', params: [] };
  if (status === 'ended') fail('room-closed', 'This room has already ended.');
  if (action === 'pause') return { sql: "status = 'paused'", params: [] };
  if (action === 'resume') return { sql: "status = 'open'", params: [] };
  const now = ctx.now();
  return {
    sql: "status = 'ended', ended_at = $2, delete_after = $3",
    params: [now, new Date(now.getTime() + ctx.config.retentionDays * DAY_MS)],
  };
}

export async function controlRoom(
  ctx: RoomContext,
  room: RoomRow,
  action: ControlAction,
): Promise<RoomInfo> {
  const change = assignmentFor(ctx, room, action);
  const updated = await updateRoom(ctx.db, room.id, change.sql, change.params);
  if (!updated) fail('not-found', 'This room no longer exists.');
  const info = roomInfo(updated, ctx.now());
  ctx.publish.roomState(info);
  return info;
}

export async function deleteRoom(ctx: RoomContext, roomId: string): Promise<void> {
  await ctx.db.query('DELETE FROM rooms WHERE id = $1', [roomId]);
  ctx.publish.roomDeleted(roomId);
}

/** Ends rooms past their closing time and deletes rooms past their retention; returns counts. */
export async function maintain(ctx: RoomContext): Promise<{ ended: number; deleted: number }> {
  const now = ctx.now();
  const ended = await ctx.db.query<RoomRow & Record<string, unknown>>(
    `UPDATE rooms SET status = 'ended', ended_at = closes_at,
       delete_after = closes_at + ($2 * interval '1 day'), revision = revision + 1
     WHERE ended_at IS NULL AND closes_at <= $1 RETURNING *`,
    [now, ctx.config.retentionDays],
  );
  for (const room of ended) ctx.publish.roomState(roomInfo(room, now));
  const deleted = await ctx.db.query<{ id: string }>(
    'DELETE FROM rooms WHERE delete_after <= $1 RETURNING id',
    [now],
  );
  for (const { id } of deleted) ctx.publish.roomDeleted(id);
  return { ended: ended.length, deleted: deleted.length };
}
