/**
 * The forwarder: posts the outbox's statements to the LRS in batches, in order, on a timer and
 * whenever an input has just been stored, retrying with growing pauses while the LRS is down or
 * refusing. Problems are logged once per change, in plain words.
 */
import type { Db } from '../store/db';
import type { LrsConfig } from '../config';
import { claimDue, settle, type OutboxRow } from './outbox';
import { XAPI_VERSION } from './statements';

/** Refusals a retry cannot fix: the statement itself is wrong. Kept, marked failed, not resent. */
const PERMANENT = new Set([400, 409, 413]);

export interface Forwarder {
  /** Sends what is due now (also called on a timer); resolves when that is done. */
  flush(): Promise<void>;
  nudge(): void;
  stop(): void;
}

interface Sent {
  delivered: boolean;
  permanent: boolean;
  problem: string;
}

async function post(lrs: LrsConfig, rows: readonly OutboxRow[]): Promise<Sent> {
  const auth = `Basic ${Buffer.from(`${lrs.username}:${lrs.password}`).toString('base64')}`;
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
      delivered: response.ok,
      permanent: PERMANENT.has(response.status),
      problem: `the LRS answered ${response.status}`,
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      delivered: false,
      permanent: false,
      problem: `the LRS could not be reached (${reason})`,
    };
  }
}

export function startForwarder(
  db: Db,
  lrs: LrsConfig,
  options: { intervalMs?: number; now?: () => Date; log?: (message: string) => void } = {},
): Forwarder {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((message: string) => console.warn(message));
  let running: Promise<void> | null = null;
  let lastProblem = '';

  const report = (sent: Sent) => {
    if (sent.delivered && lastProblem) log('LRS: statements are being delivered again.');
    if (!sent.delivered && sent.problem !== lastProblem)
      log(`LRS: ${sent.problem}; statements are kept and retried.`);
    lastProblem = sent.delivered ? '' : sent.problem;
  };

  async function drain(): Promise<void> {
    for (;;) {
      const rows = await claimDue(db, now());
      if (rows.length === 0) return;
      const sent = await post(lrs, rows);
      await settle(db, rows, { ...sent, at: now() });
      report(sent);
      if (!sent.delivered) return;
    }
  }

  const flush = (): Promise<void> => {
    running ??= drain()
      .catch((error: unknown) => log(`LRS: forwarding stopped for now (${String(error)}).`))
      .finally(() => {
        running = null;
      });
    return running;
  };
  const timer = setInterval(() => void flush(), options.intervalMs ?? 5000);
  timer.unref();
  return { flush, nudge: () => void flush(), stop: () => clearInterval(timer) };
}
