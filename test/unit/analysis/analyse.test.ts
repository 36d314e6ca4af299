import { describe, expect, it } from 'vitest';
import { analyseScenario } from '../../../src/authoring/analyse';
import type { ScenarioNode } from '../../../src/engine/scenario/schema';
import { choice, decision, ending, narrative, tinyScenario } from '../../support/tiny-scenario';
import { generateLayeredScenario } from '../../support/generate-scenario';

const trustMeter = { trust: { label: 'Trust', initial: 50, min: 0, max: 100 } };

describe('analyseScenario: scores', () => {
  it('finds the lowest and highest raw score per dimension and a run reaching each', () => {
    const scenario = tinyScenario({
      first: decision([
        choice('kind', 'second', { scores: { customerFocus: 3, empowerment: -1 } }),
        choice('harsh', 'second', { scores: { customerFocus: -2, adaptability: 1 } }),
      ]),
      second: decision([
        choice('calm', 'end', { scores: { customerFocus: 1 } }),
        choice('rush', 'end', { scores: { customerFocus: -3 } }),
      ]),
      end: ending(),
    });
    const analysis = analyseScenario(scenario);
    expect(analysis.bounds).toEqual({
      customerFocus: { min: -5, max: 4 },
      adaptability: { min: 0, max: 1 },
      empowerment: { min: -1, max: 0 },
    });
    expect(analysis.bestRun.customerFocus).toEqual(['first:kind', 'second:calm', 'end']);
    expect(analysis.worstRun.customerFocus).toEqual(['first:harsh', 'second:rush', 'end']);
  });

  it('honours `when`: a choice that can never be offered does not count', () => {
    const scenario = tinyScenario({
      start: decision([
        choice('plain', 'end', { scores: { adaptability: 1 } }),
        choice('secret', 'end', { scores: { adaptability: 3 }, when: { flag: 'never' } }),
      ]),
      end: ending(),
    });
    expect(analyseScenario(scenario).bounds.adaptability).toEqual({ min: 1, max: 1 });
  });

  it('honours flags set earlier and meters with clamping', () => {
    const scenario = tinyScenario(
      {
        start: decision([
          choice('boost', 'gate', { meters: { trust: 80 }, set: { bold: true } }),
          choice('hold', 'gate'),
        ]),
        // Clamped at 100, so "trust >= 120" can never hold even after the boost.
        gate: decision([
          choice('safe', 'end'),
          choice('needs-bold', 'end', { when: { flag: 'bold' }, scores: { empowerment: 2 } }),
          choice('needs-120', 'end', {
            when: { meter: 'trust', gte: 120 },
            scores: { empowerment: 3 },
          }),
        ]),
        end: ending(),
      },
      { meters: trustMeter },
    );
    expect(analyseScenario(scenario).bounds.empowerment).toEqual({ min: 0, max: 2 });
  });

  it('a branch list sees the effects of the choice that leads into it', () => {
    const scenario = tinyScenario(
      {
        start: decision([
          choice('raise', [{ when: { meter: 'trust', gte: 60 }, next: 'good' }, { next: 'bad' }], {
            meters: { trust: 10 },
          }),
          choice('other', 'bad'),
        ]),
        good: decision([
          choice('reward', 'end', { scores: { customerFocus: 3 } }),
          choice('none', 'end'),
        ]),
        bad: narrative('end'),
        end: ending(),
      },
      { meters: trustMeter },
    );
    const analysis = analyseScenario(scenario);
    expect(analysis.bounds.customerFocus.max).toBe(3);
    expect(analysis.bestRun.customerFocus).toEqual(['start:raise', 'good:reward', 'end']);
  });

  it('counts every event outcome as possible', () => {
    const event: ScenarioNode = {
      kind: 'event',
      text: 'Luck.',
      outcomes: [
        { weight: 99, next: 'end' },
        { weight: 1, set: { lucky: true }, next: 'bonus' },
      ],
    };
    const scenario = tinyScenario({
      roll: event,
      bonus: decision([
        choice('take', 'end', { when: { flag: 'lucky' }, scores: { adaptability: 2 } }),
        choice('skip', 'end'),
      ]),
      end: ending(),
    });
    const analysis = analyseScenario(scenario);
    expect(analysis.bounds.adaptability).toEqual({ min: 0, max: 2 });
    expect(analysis.bestRun.adaptability).toEqual(['roll#1', 'bonus:take', 'end']);
  });

  it('counts a timeout choice as possible even when its `when` would not offer it', () => {
    const scenario = tinyScenario({
      start: decision(
        [
          choice('think', 'end', { scores: { empowerment: 1 } }),
          choice('freeze', 'end', { when: { flag: 'never' }, scores: { empowerment: -3 } }),
        ],
        { timeLimitSeconds: 10, timeoutChoice: 'freeze' },
      ),
      end: ending(),
    });
    expect(analyseScenario(scenario).bounds.empowerment).toEqual({ min: -3, max: 1 });
  });

  it('gives 0/0 bounds and empty runs when no run can end', () => {
    const analysis = analyseScenario(tinyScenario({ start: narrative('ghost') }));
    expect(analysis.bounds.customerFocus).toEqual({ min: 0, max: 0 });
    expect(analysis.bestRun.customerFocus).toEqual([]);
    expect(analysis.endings).toEqual([]);
  });
});

describe('analyseScenario: reachability, endings, paths, decisions', () => {
  const scenario = tinyScenario({
    start: decision([
      choice('a', 'middle'),
      choice('b', 'end-good'),
      choice('c', 'hidden', { when: { all: [{ flag: 'x' }, { notFlag: 'x' }] } }),
    ]),
    middle: decision([choice('d', 'end-good'), choice('e', 'end-bad')]),
    hidden: ending('mixed'),
    'end-good': ending('positive'),
    'end-bad': ending('negative'),
  });
  const analysis = analyseScenario(scenario);

  it('marks nodes and endings behind impossible conditions as unreachable', () => {
    expect(analysis.unreachable).toEqual(['hidden']);
    expect(analysis.reachable.has('middle')).toBe(true);
    expect(analysis.endings).toEqual([
      { id: 'hidden', outcome: 'mixed', reachable: false },
      { id: 'end-good', outcome: 'positive', reachable: true },
      { id: 'end-bad', outcome: 'negative', reachable: true },
    ]);
  });

  it('counts structural paths ignoring conditions, and decisions on runs honouring them', () => {
    expect(analysis.completePaths).toBe(4n);
    expect(analysis.decisions).toBe(2);
    expect(analysis.minDecisionsOnAnyPath).toBe(1);
    expect(analysis.maxDecisionsOnAnyPath).toBe(2);
  });

  it('refuses a cyclic scenario with a message naming the cycle', () => {
    const cyclic = tinyScenario({ a: narrative('b'), b: narrative('a') });
    expect(() => analyseScenario(cyclic)).toThrow(/a → b/);
  });
});

describe('analyseScenario on a 500-node layered scenario', () => {
  it('completes without enumerating its 10^30+ paths', () => {
    const scenario = generateLayeredScenario({ nodes: 500, seed: 1 });
    const analysis = analyseScenario(scenario);
    expect(analysis.completePaths >= 10n ** 30n).toBe(true);
    expect(analysis.endings.every((ending) => ending.reachable)).toBe(true);
    expect(analysis.bounds.customerFocus.max).toBeGreaterThan(analysis.bounds.customerFocus.min);
    expect(analysis.bestRun.customerFocus.at(-1)).toMatch(/^ending-/);
  });
});
