import { describe, expect, it } from 'vitest';
import { ActiveClock, type TimerHost } from '../../../src/shell/active-clock';

/** A manual clock and timer host: time moves only when the test says so. */
function manualTime() {
  let now = 0;
  let timers: Array<{ handle: number; at: number; fn: () => void }> = [];
  let nextHandle = 1;
  const host: TimerHost = {
    setTimeout(fn, ms) {
      const handle = nextHandle++;
      timers.push({ handle, at: now + ms, fn });
      return handle;
    },
    clearTimeout(handle) {
      timers = timers.filter((timer) => timer.handle !== handle);
    },
  };
  const advance = (ms: number) => {
    const target = now + ms;
    for (;;) {
      const due = timers.filter((timer) => timer.at <= target).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      now = due.at;
      timers = timers.filter((timer) => timer !== due);
      due.fn();
    }
    now = target;
  };
  return { host, advance, now: () => now };
}

describe('ActiveClock', () => {
  it('counts only the time it runs, from the elapsed time it was resumed at', () => {
    const time = manualTime();
    const clock = new ActiveClock(time.now, 5000, time.host);
    expect(clock.elapsed()).toBe(5000);
    time.advance(1000);
    expect(clock.elapsed()).toBe(5000); // not started yet
    clock.resume();
    time.advance(2000);
    clock.pause();
    time.advance(60_000); // page hidden for a minute
    clock.resume();
    time.advance(500);
    expect(clock.elapsed()).toBe(7500);
  });

  it('fires a timer after that much active time, pausing while hidden', () => {
    const time = manualTime();
    const clock = new ActiveClock(time.now, 0, time.host);
    clock.resume();
    const fired: number[] = [];
    clock.setTimeout(() => fired.push(clock.elapsed()), 3000);
    time.advance(2000);
    clock.pause();
    time.advance(10_000);
    expect(fired).toEqual([]);
    clock.resume();
    time.advance(999);
    expect(fired).toEqual([]);
    time.advance(1);
    expect(fired).toEqual([3000]);
  });

  it('fires timers in order and forgets cleared ones', () => {
    const time = manualTime();
    const clock = new ActiveClock(time.now, 0, time.host);
    clock.resume();
    const order: string[] = [];
    clock.setTimeout(() => order.push('late'), 300);
    const cancelled = clock.setTimeout(() => order.push('cancelled'), 200);
    clock.setTimeout(() => order.push('early'), 100);
    clock.clearTimeout(cancelled);
    time.advance(1000);
    expect(order).toEqual(['early', 'late']);
  });

  it('drops pending timers when disposed', () => {
    const time = manualTime();
    const clock = new ActiveClock(time.now, 0, time.host);
    clock.resume();
    let fired = false;
    clock.setTimeout(() => (fired = true), 100);
    clock.dispose();
    clock.resume();
    time.advance(1000);
    expect(fired).toBe(false);
  });
});
