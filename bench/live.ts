/**
 * Live rooms under load, on 127.0.0.1 only: 200 simulated participants (bounded) join one room
 * at once, all send an input at the same instant (the burst), then play at a human pace (a
 * seeded 1.5–4.5 s between inputs) for at most 60 s. Printed: p50/p95 from an input leaving a
 * participant to it reaching the facilitator's feed, and the server's CPU and memory, for the
 * embedded store and, when PG_TEST_URL (or BENCH_DATABASE_URL) names a database, PostgreSQL
 * with the facilitator on one server process and the participants on another.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createRoom } from '../src/live/http';
import { FacilitatorConnection } from '../src/live/facilitator';
import { ParticipantConnection } from '../src/live/participant';
import { resumeLiveRun, type LiveRun } from '../src/engine/session/live-run';
import { nextRandom, rngStateFromSeed } from '../src/engine/run/rng';
import type { SessionInput } from '../src/engine/session/types';
import { percentile, round, type BenchModule, type BenchRow } from './measure';
import { startServerProcess, type ServerProcess } from './live-process';
import { libraryScenario } from '../test/fixtures/facilitator/fixture';

const PARTICIPANTS = 200;
const PACED_LIMIT_MS = 60_000;
const THINK_MS = { min: 1500, max: 4500 };
const SCENARIO_FILE = 'saturday-returns.json';
const frozenClock = { setTimeout: () => 0, clearTimeout: () => undefined };
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

interface Player {
  connection: ParticipantConnection;
  run: LiveRun;
  issuedAt: number;
  random: () => number;
}

/** Arrival times at the facilitator, keyed "participant inputCount" or "join name". */
class FeedClock {
  readonly arrived = new Map<string, number>();
  readonly sent = new Map<string, number>();
  latencies(keys: readonly string[]): { values: number[]; lost: number } {
    const values: number[] = [];
    let lost = 0;
    for (const key of keys) {
      const arrived = this.arrived.get(key);
      const sent = this.sent.get(key);
      if (arrived === undefined || sent === undefined) lost += 1;
      else values.push(arrived - sent);
    }
    return { values, lost };
  }
}

/** The engine's own seeded generator, as a stream of numbers in [0, 1). */
function seeded(seed: number): () => number {
  let state = rngStateFromSeed(seed);
  return () => {
    const next = nextRandom(state);
    state = next.state;
    return next.value;
  };
}

function step(player: Player): SessionInput | null {
  const { run } = player;
  if (run.ended()) return null;
  const view = run.view();
  const at = Math.max(run.context().now + 1, Date.now() - player.issuedAt);
  const ok =
    view.kind === 'decision'
      ? run.choose(view.choices[Math.floor(player.random() * view.choices.length)]!.id, at)
      : run.continue(at);
  return ok ? (run.log().inputs.at(-1) ?? null) : null;
}

function sendNext(player: Player, clock: FeedClock): string | null {
  const input = step(player);
  if (!input) return null;
  const key = `${player.connection.state.participantId} ${player.run.log().inputs.length}`;
  clock.sent.set(key, Date.now());
  player.connection.send(input);
  return key;
}

async function waitFor(check: () => boolean, limitMs: number): Promise<void> {
  const started = Date.now();
  while (!check() && Date.now() - started < limitMs) await sleep(20);
}

async function pacedPlay(player: Player, clock: FeedClock, until: number): Promise<string[]> {
  const keys: string[] = [];
  while (Date.now() < until) {
    await sleep(THINK_MS.min + player.random() * (THINK_MS.max - THINK_MS.min));
    if (Date.now() >= until) break;
    const key = sendNext(player, clock);
    if (!key) break;
    keys.push(key);
  }
  return keys;
}

function latencyRows(
  label: string,
  phase: string,
  measured: { values: number[]; lost: number },
): BenchRow[] {
  const detail = `${measured.values.length} events${measured.lost ? `, ${measured.lost} not seen` : ''}`;
  return [
    {
      metric: `${label}: ${phase} p50`,
      value: round(percentile(measured.values, 50), 1),
      unit: 'ms',
      detail,
    },
    {
      metric: `${label}: ${phase} p95`,
      value: round(percentile(measured.values, 95), 1),
      unit: 'ms',
      detail,
    },
  ];
}

async function joinAll(url: string, code: string, clock: FeedClock): Promise<Player[]> {
  return Promise.all(
    Array.from({ length: PARTICIPANTS }, async (_, index) => {
      const name = `P${String(index + 1).padStart(3, '0')}`;
      clock.sent.set(`join ${name}`, Date.now());
      const connection = await ParticipantConnection.join(
        { url, ackTimeoutMs: 30_000 },
        code,
        name,
      );
      const scenario = libraryScenario(SCENARIO_FILE);
      const run = resumeLiveRun(scenario, connection.state.runs[0]!.log, 0, { clock: frozenClock });
      return { connection, run, issuedAt: Date.now(), random: seeded(index + 1) };
    }),
  );
}

