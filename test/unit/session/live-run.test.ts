import { describe, expect, it } from 'vitest';
import { SimulatedClock } from 'xstate';
import type { NodeView } from '../../../src/engine/run/types';
import { ResumeError, resumeLiveRun, startLiveRun } from '../../../src/engine/session/live-run';
import { replay } from '../../../src/engine/session/replay';
import { refundScenario } from '../run/fixtures';

const scenario = refundScenario();
const options = {
  seed: 11,
  timePressure: 'normal' as const,
  startedAt: '2025-03-01T09:00:00Z',
  alias: 'Kai',
};

describe('startLiveRun', () => {
  it('logs every accepted input and refuses what is not offered', () => {
    const run = startLiveRun(scenario, { ...options, clock: new SimulatedClock() });
    expect(run.view().kind).toBe('narrative');
    expect(run.choose('use-budget', 10)).toBe(false);
    expect(run.continue(500)).toBe(true);
    expect(run.choose('hidden', 900)).toBe(false);
    expect(run.choose('refer-up', 1200)).toBe(true);
    expect(run.context().nodeId).toBe('escalate');
    expect(run.log()).toMatchObject({
      scenarioId: 'refund-test',
      seed: 11,
      alias: 'Kai',
      startedAt: '2025-03-01T09:00:00Z',
      inputs: [
        { type: 'continue', at: 500 },
        { type: 'choose', choiceId: 'refer-up', at: 1200 },
      ],
    });
    expect(run.log().result).toBeUndefined();
    expect(run.ended()).toBe(false);
  });

  it('records a timeout fired by its own timer at the deadline, then the result', () => {
    const clock = new SimulatedClock();
    const run = startLiveRun(scenario, { ...options, clock });
    run.continue(500);
    run.choose('refer-up', 1200);
    const views: NodeView[] = [];
    const unsubscribe = run.subscribe((view) => views.push(view));
    clock.increment(10_000);
    expect(run.ended()).toBe(true);
    expect(views.at(-1)?.kind).toBe('ending');
    expect(views.at(-1)?.lastChange?.timedOut).toBe(true);
    const log = run.log();
    expect(log.inputs.at(-1)).toEqual({ type: 'timeout', at: 11_200 });
    expect(log.result).toEqual({
      endingId: 'sad-end',
      outcome: 'negative',
      rawScores: { customerFocus: -2, adaptability: -2, empowerment: -3 },
    });
    const replayed = replay(scenario, log);
    expect(replayed.ok && replayed.final).toEqual(run.context());
    unsubscribe();
    run.stop();
  });

  it('has logged an input by the time subscribers hear of it, a timeout included', () => {
    const clock = new SimulatedClock();
    const run = startLiveRun(scenario, { ...options, clock });
    const seen: number[] = [];
    run.subscribe(() => seen.push(run.log().inputs.length));
    run.continue(500);
    expect(run.choose('hidden', 900)).toBe(false);
    run.choose('refer-up', 1200);
    clock.increment(10_000);
    expect(seen).toEqual([1, 2, 3]);
    expect(run.log().inputs.map((input) => input.type)).toEqual(['continue', 'choose', 'timeout']);
    run.stop();
  });

  it('stops notifying after unsubscribe', () => {
    const run = startLiveRun(scenario, { ...options, clock: new SimulatedClock() });
    let calls = 0;
    const unsubscribe = run.subscribe(() => (calls += 1));
    run.continue(100);
    unsubscribe();
    run.choose('refer-up', 200);
    expect(calls).toBe(1);
  });
});

describe('resumeLiveRun', () => {
  function savedAtTimedDecision() {
    const run = startLiveRun(scenario, { ...options, clock: new SimulatedClock() });
    run.continue(500);
    run.choose('refer-up', 1200); // deadline 11 200
    const log = run.log();
    run.stop();
    return log;
  }

  it('gives a timed decision exactly the time it had left', () => {
    const clock = new SimulatedClock();
    const resumed = resumeLiveRun(scenario, savedAtTimedDecision(), 5_200, { clock });
    expect(resumed.view().deadline).toBe(11_200);
    clock.increment(5_999);
    expect(resumed.ended()).toBe(false);
    clock.increment(1);
    expect(resumed.ended()).toBe(true);
    expect(resumed.log().inputs.at(-1)).toEqual({ type: 'timeout', at: 11_200 });
    expect(replay(scenario, resumed.log()).ok).toBe(true);
  });

  it('times out at once when resumed after the deadline, and play goes on from there', () => {
    const resumed = resumeLiveRun(scenario, savedAtTimedDecision(), 60_000, {
      clock: new SimulatedClock(),
    });
    expect(resumed.ended()).toBe(true);
    expect(resumed.log().inputs.at(-1)).toEqual({ type: 'timeout', at: 11_200 });
  });

  it('continues a resumed run with ordinary inputs', () => {
    const resumed = resumeLiveRun(scenario, savedAtTimedDecision(), 3_000, {
      clock: new SimulatedClock(),
    });
    expect(resumed.choose('act', 4_000)).toBe(true);
    expect(resumed.log().result?.endingId).toBe('mixed-end');
    expect(resumed.persisted()).toMatchObject({ status: 'done' });
  });

  it('throws a ResumeError naming the input when the log does not replay', () => {
    const log = savedAtTimedDecision();
    log.inputs[1] = { type: 'choose', choiceId: 'hidden', at: 1200 };
    expect(() => resumeLiveRun(scenario, log, 2000)).toThrow(ResumeError);
    try {
      resumeLiveRun(scenario, log, 2000);
    } catch (error) {
      expect((error as ResumeError).atInput).toBe(1);
    }
  });
});
