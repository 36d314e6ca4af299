/**
 * The stores every server test runs on: the embedded store always, and a real PostgreSQL when
 * PG_TEST_URL is set (CI sets it). Each PostgreSQL use gets a schema of its own, dropped after,
 * so test files running side by side never see each other's rooms.
 */
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { projectRoot } from '../../../src/server/config';

export interface StoreVariant {
  name: 'embedded' | 'postgres';
  /** A fresh place for one server (or several sharing it): DATA_DIR or DATABASE_URL. */
  prepare(): Promise<PreparedStore>;
}

export interface PreparedStore {
  env: { DATA_DIR?: string; DATABASE_URL?: string };
  dispose(): Promise<void>;
}

/**
 * PGlite creates a database in several seconds; an empty one is made once per machine (per
 * PGlite version) and copied for each server, which takes a fraction of that.
 */
async function emptyDatabase(): Promise<string> {
  const manifest = join(projectRoot(), 'node_modules', '@electric-sql', 'pglite', 'package.json');
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  const template = join(tmpdir(), `live-pglite-empty-${version}`);
  if (existsSync(template)) return template;
  const building = mkdtempSync(join(tmpdir(), 'live-pglite-building-'));
  const db = await PGlite.create(join(building, 'pglite'));
  await db.close();
  try {
    renameSync(join(building, 'pglite'), template);
  } catch {
    // Another test file made it first: theirs is as good.
  }
  rmSync(building, { recursive: true, force: true });
  return template;
}

const embedded: StoreVariant = {
  name: 'embedded',
  async prepare() {
    const dir = mkdtempSync(join(tmpdir(), 'live-store-'));
    cpSync(await emptyDatabase(), join(dir, 'pglite'), { recursive: true });
    return {
      env: { DATA_DIR: dir },
      dispose: async () => rmSync(dir, { recursive: true, force: true }),
    };
  },
};

function withSchema(url: string, schema: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set('options', `-c search_path=${schema}`);
  return parsed.href;
}

function postgres(baseUrl: string): StoreVariant {
  return {
    name: 'postgres',
    async prepare() {
      const schema = `live_test_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: baseUrl });
      await admin.connect();
      await admin.query(`CREATE SCHEMA ${schema}`);
      await admin.end();
      return {
        env: { DATABASE_URL: withSchema(baseUrl, schema) },
        async dispose() {
          const client = new pg.Client({ connectionString: baseUrl });
          await client.connect();
          await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
          await client.end();
        },
      };
    },
  };
}

export function storeVariants(): StoreVariant[] {
  const url = process.env.PG_TEST_URL;
  return url ? [embedded, postgres(url)] : [embedded];
}
