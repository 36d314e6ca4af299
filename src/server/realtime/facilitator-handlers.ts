/**
 * A facilitator's connection: `fac.watch` with the room id and the facilitator key opens the
 * feed; the commands then act on that room only. A participant token is no key: it opens nothing here.
 */
import type { Server, Socket } from 'socket.io';
import { CLIENT_EVENTS } from '../../live/protocol';
import {
  closeVoteSchema,
  controlSchema,
  emptySchema,
  watchSchema,
} from '../../live/protocol-schemas';
import type { RoomContext } from '../rooms/context';
import { controlRoom } from '../rooms/control';
import { fail, LiveFailure } from '../rooms/errors';
import { feedSnapshot, roomForKey } from '../rooms/feed';
import { roomById, type RoomRow } from '../rooms/repo';
import { continueRoomRun, openVote } from '../rooms/room-play';
import { closeVote } from '../rooms/votes';
import { handlerFor } from './handlers';
import { MinuteCounter } from './rate-limit';
import { facilitatorChannel, roomChannel } from './publisher';

interface FacilitatorData {
  facilitatorRoomId?: string;
  participantId?: string;
}

async function onlineParticipants(io: Server, roomId: string): Promise<Set<string>> {
  const sockets = await io.in(roomChannel(roomId)).fetchSockets();
  const ids = sockets.map((socket) => (socket.data as FacilitatorData).participantId);
  return new Set(ids.filter((id): id is string => typeof id === 'string'));
}

async function watchedRoom(ctx: RoomContext, socket: Socket): Promise<RoomRow> {
  const { facilitatorRoomId } = socket.data as FacilitatorData;
  if (!facilitatorRoomId) fail('unauthorized', 'Open the room with its facilitator key first.');
  const room = await roomById(ctx.db, facilitatorRoomId);
  if (!room) fail('not-found', 'This room no longer exists.');
  return room;
}

/** Checks the key (counting wrong ones), then joins the room's channels and sends the snapshot. */
async function watch(
  io: Server,
  socket: Socket,
  ctx: RoomContext,
  wrongKeys: MinuteCounter,
  request: { roomId: string; key: string },
) {
  if (wrongKeys.full(Date.now())) fail('too-many-attempts', 'Too many wrong keys; wait a minute.');
  let room: RoomRow;
  try {
    room = await roomForKey(ctx, request.roomId, request.key);
  } catch (error) {
    if (error instanceof LiveFailure) wrongKeys.record(Date.now());
    throw error;
  }
  const data = socket.data as FacilitatorData;
  if (data.facilitatorRoomId && data.facilitatorRoomId !== room.id) {
    socket.leave(facilitatorChannel(data.facilitatorRoomId));
    socket.leave(roomChannel(data.facilitatorRoomId));
  }
  data.facilitatorRoomId = room.id;
  // Join first, then read: an event committed meanwhile is in the snapshot, the feed or both.
  await socket.join([roomChannel(room.id), facilitatorChannel(room.id)]);
  return { feed: await feedSnapshot(ctx, room, await onlineParticipants(io, room.id)) };
}

export function attachFacilitatorHandlers(io: Server, socket: Socket, ctx: RoomContext): void {
  const wrongKeys = new MinuteCounter(ctx.config.limits.failedJoinsPerMinute);
  const on = handlerFor(socket, ctx.log);
  const room = () => watchedRoom(ctx, socket);
  on(CLIENT_EVENTS.watch, watchSchema, (request) => watch(io, socket, ctx, wrongKeys, request));
  on(CLIENT_EVENTS.control, controlSchema, async ({ action }) => ({
    room: await controlRoom(ctx, await room(), action),
  }));
  on(CLIENT_EVENTS.continueRoom, emptySchema, async () => ({
    run: await continueRoomRun(ctx, await room()),
  }));
  on(CLIENT_EVENTS.openVote, emptySchema, async () => ({
    vote: await openVote(ctx, await room()),
  }));
  on(CLIENT_EVENTS.closeVote, closeVoteSchema, async (request) =>
    closeVote(ctx, await room(), request),
  );
}
