import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock } from 'xstate';
import { compileScenario, type RunTimedOut } from '../../../src/engine/run/compile';
import type { TimePressure } from '../../../src/engine/run/types';
import { refundScenario } from './fixtures';

const machine = compileScenario(refundScenario());

/** An actor on a simulated clock, driven to the timed decision "escalate" entered at run time 5000. */
function atTimedDecision(timePressure: TimePressure = 'normal') {
  const clock = new SimulatedClock();
  const actor = createActor(machine, { input: { seed: 1, timePressure }, clock });
  const emitted: RunTimedOut[] = [];
  actor.on('run.timedOut', (event) => emitted.push(event));
  actor.start();
  actor.send({ type: 'player.continue', at: 2000 });
  actor.send({ type: 'player.choose', choiceId: 'refer-up', at: 5000 });
  return { clock, actor, emitted };
}

describe('timed decisions', () => {
  it('arms a deadline from the time limit and takes the timeout choice when the timer fires', () => {
    const { clock, actor, emitted } = atTimedDecision();
    const snapshot = actor.getSnapshot();
    expect(snapshot.hasTag('timed')).toBe(true);
    expect(snapshot.hasTag('decision')).toBe(true);
    expect(snapshot.context.deadline).toBe(15_000);

    clock.increment(9_999);
    expect(actor.getSnapshot().context.nodeId).toBe('escalate');
    clock.increment(1);
    const after = actor.getSnapshot();
    expect(after.context.nodeId).toBe('sad-end');
    expect(after.context.history.at(-1)).toEqual({
      nodeId: 'escalate',
      kind: 'decision',
      choiceId: 'wait',
      msTaken: 10_000,
      timedOut: true,
      offered: ['act', 'wait'],
    });
    expect(after.context.lastChange?.timedOut).toBe(true);
    expect(after.context.scores.adaptability).toBe(-2);
    expect(after.context.now).toBe(15_000);
    expect(emitted).toEqual([{ type: 'run.timedOut', at: 15_000 }]);
  });

  it('doubles the limit under "double" time pressure', () => {
    const { clock, actor } = atTimedDecision('double');
    expect(actor.getSnapshot().context.deadline).toBe(25_000);
    clock.increment(19_999);
    expect(actor.getSnapshot().context.nodeId).toBe('escalate');
    clock.increment(1);
    expect(actor.getSnapshot().context.nodeId).toBe('sad-end');
  });

  it('has no timer at all when time pressure is "off"', () => {
    const { clock, actor } = atTimedDecision('off');
    const snapshot = actor.getSnapshot();
    expect(snapshot.hasTag('timed')).toBe(false);
    expect(snapshot.context.deadline).toBeNull();
    clock.increment(10 * 60_000);
    expect(actor.getSnapshot().context.nodeId).toBe('escalate');
    actor.send({ type: 'timer.expired', at: 10 * 60_000 });
    expect(actor.getSnapshot().context.nodeId).toBe('escalate');
  });

  it('a choice made in time cancels the timer', () => {
    const { clock, actor, emitted } = atTimedDecision();
    actor.send({ type: 'player.choose', choiceId: 'act', at: 14_999 });
    clock.increment(60_000);
    expect(actor.getSnapshot().context.nodeId).toBe('mixed-end');
    expect(actor.getSnapshot().context.history.at(-1)?.timedOut).toBe(false);
    expect(emitted).toEqual([]);
  });

  it('refuses a choice dated at or after the deadline', () => {
    const { actor } = atTimedDecision();
    actor.send({ type: 'player.choose', choiceId: 'act', at: 15_000 });
    expect(actor.getSnapshot().context.nodeId).toBe('escalate');
  });

  it('an explicit timer.expired is taken only once the deadline is reached', () => {
    const { actor, emitted } = atTimedDecision();
    actor.send({ type: 'timer.expired', at: 14_000 });
    expect(actor.getSnapshot().context.nodeId).toBe('escalate');
    actor.send({ type: 'timer.expired', at: 15_200 });
    expect(actor.getSnapshot().context.nodeId).toBe('sad-end');
    // Dated at the deadline whatever the moment it was noticed.
    expect(actor.getSnapshot().context.now).toBe(15_000);
    expect(emitted).toEqual([]);
  });
});

describe('timed decisions after a restore', () => {
  function restore(at: number) {
    const { actor } = atTimedDecision();
    const persisted = JSON.parse(JSON.stringify(actor.getPersistedSnapshot())) as ReturnType<
      typeof actor.getPersistedSnapshot
    >;
    actor.stop();
    const clock = new SimulatedClock();
    const restored = createActor(machine, {
      input: { seed: 1, timePressure: 'normal' },
      snapshot: persisted,
      clock,
    });
    const emitted: RunTimedOut[] = [];
    restored.on('run.timedOut', (event) => emitted.push(event));
    restored.start();
    return { restored, clock, emitted, send: () => restored.send({ type: 'run.resumed', at }) };
  }

  it('never fires without run.resumed (XState does not persist pending timers)', () => {
    const { restored, clock } = restore(9_000);
    clock.increment(60_000);
    expect(restored.getSnapshot().context.nodeId).toBe('escalate');
  });

  it('re-arms with exactly the time that was left: deadline - at', () => {
    const { restored, clock, emitted, send } = restore(9_000);
    send();
    expect(restored.getSnapshot().context.deadline).toBe(15_000);
    clock.increment(5_999);
    expect(restored.getSnapshot().context.nodeId).toBe('escalate');
    clock.increment(1);
    expect(restored.getSnapshot().context.nodeId).toBe('sad-end');
    expect(restored.getSnapshot().context.history.at(-1)?.msTaken).toBe(10_000);
    expect(emitted).toEqual([{ type: 'run.timedOut', at: 15_000 }]);
  });

  it('times out at once when resumed after the deadline', () => {
    const { restored, emitted, send } = restore(40_000);
    send();
    expect(restored.getSnapshot().context.nodeId).toBe('sad-end');
    expect(restored.getSnapshot().context.history.at(-1)?.timedOut).toBe(true);
    expect(emitted).toEqual([{ type: 'run.timedOut', at: 15_000 }]);
  });

  it('a choice after resuming is still accepted before the deadline', () => {
    const { restored, send } = restore(9_000);
    send();
    restored.send({ type: 'player.choose', choiceId: 'act', at: 12_000 });
    expect(restored.getSnapshot().context.nodeId).toBe('mixed-end');
    expect(restored.getSnapshot().context.history.at(-1)?.msTaken).toBe(7_000);
  });

  it('run.resumed elsewhere than a timed decision changes nothing', () => {
    const clock = new SimulatedClock();
    const actor = createActor(machine, {
      input: { seed: 1, timePressure: 'normal' },
      clock,
    }).start();
    const before = actor.getSnapshot().context;
    actor.send({ type: 'run.resumed', at: 5_000 });
    expect(actor.getSnapshot().context).toEqual(before);
  });
});
