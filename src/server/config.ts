/**
 * The server's settings, all from environment variables (docs/live-rooms.md lists them), read
 * and checked once at start: a wrong value stops the server with one sentence, never later.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export interface LrsConfig {
  /** The LRS's xAPI base, ending in "/" (statements go to `${endpoint}statements`). */
  endpoint: string;
  username: string;
  password: string;
}

export interface ServerLimits {
  maxParticipants: number;
  maxNameLength: number;
  maxMessageBytes: number;
  messagesPerSecond: number;
  /** Failed joins and resumes one connection may make per minute (guessing codes or tokens). */
  failedJoinsPerMinute: number;
}

export interface ServerConfig {
  host: string;
  port: number;
  /** Folder of the embedded store (PGlite); unused with databaseUrl. */
  dataDir: string;
  /** postgres://… : run on PostgreSQL instead of the embedded store. */
  databaseUrl: string | null;
  /** When set, creating a room needs it. */
  passcode: string | null;
  retentionDays: number;
  maxRoomHours: number;
  limits: ServerLimits;
  staticDir: string;
  scenariosDir: string;
  migrationsDir: string;
  /** The address people use (behind a proxy); used in xAPI statements and printed at start. */
  publicUrl: string | null;
  lrs: LrsConfig | null;
  /** How often rooms past their closing time are ended and expired rooms deleted. */
  maintenanceIntervalMs: number;
  /** How far ahead of the server's clock an input's run time may be (network and clock jitter). */
  timeSlackMs: number;
  trustProxy: boolean;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** The folder holding package.json, from the source tree or from the bundle in dist-server/. */
export function projectRoot(start: string = import.meta.dirname): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}

type Env = Record<string, string | undefined>;

function whole(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max} (it is "${raw}").`);
  }
  return value;
}

function lrsFrom(env: Env): LrsConfig | null {
  const endpoint = env.LRS_ENDPOINT?.trim();
  if (!endpoint) return null;
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new ConfigError(`LRS_ENDPOINT must be a URL such as https://lrs.example/xapi/.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new ConfigError('LRS_ENDPOINT must start with https:// (or http://).');
  const username = env.LRS_USERNAME ?? '';
  const password = env.LRS_PASSWORD ?? '';
  if (!username || !password)
    throw new ConfigError('LRS_ENDPOINT is set: LRS_USERNAME and LRS_PASSWORD are needed too.');
  return { endpoint: url.href.endsWith('/') ? url.href : `${url.href}/`, username, password };
}

function databaseUrlFrom(env: Env): string | null {
  const url = env.DATABASE_URL?.trim();
  if (!url) return null;
  if (!/^postgres(ql)?:\/\//.test(url))
    throw new ConfigError('DATABASE_URL must start with postgres:// (or postgresql://).');
  return url;
}

export function configFromEnv(env: Env = process.env): ServerConfig {
  const root = projectRoot();
  const passcode = env.FACILITATOR_PASSCODE ?? '';
  return {
    host: env.HOST?.trim() || '127.0.0.1',
    port: whole(env, 'PORT', 4173, 0, 65535),
    dataDir: resolve(env.DATA_DIR?.trim() || join(root, 'data')),
    databaseUrl: databaseUrlFrom(env),
    passcode: passcode === '' ? null : passcode,
    retentionDays: whole(env, 'RETENTION_DAYS', 30, 0, 3650),
    maxRoomHours: whole(env, 'ROOM_MAX_HOURS', 48, 1, 24 * 365),
    limits: {
      maxParticipants: whole(env, 'ROOM_MAX_PARTICIPANTS', 200, 1, 5000),
      maxNameLength: 40,
      maxMessageBytes: 16_384,
      messagesPerSecond: whole(env, 'MESSAGES_PER_SECOND', 20, 1, 1000),
      failedJoinsPerMinute: 20,
    },
    staticDir: resolve(env.STATIC_DIR?.trim() || join(root, 'dist')),
    scenariosDir: resolve(env.SCENARIOS_DIR?.trim() || join(root, 'scenarios')),
    migrationsDir: join(root, 'src', 'server', 'store', 'migrations'),
    publicUrl: env.PUBLIC_URL?.trim() || null,
    lrs: lrsFrom(env),
    maintenanceIntervalMs: whole(env, 'MAINTENANCE_INTERVAL_MS', 60_000, 50, 86_400_000),
    timeSlackMs: 2000,
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
  };
}
