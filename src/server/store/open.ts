/** Opens the store the settings ask for and brings its tables up to date. */
import type { ServerConfig } from '../config';
import type { Db } from './db';
import { migrate, readMigrations } from './migrate';
import { openEmbedded } from './pglite';
import { openPostgres } from './postgres';

export async function openStore(config: ServerConfig): Promise<Db> {
  const db = config.databaseUrl
    ? await openPostgres(config.databaseUrl)
    : await openEmbedded(config.dataDir);
  try {
    await migrate(db, readMigrations(config.migrationsDir));
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
