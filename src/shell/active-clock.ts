/**
 * Time of ACTIVE play: it stops while the page is hidden, so a player who switches tabs or whose
 * phone sleeps during a timed decision gets the remaining time back when they return, and a
 * resumed run continues from the elapsed time that was saved.
 *
 * It also implements the XState clock interface (setTimeout / clearTimeout), measured in active
 * time, so the run's deadline timer pauses with it.
 */
export interface TimerHost {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

interface PendingTimer {
  id: number;
  due: number;
  callback: () => void;
}

const browserTimers: TimerHost = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class ActiveClock {
  private baseElapsed: number;
  private runningSince: number | null = null;
  private timers: PendingTimer[] = [];
  private nextId = 1;
  private wakeHandle: unknown = null;

  constructor(
    private readonly now: () => number,
    startElapsedMs = 0,
    private readonly host: TimerHost = browserTimers,
  ) {
    this.baseElapsed = startElapsedMs;
  }

  /** ms of active play since the run started. */
  elapsed(): number {
    return this.runningSince === null
      ? this.baseElapsed
      : this.baseElapsed + (this.now() - this.runningSince);
  }

  get running(): boolean {
    return this.runningSince !== null;
  }

  resume(): void {
    if (this.runningSince !== null) return;
    this.runningSince = this.now();
    this.arm();
  }

  pause(): void {
    if (this.runningSince === null) return;
    this.baseElapsed = this.elapsed();
    this.runningSince = null;
    this.disarm();
  }

  setTimeout(callback: () => void, ms: number): number {
    const id = this.nextId++;
    this.timers.push({ id, due: this.elapsed() + Math.max(0, ms), callback });
    this.arm();
    return id;
  }

  clearTimeout(id: unknown): void {
    this.timers = this.timers.filter((timer) => timer.id !== id);
    this.arm();
  }

  /** Stops every pending timer (leaving the run). */
  dispose(): void {
    this.timers = [];
    this.pause();
  }

  private disarm(): void {
    if (this.wakeHandle !== null) this.host.clearTimeout(this.wakeHandle);
    this.wakeHandle = null;
  }

  /** One real timer, for the earliest pending active-time timer. */
  private arm(): void {
    this.disarm();
    if (this.runningSince === null || this.timers.length === 0) return;
    const earliest = Math.min(...this.timers.map((timer) => timer.due));
    this.wakeHandle = this.host.setTimeout(
      () => this.fireDue(),
      Math.max(0, earliest - this.elapsed()),
    );
  }

  private fireDue(): void {
    this.wakeHandle = null;
    const now = this.elapsed();
    const due = this.timers.filter((timer) => timer.due <= now).sort((a, b) => a.due - b.due);
    this.timers = this.timers.filter((timer) => timer.due > now);
    for (const timer of due) timer.callback();
    this.arm();
  }
}