interface Session {
  label: string;
  url: string;
  code: string;
  clock: FeedClock;
}

/** The three phases; returns the latency rows and what the run did. */
async function load(
  session: Session,
): Promise<{ rows: BenchRow[]; inputs: number; finished: number }> {
  const { clock } = session;
  const players = await joinAll(session.url, session.code, clock);
  try {
    const joins = players.map((player) => `join ${player.connection.state.name}`);
    await waitFor(() => joins.every((key) => clock.arrived.has(key)), 30_000);
    const burst = players
      .map((player) => sendNext(player, clock))
      .filter((key): key is string => key !== null);
    await waitFor(() => burst.every((key) => clock.arrived.has(key)), 30_000);
    const until = Date.now() + PACED_LIMIT_MS;
    const paced = (
      await Promise.all(players.map((player) => pacedPlay(player, clock, until)))
    ).flat();
    await waitFor(() => paced.every((key) => clock.arrived.has(key)), 10_000);
    return {
      rows: [
        ...latencyRows(session.label, 'join → feed', clock.latencies(joins)),
        ...latencyRows(session.label, 'burst input → feed', clock.latencies(burst)),
        ...latencyRows(session.label, 'paced input → feed', clock.latencies(paced)),
      ],
      inputs: burst.length + paced.length,
      finished: players.filter((player) => player.run.ended()).length,
    };
  } finally {
    for (const player of players) player.connection.close();
  }
}

/** One store: A serves the facilitator, B the participants (the same process when embedded). */
async function measure(label: string, a: ServerProcess, b: ServerProcess): Promise<BenchRow[]> {
  const scenario = libraryScenario(SCENARIO_FILE);
  const { room, facilitatorKey } = await createRoom(a.url, {
    scenarioId: scenario.id,
    mode: 'practice',
  });
  const facilitator = await FacilitatorConnection.open({
    url: a.url,
    roomId: room.id,
    key: facilitatorKey,
  });
  const clock = new FeedClock();
  facilitator.on('joined', (participant) =>
    clock.arrived.set(`join ${participant.name}`, Date.now()),
  );
  facilitator.on('progress', ({ participantId, run }) =>
    clock.arrived.set(`${participantId} ${run.log.inputs.length}`, Date.now()),
  );
  const servers = a === b ? [a] : [a, b];
  const cpuBefore = servers.reduce((sum, server) => sum + server.cpuSeconds(), 0);
  const started = Date.now();
  let rss = 0;
  const sampler = setInterval(() => {
    for (const server of servers) rss = Math.max(rss, server.rssMb());
  }, 250);
  try {
    const result = await load({ label, url: b.url, code: room.code, clock });
    const seconds = (Date.now() - started) / 1000;
    const cpu = servers.reduce((sum, server) => sum + server.cpuSeconds(), 0) - cpuBefore;
    const processes = servers.length > 1 ? 'the two processes together' : 'one process';
    return [
      ...result.rows,
      {
        metric: `${label}: inputs`,
        value: result.inputs,
        unit: '',
        detail: `${result.finished} of ${PARTICIPANTS} runs finished`,
      },
      {
        metric: `${label}: server CPU`,
        value: round((100 * cpu) / seconds, 1),
        unit: '%',
        detail: `of one core over ${round(seconds, 0)} s, ${processes}`,
      },
      {
        metric: `${label}: server RSS max`,
        value: round(rss, 0),
        unit: 'MB',
        detail: 'largest process, sampled every 250 ms',
      },
    ];
  } finally {
    clearInterval(sampler);
    facilitator.close();
  }
}

async function embeddedRows(): Promise<BenchRow[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'live-bench-'));
  const server = await startServerProcess({ DATA_DIR: dataDir });
  try {
    return await measure('embedded', server, server);
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function postgresRows(baseUrl: string): Promise<BenchRow[]> {
  const schema = `live_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const url = new URL(baseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const a = await startServerProcess({ DATABASE_URL: url.href });
  const b = await startServerProcess({ DATABASE_URL: url.href });
  try {
    return await measure('PostgreSQL, 2 processes', a, b);
  } finally {
    await a.stop();
    await b.stop();
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
  }
}

export const liveBench: BenchModule = {
  name: 'live',
  async run() {
    const rows = await embeddedRows();
    const database = process.env.BENCH_DATABASE_URL ?? process.env.PG_TEST_URL;
    if (database) rows.push(...(await postgresRows(database)));
    else
      rows.push({
        metric: 'PostgreSQL',
        value: 0,
        unit: '',
        detail: 'skipped: set PG_TEST_URL or BENCH_DATABASE_URL',
      });
    return rows;
  },
};
