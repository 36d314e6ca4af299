/**
 * The real-time channel: socket.io on the same HTTP server (one origin, one port). Each
 * connection gets a message budget; unknown events, wrong shapes and messages over the size
 * limit are refused (an oversized one closes that connection only); rooms go on untouched.
 */
import type { Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import { CLIENT_EVENTS } from '../../live/protocol';
import type { ServerConfig } from '../config';
import type { RoomContext } from '../rooms/context';
import { badRequest, type AckFn } from './handlers';
import { TokenBucket } from './rate-limit';
import { attachParticipantHandlers } from './participant-handlers';
import { attachFacilitatorHandlers } from './facilitator-handlers';

const KNOWN_EVENTS = new Set<string>(Object.values(CLIENT_EVENTS));
/** Refused messages in a row after which a connection is closed (a client ignoring its limits). */
const REFUSALS_BEFORE_DISCONNECT = 200;

export function createSocketServer(
  httpServer: HttpServer,
  config: ServerConfig,
  headers: Record<string, string>,
): Server {
  const io = new Server(httpServer, {
    serveClient: false,
    maxHttpBufferSize: config.limits.maxMessageBytes,
    pingInterval: 10_000,
    pingTimeout: 10_000,
  });
  // The handshake and long-polling responses carry the same security headers as every page.
  io.engine.on('headers', (outgoing: Record<string, string>) => Object.assign(outgoing, headers));
  return io;
}

function limitMessages(socket: Socket, config: ServerConfig): void {
  const perSecond = config.limits.messagesPerSecond;
  const bucket = new TokenBucket(perSecond, perSecond * 2, Date.now());
  let refusedInARow = 0;
  socket.use((packet, next) => {
    const [event] = packet;
    const ack = packet.at(-1);
    const refuse = (answer: unknown) => {
      refusedInARow += 1;
      if (typeof ack === 'function') (ack as AckFn)(answer);
      if (refusedInARow >= REFUSALS_BEFORE_DISCONNECT) socket.disconnect(true);
    };
    if (!bucket.take(Date.now())) {
      refuse({
        ok: false,
        error: { code: 'rate-limited', message: 'Too many messages at once; slow down.' },
      });
      return;
    }
    if (typeof event !== 'string' || !KNOWN_EVENTS.has(event)) {
      refuse(badRequest(`"${String(event).slice(0, 40)}" is not a message this server knows.`));
      return;
    }
    refusedInARow = 0;
    next();
  });
}

export function serveRooms(io: Server, ctx: RoomContext): void {
  io.on('connection', (socket) => {
    limitMessages(socket, ctx.config);
    attachParticipantHandlers(io, socket, ctx);
    attachFacilitatorHandlers(io, socket, ctx);
  });
}
