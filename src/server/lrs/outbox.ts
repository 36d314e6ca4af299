/**
 * The LRS outbox: each accepted input's statements are written to a table in the input's own
 * transaction (so they are as durable as the input), then leased, sent and settled by the
 * forwarder (forwarder.ts). An LRS that is offline never slows a room.
 */
import { randomUUID } from 'node:crypto';
import type { Db, Queryable } from '../store/db';
import type { AcceptedInputFact, StatementSink } from '../rooms/context';
import { answeredStatement, completedStatement, type Statement } from './statements';

const BATCH = 50;
const LEASE_MS = 60_000;
const MAX_PAUSE_MS = 10 * 60_000;

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

export interface OutboxRow {
  id: number | string;
  statement: Statement;
  attempts: number;
}

/**
 * Leases the oldest statements that are due, in order. While the oldest one waits for its
 * retry, nothing newer goes either: an LRS receives each participant's statements in order.
 */
export async function claimDue(db: Db, at: Date): Promise<OutboxRow[]> {
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

/** Delivered statements leave the outbox; the others wait longer after each failed attempt. */
export async function settle(
  db: Db,
  rows: readonly OutboxRow[],
  outcome: { delivered: boolean; permanent: boolean; problem: string; at: Date },
): Promise<void> {
  const ids = rows.map((row) => String(row.id));
  if (outcome.delivered) {
    await db.query('DELETE FROM lrs_outbox WHERE id = ANY($1::bigint[])', [ids]);
    return;
  }
  const attempts = Math.max(...rows.map((row) => row.attempts)) + 1;
  const pause = Math.min(MAX_PAUSE_MS, 1000 * 2 ** Math.min(attempts, 20));
  await db.query(
    `UPDATE lrs_outbox SET attempts = attempts + 1, last_error = $2, failed = $3,
       next_attempt_at = $4 WHERE id = ANY($1::bigint[])`,
    [ids, outcome.problem, outcome.permanent, new Date(outcome.at.getTime() + pause)],
  );
}
