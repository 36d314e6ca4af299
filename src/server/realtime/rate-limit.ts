/**
 * Per-connection limits: a token bucket for messages (steady rate, bursts of twice that) and a
 * count of failed joins (someone guessing room codes or tokens). Time comes in as an argument.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    now: number,
  ) {
    this.tokens = burst;
    this.last = now;
  }

  /** Takes one token; false when the bucket is empty (the message is refused). */
  take(now: number): boolean {
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/** Events within a sliding minute; `full` once `limit` have been recorded. */
export class MinuteCounter {
  private readonly times: number[] = [];

  constructor(private readonly limit: number) {}

  record(now: number): void {
    this.times.push(now);
  }

  full(now: number): boolean {
    while (this.times.length > 0 && (this.times[0] as number) <= now - 60_000) this.times.shift();
    return this.times.length >= this.limit;
  }
}
