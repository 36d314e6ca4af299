/**
 * The live-room HTTP API (docs/live-rooms.md): whether live rooms exist here, creating a room,
 * exporting it as a workshop file and deleting it. Errors are JSON `{ error: { code, message } }`.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { workshopFileName } from '../../facilitator/workshop-file';
import {
  LIVE_API_FORMAT,
  LIVE_PROTOCOL_VERSION,
  type ErrorCode,
  type LiveCapabilities,
} from '../../live/protocol';
import type { RoomContext } from '../rooms/context';
import { createRoom } from '../rooms/create';
import { deleteRoom } from '../rooms/control';
import { fail, toLiveError } from '../rooms/errors';
import { roomWorkshop } from '../rooms/export';
import { roomForKey } from '../rooms/feed';
import { workshopToFile } from '../../facilitator/workshop-file';

const STATUS: Partial<Record<ErrorCode, number>> = {
  'bad-request': 400,
  unauthorized: 401,
  passcode: 403,
  'not-found': 404,
  'rate-limited': 429,
  internal: 500,
};

export function capabilities(ctx: RoomContext, joinAddresses: string[]): LiveCapabilities {
  const { config } = ctx;
  return {
    format: LIVE_API_FORMAT,
    version: LIVE_PROTOCOL_VERSION,
    passcodeRequired: config.passcode !== null,
    joinAddresses,
    limits: {
      maxParticipants: config.limits.maxParticipants,
      maxNameLength: config.limits.maxNameLength,
      maxMessageBytes: config.limits.maxMessageBytes,
      messagesPerSecond: config.limits.messagesPerSecond,
      retentionDays: config.retentionDays,
      maxRoomHours: config.maxRoomHours,
    },
    library: ctx.library.summary(),
  };
}

function bearer(request: FastifyRequest): string {
  const header = request.headers.authorization ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1])
    fail('unauthorized', 'Send the facilitator key as "Authorization: Bearer <key>".');
  return match[1];
}

async function answer(ctx: RoomContext, reply: FastifyReply, work: () => Promise<unknown>) {
  try {
    return await work();
  } catch (error) {
    const live = toLiveError(error, ctx.log);
    return reply.code(STATUS[live.code] ?? 400).send({ error: live });
  }
}

/** `joinAddresses` is read on each request: the port is known only once the server listens. */
export function registerApi(
  app: FastifyInstance,
  ctx: RoomContext,
  joinAddresses: () => string[],
): void {
  app.get('/api/live', async () => capabilities(ctx, joinAddresses()));

  app.post('/api/rooms', (request, reply) =>
    answer(ctx, reply, async () => reply.code(201).send(await createRoom(ctx, request.body ?? {}))),
  );

  app.get<{ Params: { roomId: string } }>('/api/rooms/:roomId/export', (request, reply) =>
    answer(ctx, reply, async () => {
      const room = await roomForKey(ctx, request.params.roomId, bearer(request));
      const workshop = await roomWorkshop(ctx, room);
      return reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="${workshopFileName(workshop)}"`)
        .header('cache-control', 'no-store')
        .send(workshopToFile(workshop));
    }),
  );

  app.delete<{ Params: { roomId: string } }>('/api/rooms/:roomId', (request, reply) =>
    answer(ctx, reply, async () => {
      const room = await roomForKey(ctx, request.params.roomId, bearer(request));
      await deleteRoom(ctx, room.id);
      return reply.code(204).send();
    }),
  );

  app.all('/api/*', (_request, reply) =>
    reply.code(404).send({ error: { code: 'not-found', message: 'No such API endpoint.' } }),
  );
}
