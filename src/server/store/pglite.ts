/**
 * The embedded store: PGlite keeps a whole PostgreSQL database in one folder, with nothing to
 * install or start. One process at a time may open the folder (see data-lock.ts).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Db, Queryable, Row } from './db';
import { lockDataDir } from './data-lock';

function wrap(target: PGlite | Transaction): Queryable {
  return {
    async query<T extends Row>(sql: string, params: readonly unknown[] = []) {
      const result = await target.query<T>(sql, params as unknown[]);
      return result.rows;
    },
    async exec(sql: string) {
      await target.exec(sql);
    },
  };
}

export async function openEmbedded(dataDir: string): Promise<Db> {
  mkdirSync(dataDir, { recursive: true });
  const unlock = lockDataDir(dataDir);
  let pg: PGlite;
  try {
    pg = await PGlite.create(join(dataDir, 'pglite'));
  } catch (error) {
    unlock();
    throw error;
  }
  const self = wrap(pg);
  return {
    kind: 'embedded',
    query: self.query,
    exec: self.exec,
    transaction: (work) => pg.transaction((tx) => work(wrap(tx))),
    close: async () => {
      await pg.close();
      unlock();
    },
  };
}
