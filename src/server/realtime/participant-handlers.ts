/**
 * A participant's connection: join with the room code and a name, or resume with the token;
 * from then on the connection speaks for that participant only (their inputs, their ballots).
 */
import type { Server, Socket } from 'socket.io';
import { CLIENT_EVENTS } from '../../live/protocol';
import { inputSchema, joinSchema, resumeSchema, voteSchema } from '../../live/protocol-schemas';
import type { RoomContext } from '../rooms/context';
import { fail, LiveFailure } from '../rooms/errors';
import { participantFeed } from '../rooms/feed';
import { acceptInput } from '../rooms/inputs';
import { joinRoom, participantForToken } from '../rooms/participants';
import { participantState } from '../rooms/participant-state';
import { participantById, roomById, type ParticipantRow, type RoomRow } from '../rooms/repo';
import { castBallot } from '../rooms/votes';
import { handlerFor } from './handlers';
import { MinuteCounter } from './rate-limit';
import { participantChannel, roomChannel } from './publisher';

interface ParticipantData {
  participantId?: string;
  roomId?: string;
}

/** Codes that mean "wrong guess": counted, so guessing codes or tokens soon stops. */
const GUESS_CODES = new Set(['not-found', 'unauthorized']);

async function bind(
  io: Server,
  socket: Socket,
  ctx: RoomContext,
  room: RoomRow,
  participant: ParticipantRow,
) {
  const data = socket.data as ParticipantData;
  if (data.roomId && data.roomId !== room.id) socket.leave(roomChannel(data.roomId));
  if (data.participantId && data.participantId !== participant.id)
    socket.leave(participantChannel(data.participantId));
  data.participantId = participant.id;
  data.roomId = room.id;
  await socket.join([roomChannel(room.id), participantChannel(participant.id)]);
  ctx.publish.presence(room.id, { participantId: participant.id, online: true });
}

async function presenceAfterLeaving(io: Server, ctx: RoomContext, data: ParticipantData) {
  if (!data.participantId || !data.roomId) return;
  const left = await io.in(participantChannel(data.participantId)).fetchSockets();
  if (left.length === 0)
    ctx.publish.presence(data.roomId, { participantId: data.participantId, online: false });
}

/** The participant this connection speaks for, read afresh (the room may have been deleted). */
async function current(
  ctx: RoomContext,
  socket: Socket,
): Promise<{ room: RoomRow; participant: ParticipantRow }> {
  const { participantId } = socket.data as ParticipantData;
  if (!participantId) fail('not-joined', 'Join the room (or resume) first.');
  const participant = await participantById(ctx.db, participantId);
  const room = participant ? await roomById(ctx.db, participant.room_id) : null;
  if (!participant || !room) fail('unauthorized', 'This room no longer exists.');
  return { room, participant };
}

/** Counts wrong codes and tokens on this connection; refuses all joins once there are too many. */
function guessGuard(ctx: RoomContext) {
  const guesses = new MinuteCounter(ctx.config.limits.failedJoinsPerMinute);
  return async <T>(work: () => Promise<T>): Promise<T> => {
    if (guesses.full(Date.now())) fail('too-many-attempts', 'Too many wrong codes; wait a minute.');
    try {
      return await work();
    } catch (error) {
      if (error instanceof LiveFailure && GUESS_CODES.has(error.code)) guesses.record(Date.now());
      throw error;
    }
  };
}

async function join(
  io: Server,
  socket: Socket,
  ctx: RoomContext,
  request: { code: string; name: string },
) {
  const { token, room, participant, stored } = await joinRoom(ctx, request.code, request.name);
  await bind(io, socket, ctx, room, participant);
  ctx.publish.joined(
    room.id,
    participantFeed(ctx, room, participant, stored.runs, stored.inputs, true),
  );
  return { token, state: await participantState(ctx, room, participant, stored) };
}

async function resume(io: Server, socket: Socket, ctx: RoomContext, token: string) {
  const { room, participant } = await participantForToken(ctx, token);
  await bind(io, socket, ctx, room, participant);
  return { state: await participantState(ctx, room, participant) };
}

export function attachParticipantHandlers(io: Server, socket: Socket, ctx: RoomContext): void {
  const guarded = guessGuard(ctx);
  const on = handlerFor(socket, ctx.log);
  on(CLIENT_EVENTS.join, joinSchema, (request) => guarded(() => join(io, socket, ctx, request)));
  on(CLIENT_EVENTS.resume, resumeSchema, ({ token }) =>
    guarded(() => resume(io, socket, ctx, token)),
  );
  on(CLIENT_EVENTS.input, inputSchema, async (message) => {
    const { participant } = await current(ctx, socket);
    return (await acceptInput(ctx, participant.id, message)).accepted;
  });
  on(CLIENT_EVENTS.vote, voteSchema, async (ballot) => {
    const { room, participant } = await current(ctx, socket);
    return { vote: await castBallot(ctx, room, participant, ballot) };
  });
  socket.on('disconnect', () => {
    presenceAfterLeaving(io, ctx, socket.data as ParticipantData).catch(ctx.log);
  });
}
