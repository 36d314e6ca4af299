/**
 * The setup each server test file shares, written once: a fresh store of the variant for the
 * file, a server on it, and rooms, joins and facilitator feeds through the clients the game
 * itself uses. Everything a test opens is kept and closed when the file ends, last opened
 * first (connections before the proxy they went through, all of them before the server), and
 * the store is disposed after.
 */
import { afterAll, beforeAll } from 'vitest';
import { createRoom } from '../../../src/live/http';
import type { CreateRoomRequest, CreatedRoom } from '../../../src/live/protocol';
import { FacilitatorConnection } from '../../../src/live/facilitator';
import { ParticipantConnection, type ParticipantOptions } from '../../../src/live/participant';
import type { ConnectionOptions } from '../../../src/live/channel';
import type { PreparedStore, StoreVariant } from './stores';
import { startTestServer, type TestServer } from './live-server';

/** Anything the file opens and must close: a connection, a proxy, a server (async is awaited). */
export interface Closable {
  close(): unknown;
}

export interface StoreUse {
  /** The file's store (after its beforeAll). */
  readonly store: PreparedStore;
  /** Closes `thing` when the file ends; returns it, so a test can open and keep in one line. */
  keep<T extends Closable>(thing: T): T;
}

/** A fresh store of `variant` for this test file, and the list of what to close after it. */
export function useStore(variant: StoreVariant): StoreUse {
  let store: PreparedStore | null = null;
  const kept: Closable[] = [];
  beforeAll(async () => {
    store = await variant.prepare();
  });
  afterAll(async () => {
    for (const thing of kept.reverse()) await thing.close();
    await store?.dispose();
  });
  return {
    get store() {
      if (!store) throw new Error('The store is ready only once beforeAll has run.');
      return store;
    },
    keep(thing) {
      kept.push(thing);
      return thing;
    },
  };
}

type Env = Record<string, string>;
/** How a connection reaches the server; the URL is the test server's unless given. */
type Reach<T extends ConnectionOptions> = Partial<Omit<T, 'roomId' | 'key'>>;

export interface ServerUse extends StoreUse {
  /** The file's server (after its beforeAll). */
  readonly server: TestServer;
  room(request: CreateRoomRequest): Promise<CreatedRoom>;
  join(
    code: string,
    name: string,
    reach?: Reach<ParticipantOptions>,
  ): Promise<ParticipantConnection>;
  /** Carries on with a token (from `reach.store` when not given), as a reload or another device. */
  resume(token?: string, reach?: Reach<ParticipantOptions>): Promise<ParticipantConnection>;
  /** The facilitator's live feed of a room, as the facilitator's page opens it. */
  watch(
    roomId: string,
    key: string,
    reach?: Reach<ConnectionOptions>,
  ): Promise<FacilitatorConnection>;
  /** A new room with its facilitator watching. */
  roomWithFacilitator(
    request: CreateRoomRequest,
  ): Promise<CreatedRoom & { facilitator: FacilitatorConnection }>;
  /** How many rows the store holds for a room, across rooms, participants, runs and inputs. */
  rowsOf(roomId: string): Promise<number>;
}

/**
 * A server on a fresh store of `variant` for this test file. `env` adds settings (a function
 * when they are known only in an earlier beforeAll, such as the address of a test LRS).
 */
export function useTestServer(variant: StoreVariant, env: Env | (() => Env) = {}): ServerUse {
  const files = useStore(variant);
  let server: TestServer | null = null;
  beforeAll(async () => {
    const started = await startTestServer(files.store, typeof env === 'function' ? env() : env);
    files.keep({ close: () => started.stop() });
    server = started;
  });
  const live = (): TestServer => {
    if (!server) throw new Error('The server is ready only once beforeAll has run.');
    return server;
  };
  const use: ServerUse = {
    keep: files.keep,
    get store() {
      return files.store;
    },
    get server() {
      return live();
    },
    room: (request) => createRoom(live().url, request),
    join: async (code, name, reach = {}) =>
      files.keep(await ParticipantConnection.join({ url: live().url, ...reach }, code, name)),
    resume: async (token, reach = {}) =>
      files.keep(await ParticipantConnection.resume({ url: live().url, ...reach }, token)),
    watch: async (roomId, key, reach = {}) =>
      files.keep(await FacilitatorConnection.open({ url: live().url, ...reach, roomId, key })),
    async roomWithFacilitator(request) {
      const created = await use.room(request);
      const facilitator = await use.watch(created.room.id, created.facilitatorKey);
      return { ...created, facilitator };
    },
    async rowsOf(roomId) {
      const [row] = await live().ctx.db.query<{ n: number }>(
        `SELECT (SELECT count(*) FROM rooms WHERE id = $1) + (SELECT count(*) FROM participants WHERE room_id = $1)
           + (SELECT count(*) FROM runs WHERE room_id = $1) + (SELECT count(*) FROM inputs WHERE room_id = $1) AS n`,
        [roomId],
      );
      return Number(row?.n);
    },
  };
  return use;
}
