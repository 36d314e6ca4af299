/**
 * The live-room server: Fastify serves the built game and the HTTP API, socket.io the
 * real-time channel, on one origin and one port. With PostgreSQL, socket.io's PostgreSQL
 * adapter (LISTEN/NOTIFY) carries every room event to every server process behind the address.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import type { Server } from 'socket.io';
import type { ServerConfig } from './config';
import { loadLibrary, type Library } from './library';
import { openStore } from './store/open';
import { readPageCsp, securityHeaders } from './http/headers';
import { registerApi } from './http/api';
import { joinAddresses } from './http/addresses';
import { registerStatic } from './http/static';
import { createSocketServer, serveRooms } from './realtime/socket';
import { attachClusterAdapter } from './realtime/cluster';
import { socketPublisher } from './realtime/publisher';
import type { Publisher, RoomContext } from './rooms/context';
import { maintain } from './rooms/control';
import { RunCache } from './rooms/run-cache';
import { statementSink } from './lrs/outbox';
import { startForwarder, type Forwarder } from './lrs/forwarder';

export interface LiveServer {
  /** http://host:port of this process. */
  url: string;
  port: number;
  ctx: RoomContext;
  app: FastifyInstance;
  io: Server;
  forwarder: Forwarder | null;
  servesGame: boolean;
  close(): Promise<void>;
}

export interface StartOptions {
  /** The clock (tests move it to check closing times and retention). */
  now?: () => Date;
  library?: Library;
  log?: (error: unknown) => void;
}

function logError(error: unknown): void {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
}

function withNudge(publisher: Publisher, forwarder: () => Forwarder | null): Publisher {
  return {
    ...publisher,
    progress: (roomId, event) => {
      publisher.progress(roomId, event);
      forwarder()?.nudge();
    },
  };
}

function createApp(config: ServerConfig, headers: Record<string, string>): FastifyInstance {
  const app = Fastify({
    logger: false,
    bodyLimit: config.limits.maxMessageBytes,
    trustProxy: config.trustProxy,
  });
  app.addHook('onRequest', async (_request, reply) => {
    reply.headers(headers);
  });
  return app;
}

/** Listens, and says where: the port the OS gave (PORT=0 in tests) and a URL this host can open. */
async function listen(app: FastifyInstance, config: ServerConfig) {
  await app.listen({ host: config.host, port: config.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `http://${host === '0.0.0.0' || host === '[::]' ? '127.0.0.1' : host}:${port}`;
  return { port, url };
}

/** Ends rooms at their closing time and deletes old ones: once now, then on an interval. */
function startMaintenance(ctx: RoomContext): () => void {
  const timer = setInterval(
    () => void maintain(ctx).catch(ctx.log),
    ctx.config.maintenanceIntervalMs,
  );
  timer.unref();
  void maintain(ctx).catch(ctx.log);
  return () => clearInterval(timer);
}

export async function startLiveServer(
  config: ServerConfig,
  options: StartOptions = {},
): Promise<LiveServer> {
  const library = options.library ?? loadLibrary(config.scenariosDir);
  const log = options.log ?? logError;
  const db = await openStore(config);
  const headers = securityHeaders(readPageCsp(config.staticDir));
  const app = createApp(config, headers);
  const io = createSocketServer(app.server, config, headers);
  const closeAdapter = config.databaseUrl
    ? await attachClusterAdapter(io, config.databaseUrl, log)
    : async () => undefined;
  // The forwarder and the origin are known only once the server listens; these read them late.
  let forwarder: Forwarder | null = null;
  let origin = config.publicUrl ?? '';
  let addresses: string[] = [];
  const ctx: RoomContext = {
    db,
    library,
    config,
    now: options.now ?? (() => new Date()),
    publish: withNudge(socketPublisher(io), () => forwarder),
    statements: config.lrs ? statementSink((roomId) => `${origin}/live/rooms/${roomId}`) : null,
    log,
    runs: new RunCache(),
  };
  serveRooms(io, ctx);
  registerApi(app, ctx, () => addresses);
  const servesGame = await registerStatic(app, config.staticDir);
  const { port, url } = await listen(app, config);
  origin ||= url;
  addresses = joinAddresses(config, port);
  if (config.lrs) forwarder = startForwarder(db, config.lrs, { now: ctx.now });
  const stopMaintenance = startMaintenance(ctx);
  return {
    url,
    port,
    ctx,
    app,
    io,
    forwarder,
    servesGame,
    async close() {
      stopMaintenance();
      forwarder?.stop();
      // io.close() disconnects every socket, closes the adapter and the HTTP server with it.
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await app.close().catch(() => undefined);
      await closeAdapter();
      await db.close();
    },
  };
}
