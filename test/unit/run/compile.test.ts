import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { compileScenario, type RunSnapshot } from '../../../src/engine/run/compile';
import type { RunEvent, TimePressure } from '../../../src/engine/run/types';
import { eventFirstScenario, refundScenario } from './fixtures';

const machine = compileScenario(refundScenario());

function begin(seed = 7, timePressure: TimePressure = 'normal'): RunSnapshot {
  return initialTransition(machine, { seed, timePressure })[0];
}

function send(snapshot: RunSnapshot, ...events: RunEvent[]): RunSnapshot {
  return events.reduce((current, event) => transition(machine, current, event)[0], snapshot);
}

/** A seed whose draw at "surprise" gives the wanted outcome (found, not assumed). */
function seedDrawing(outcomeIndex: number): number {
  for (let seed = 0; seed < 1000; seed += 1) {
    const atEvent = send(
      begin(seed),
      { type: 'player.continue', at: 0 },
      { type: 'player.choose', choiceId: 'use-budget', at: 0 },
    );
    if (atEvent.context.drawnOutcome === outcomeIndex) return seed;
  }
  throw new Error('no seed draws that outcome');
}

describe('run machine: start and narrative', () => {
  it('starts at the start node with initial meters, zero scores and the seed as PRNG state', () => {
    const snapshot = begin(42);
    expect(snapshot.hasTag('narrative')).toBe(true);
    expect(snapshot.context).toMatchObject({
      scenarioId: 'refund-test',
      nodeId: 'intro',
      scores: { customerFocus: 0, adaptability: 0, empowerment: 0 },
      meters: { trust: 50, morale: 60 },
      flags: {},
      history: [],
      seed: 42,
      rngState: 42,
      enteredAt: 0,
      deadline: null,
      now: 0,
    });
  });

  it('continue leaves a narrative node and records how long it was on screen', () => {
    const snapshot = send(begin(), { type: 'player.continue', at: 1500 });
    expect(snapshot.context.nodeId).toBe('budget');
    expect(snapshot.hasTag('decision')).toBe(true);
    expect(snapshot.hasTag('timed')).toBe(false);
    expect(snapshot.context.history).toEqual([
      { nodeId: 'intro', kind: 'narrative', msTaken: 1500, timedOut: false },
    ]);
    expect(snapshot.context.enteredAt).toBe(1500);
    expect(snapshot.context.now).toBe(1500);
  });

  it('ignores events that do not belong to the current node or go back in time', () => {
    const atIntro = begin();
    expect(
      send(atIntro, { type: 'player.choose', choiceId: 'use-budget', at: 10 }).context,
    ).toEqual(atIntro.context);
    expect(send(atIntro, { type: 'timer.expired', at: 99_999 }).context).toEqual(atIntro.context);
    const atBudget = send(atIntro, { type: 'player.continue', at: 1000 });
    expect(send(atBudget, { type: 'player.continue', at: 2000 }).context).toEqual(atBudget.context);
    expect(
      send(atBudget, { type: 'player.choose', choiceId: 'refer-up', at: 999 }).context,
    ).toEqual(atBudget.context);
  });
});

