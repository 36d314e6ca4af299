/**
 * Several server processes behind one address: socket.io's PostgreSQL adapter carries every
 * room event to every process (LISTEN/NOTIFY; payloads over 8 KB through its attachments
 * table). It gets a small pool of its own, so a notification never waits behind room work for a
 * connection (with a shared pool, a burst of 200 joins delayed every event by seconds).
 */
import { createAdapter } from '@socket.io/postgres-adapter';
import pg from 'pg';
import type { Server } from 'socket.io';

/** Attaches the adapter; resolves to what closes its pool (after io.close()). */
export async function attachClusterAdapter(
  io: Server,
  databaseUrl: string,
  log: (error: unknown) => void,
): Promise<() => Promise<void>> {
  // One LISTEN connection, plus room for NOTIFY and attachment queries.
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 3 });
  pool.on('error', (error) => log(error));
  const [row] = (await pool.query<{ schema: string }>('SELECT current_schema() AS schema')).rows;
  io.adapter(
    createAdapter(pool, {
      // One channel per database schema, so separate deployments in one database stay apart.
      channelPrefix: `live-rooms:${row?.schema ?? 'public'}`,
      errorHandler: log,
      heartbeatInterval: 2000,
      heartbeatTimeout: 6000,
    }),
  );
  return () => pool.end();
}
