/**
 * Statements go to the LRS one at a time, in the order they were made (cmi5 judges order by
 * timestamp, and "initialized" must come first and "terminated" last). A statement the LRS cannot
 * take now (offline, 5xx, 408, 429) stays at the head of the queue and is sent again after a
 * growing pause; one it refuses for good (another 4xx) is dropped, so it never blocks the rest.
 */
import type { XapiStatement } from './statements';

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface QueueHooks {
  /** The LRS could not be reached (reported once by the caller). */
  unreachable(): void;
  /** The LRS refused a statement with this HTTP status. */
  refused(status: number): void;
}

/** Throws an error with `status` (the HTTP status) or without it (no answer at all). */
export type SendStatement = (statement: XapiStatement) => Promise<unknown>;

const DEFAULT_DELAYS_MS = [1000, 2000, 5000, 10_000, 30_000, 60_000];

function statusOf(error: unknown): number | undefined {
  const response = (error as { response?: { status?: unknown } } | null)?.response;
  const status = response?.status ?? (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

function isPermanent(status: number | undefined): status is number {
  return status !== undefined && status >= 400 && status < 500 && status !== 408 && status !== 429;
}

export class StatementQueue {
  private readonly waiting: XapiStatement[] = [];
  private sending = false;
  private failures = 0;
  private retryHandle: unknown = null;
  private idleWaiters: Array<() => void> = [];

  constructor(
    private readonly send: SendStatement,
    private readonly hooks: QueueHooks,
    private readonly timers: Timers = globalThis,
    private readonly delaysMs: readonly number[] = DEFAULT_DELAYS_MS,
  ) {}

  push(statement: XapiStatement): void {
    this.waiting.push(statement);
    void this.pump();
  }

  /** Statements not yet accepted by the LRS, oldest first. */
  pending(): XapiStatement[] {
    return [...this.waiting];
  }

  /** Removes and returns every waiting statement (for a last send as the page closes). */
  takeAll(): XapiStatement[] {
    this.cancelRetry();
    return this.waiting.splice(0);
  }

  /** Try again now (the browser came back online). */
  retryNow(): void {
    this.cancelRetry();
    void this.pump();
  }

  /** Resolves once every statement pushed so far is sent or dropped. */
  whenIdle(): Promise<void> {
    if (this.waiting.length === 0 && !this.sending) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private cancelRetry(): void {
    if (this.retryHandle !== null) this.timers.clearTimeout(this.retryHandle);
    this.retryHandle = null;
  }

  private async pump(): Promise<void> {
    if (this.sending || this.retryHandle !== null) return;
    this.sending = true;
    try {
      while (this.waiting.length > 0) {
        const head = this.waiting[0] as XapiStatement;
        const outcome = await this.sendOne(head);
        if (outcome === 'retry') return this.scheduleRetry();
        if (this.waiting[0] === head) this.waiting.shift();
      }
    } finally {
      this.sending = false;
      if (this.waiting.length === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
    }
  }

  private async sendOne(statement: XapiStatement): Promise<'done' | 'retry'> {
    try {
      await this.send(statement);
      this.failures = 0;
      return 'done';
    } catch (error) {
      const status = statusOf(error);
      if (isPermanent(status)) {
        // 409: the LRS already holds a statement with this id (a resend after a lost answer).
        if (status !== 409) this.hooks.refused(status);
        return 'done';
      }
      this.hooks.unreachable();
      return 'retry';
    }
  }

  private scheduleRetry(): void {
    const delay = this.delaysMs[Math.min(this.failures, this.delaysMs.length - 1)] ?? 60_000;
    this.failures += 1;
    this.retryHandle = this.timers.setTimeout(() => {
      this.retryHandle = null;
      void this.pump();
    }, delay);
  }
}
