/**
 * Forwarding statements to the LRS: each accepted input's statements are written to an outbox
 * table in the input's own transaction, and a forwarder posts them in batches, retrying with
 * growing pauses while the LRS is down or refuses for a while. An LRS that is offline never
 * slows a room: inputs are acknowledged without waiting for it.
 */
import { randomUUID } from 'node:crypto';
import type { Db, Queryable } from '../store/db';
import type { LrsConfig } from '../config';
import type { AcceptedInputFact, StatementSink } from '../rooms/context';
import { XAPI_VERSION, answeredStatement, completedStatement, type Statement } from './statements';

const BATCH = 50;
const LEASE_MS = 60_000;
const MAX_PAUSE_MS = 10 * 60_000;
/** Refusals a retry cannot fix: the statement itself is wrong. Kept, marked failed, not resent. */
const PERMANENT = new Set([400, 409, 413]);

export function statementSink(homePage: (roomId: string) => string): StatementSink {
  return {
    async enqueue(tx: Queryable, fact: AcceptedInputFact) {
      const facts = {
        homePage: homePage(fact.room.id),
        participantName: fact.participant.name,
        roomCode: fact.room.code,
        registration: fact.run.registration,
        timestamp: fact.receivedAt.toISOString(),
      };
      const { scenario, replayed } = fact.rebuilt;
      const statements: Statement[] = [];
      const answered = answeredStatement(
        { ...facts, id: randomUUID() },
        scenario,
        replayed.snapshot.context,
      );
      if (answered) statements.push(answered);
      if (fact.result)
        statements.push(completedStatement({ ...facts, id: randomUUID() }, scenario, fact.result));
      for (const statement of statements) {
        await tx.query(
          'INSERT INTO lrs_outbox (room_id, statement, next_attempt_at) VALUES ($1, $2, $3)',
          [fact.room.id, JSON.stringify(statement), fact.receivedAt],
        );
      }
    },
  };
}

interface OutboxRow {
  id: number | string;
  statement: Statement;
  attempts: number;
}

export interface Forwarder {
  /** Sends what is due now (also called on a timer); resolves when the batch is done. */
  flush(): Promise<void>;
  nudge(): void;
  stop(): void;
}

export function startForwarder(
  db: Db,
  lrs: LrsConfig,
  options: { intervalMs?: number; now?: () => Date; log?: (message: string) => void } = {},
): Forwarder {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((message: string) => console.warn(message));
  const auth = `Basic ${Buffer.from(`${lrs.username}:${lrs.password}`).toString('base64')}`;
  let running: Promise<void> | null = null;
  let lastProblem = '';

  /**
   * Leases the oldest statements that are due, in order. While the oldest one waits for its
   * retry, nothing newer goes either: an LRS receives each participant's statements in order.
   */
  async function claim(): Promise<OutboxRow[]> {
    const at = now();
    return db.transaction(async (tx) => {
      const rows = await tx.query<OutboxRow & { next_attempt_at: Date } & Record<string, unknown>>(
        `SELECT id, statement, attempts, next_attempt_at FROM lrs_outbox WHERE NOT failed
         ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
      );
      const due: OutboxRow[] = [];
      for (const row of rows) {
        if (row.next_attempt_at.getTime() > at.getTime()) break;
        due.push(row);
      }
      if (due.length === 0) return [];
      await tx.query('UPDATE lrs_outbox SET next_attempt_at = $2 WHERE id = ANY($1::bigint[])', [
        due.map((row) => String(row.id)),
        new Date(at.getTime() + LEASE_MS),
      ]);
      return due;
    });
  }

  async function post(
    rows: OutboxRow[],
  ): Promise<{ ok: boolean; status: number; problem: string }> {
    try {
      const response = await fetch(`${lrs.endpoint}statements`, {
        method: 'POST',
        headers: {
          authorization: auth,
          'content-type': 'application/json',
          'x-experience-api-version': XAPI_VERSION,
        },
        body: JSON.stringify(rows.map((row) => row.statement)),
        signal: AbortSignal.timeout(15_000),
      });
      return {
        ok: response.ok,
        status: response.status,
        problem: `the LRS answered ${response.status}`,
      };
    } catch (error) {
      return {
        ok: false,
        status: 0,
        problem: `the LRS could not be reached (${(error as Error).message})`,
      };
    }
  }

  async function settle(rows: OutboxRow[], sent: { ok: boolean; status: number; problem: string }) {
    const ids = rows.map((row) => String(row.id));
    if (sent.ok) {
      await db.query('DELETE FROM lrs_outbox WHERE id = ANY($1::bigint[])', [ids]);
      if (lastProblem) log('LRS: statements are being delivered again.');
      lastProblem = '';
      return;
    }
    const attempts = Math.max(...rows.map((row) => row.attempts)) + 1;
    const pause = Math.min(MAX_PAUSE_MS, 1000 * 2 ** Math.min(attempts, 20));
    await db.query(
      `UPDATE lrs_outbox SET attempts = attempts + 1, last_error = $2, failed = $3,
         next_attempt_at = $4 WHERE id = ANY($1::bigint[])`,
      [ids, sent.problem, PERMANENT.has(sent.status), new Date(now().getTime() + pause)],
    );
    if (sent.problem !== lastProblem) log(`LRS: ${sent.problem}; statements are kept and retried.`);
    lastProblem = sent.problem;
  }

  async function drain(): Promise<void> {
    for (;;) {
      const rows = await claim();
      if (rows.length === 0) return;
      const sent = await post(rows);
      await settle(rows, sent);
      if (!sent.ok) return;
    }
  }

  const flush = (): Promise<void> => {
    running ??= drain()
      .catch((error: unknown) =>
        log(`LRS: forwarding stopped for now (${(error as Error).message}).`),
      )
      .finally(() => {
        running = null;
      });
    return running;
  };
  const timer = setInterval(() => void flush(), options.intervalMs ?? 5000);
  timer.unref();
  return { flush, nudge: () => void flush(), stop: () => clearInterval(timer) };
}
