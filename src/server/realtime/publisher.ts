/**
 * Room events into socket.io rooms: `room:<id>` reaches everyone in a room, `fac:<id>` its
 * facilitators. With PostgreSQL, socket.io's adapter carries them to every server process.
 */
import type { Server } from 'socket.io';
import { SERVER_EVENTS } from '../../live/protocol';
import type { Publisher } from '../rooms/context';

export const roomChannel = (roomId: string) => `room:${roomId}`;
export const facilitatorChannel = (roomId: string) => `fac:${roomId}`;
export const participantChannel = (participantId: string) => `p:${participantId}`;

export function socketPublisher(io: Server): Publisher {
  return {
    roomState: (room) => io.to(roomChannel(room.id)).emit(SERVER_EVENTS.roomState, room),
    // The sockets stay in the room's channels: nothing is sent there any more, and making them
    // leave now could overtake the event (the adapter delivers it after a database round trip).
    roomDeleted: (roomId) => io.to(roomChannel(roomId)).emit(SERVER_EVENTS.roomDeleted, { roomId }),
    joined: (roomId, participant) =>
      io.to(facilitatorChannel(roomId)).emit(SERVER_EVENTS.joined, participant),
    progress: (roomId, event) =>
      io.to(facilitatorChannel(roomId)).emit(SERVER_EVENTS.progress, event),
    roomRun: (roomId, run) => io.to(roomChannel(roomId)).emit(SERVER_EVENTS.roomRun, run),
    vote: (roomId, vote) => io.to(roomChannel(roomId)).emit(SERVER_EVENTS.voteState, vote),
    presence: (roomId, event) =>
      io.to(facilitatorChannel(roomId)).emit(SERVER_EVENTS.presence, event),
  };
}