describe('run machine: decisions', () => {
  const atBudget = send(begin(), { type: 'player.continue', at: 1000 });

  it('ignores a choice that is not offered or does not exist', () => {
    expect(send(atBudget, { type: 'player.choose', choiceId: 'hidden', at: 2000 }).context).toEqual(
      atBudget.context,
    );
    expect(send(atBudget, { type: 'player.choose', choiceId: 'nope', at: 2000 }).context).toEqual(
      atBudget.context,
    );
  });

  it('applies clamped meters and flags before resolving a branch list, and sums scores', () => {
    const snapshot = send(atBudget, { type: 'player.choose', choiceId: 'use-budget', at: 4000 });
    // 50 + 60 is clamped to 100, and the branch (trust >= 100) sees the clamped value.
    expect(snapshot.context.nodeId).toBe('surprise');
    expect(snapshot.context.flags).toEqual({ empowered: true });
    expect(snapshot.context.scores).toEqual({ customerFocus: 2, adaptability: 1, empowerment: 3 });
    expect(snapshot.context.history.at(-1)).toEqual({
      nodeId: 'budget',
      kind: 'decision',
      choiceId: 'use-budget',
      msTaken: 3000,
      timedOut: false,
      offered: ['use-budget', 'refer-up'],
    });
  });

  it('clamps at the minimum too and takes the plain next', () => {
    const snapshot = send(atBudget, { type: 'player.choose', choiceId: 'refer-up', at: 2000 });
    expect(snapshot.context.meters).toEqual({ trust: 40, morale: 0 });
    expect(snapshot.context.lastChange).toEqual({
      scoreDelta: { customerFocus: -2, adaptability: 0, empowerment: -3 },
      meterDelta: { trust: -10, morale: -60 },
      timedOut: false,
    });
    expect(snapshot.context.nodeId).toBe('escalate');
  });
});

describe('run machine: events', () => {
  it('draws the outcome on entry with the seeded PRNG, applies it, and continue follows its next', () => {
    const pressSeed = seedDrawing(0);
    const atEvent = send(
      begin(pressSeed),
      { type: 'player.continue', at: 0 },
      { type: 'player.choose', choiceId: 'use-budget', at: 100 },
    );
    expect(atEvent.hasTag('event')).toBe(true);
    expect(atEvent.context.rngState).not.toBe(begin(pressSeed).context.rngState);
    expect(atEvent.context.meters.trust).toBe(95);
    // The step's change covers the choice and the outcome drawn on the node it led to.
    expect(atEvent.context.lastChange?.meterDelta).toEqual({ trust: 45 });
    const after = send(atEvent, { type: 'player.continue', at: 700 });
    expect(after.context.nodeId).toBe('happy-end');
    expect(after.context.history.at(-1)).toEqual({
      nodeId: 'surprise',
      kind: 'event',
      outcomeIndex: 0,
      msTaken: 600,
      timedOut: false,
    });
    expect(after.context.drawnOutcome).toBeUndefined();
  });

  it('resolves an outcome branch list against the flags set earlier', () => {
    const quiet = send(
      begin(seedDrawing(1)),
      { type: 'player.continue', at: 0 },
      { type: 'player.choose', choiceId: 'use-budget', at: 0 },
      { type: 'player.continue', at: 0 },
    );
    expect(quiet.context.nodeId).toBe('happy-end');
  });

  it('draws on the very first state when the scenario opens with an event', () => {
    const eventMachine = compileScenario(eventFirstScenario());
    const draws = new Set<number | undefined>();
    for (let seed = 0; seed < 40; seed += 1) {
      const [first] = initialTransition(eventMachine, { seed, timePressure: 'normal' });
      expect(first.hasTag('event')).toBe(true);
      draws.add(first.context.drawnOutcome);
      const stock = first.context.drawnOutcome === 0 ? 0 : 10;
      expect(first.context.meters.stock).toBe(stock);
    }
    expect(draws).toEqual(new Set([0, 1]));
  });
});

describe('run machine: endings', () => {
  it('an ending is final, tagged, and carries its outcome', () => {
    const ended = send(
      begin(),
      { type: 'player.continue', at: 0 },
      { type: 'player.choose', choiceId: 'refer-up', at: 10 },
      { type: 'player.choose', choiceId: 'act', at: 20 },
    );
    expect(ended.status).toBe('done');
    expect(ended.hasTag('ending')).toBe(true);
    expect(ended.context.endingOutcome).toBe('mixed');
    expect(ended.context.history.map((entry) => entry.nodeId)).toEqual([
      'intro',
      'budget',
      'escalate',
    ]);
    expect(ended.context.scores).toEqual({ customerFocus: -2, adaptability: 2, empowerment: -3 });
    expect(send(ended, { type: 'player.continue', at: 30 }).context).toEqual(ended.context);
  });
});
