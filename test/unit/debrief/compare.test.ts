import { describe, expect, it } from 'vitest';
import {
  choiceTextsOf,
  compareAttempts,
  compareWithBestRun,
} from '../../../src/engine/profile/compare';
import { analysis, makeProfile, scenario } from './fixtures';

describe('compareWithBestRun', () => {
  it('puts the best run at 100 and shows the gap per measured dimension', () => {
    const lines = compareWithBestRun(scenario, analysis, makeProfile());
    expect(lines.map((line) => [line.dimension, line.score, line.best, line.gap])).toEqual([
      ['customerFocus', 75, 100, 25],
      ['adaptability', null, null, null],
      ['empowerment', 33, 100, 67],
    ]);
  });

  it('carries raw scores and the analyser maximum', () => {
    const [customerFocus] = compareWithBestRun(scenario, analysis, makeProfile());
    expect(customerFocus).toMatchObject({ raw: 1, bestRaw: 2 });
  });

  it('names the choices of a best run, only where the dimension is measured', () => {
    const lines = compareWithBestRun(scenario, analysis, makeProfile());
    expect(lines[0]?.bestRunChoices).toEqual(['Tell Dana to solve it with her budget.']);
    expect(lines[1]?.bestRunChoices).toEqual([]);
  });
});

describe('choiceTextsOf', () => {
  it('skips narrative, event and ending steps and unknown ids', () => {
    expect(
      choiceTextsOf(scenario, [
        'intro',
        'storm#1',
        'complaint:escalate',
        'complaint:missing',
        'nowhere:x',
        'wrap',
      ]),
    ).toEqual(['Ask Dana to fill in the approval form.']);
  });

  it('finds a node whose id contains a colon', () => {
    const withColon = {
      ...scenario,
      nodes: { ...scenario.nodes, 'step:2': { ...scenario.nodes.complaint! } },
    } as typeof scenario;
    expect(choiceTextsOf(withColon, ['step:2:use-budget'])).toEqual([
      'Tell Dana to solve it with her budget.',
    ]);
  });
});

describe('compareAttempts', () => {
  it('returns null without an earlier attempt', () => {
    expect(compareAttempts([], makeProfile())).toBeNull();
  });

  it('compares the oldest attempt with the latest, per dimension', () => {
    const first = makeProfile({
      dimensions: {
        customerFocus: { dimension: 'customerFocus', raw: -2, min: -2, max: 2, normalised: 0 },
        adaptability: { dimension: 'adaptability', raw: 0, min: 0, max: 0, normalised: null },
        empowerment: { dimension: 'empowerment', raw: 3, min: -3, max: 3, normalised: 100 },
      },
      ending: { nodeId: 'good', text: 'Happy customer.', outcome: 'positive' },
    });
    const middle = makeProfile();
    const comparison = compareAttempts([first, middle], makeProfile());
    expect(comparison?.attempts).toBe(3);
    expect(comparison?.lines).toEqual([
      { dimension: 'customerFocus', first: 0, latest: 75, difference: 75 },
      { dimension: 'adaptability', first: null, latest: null, difference: null },
      { dimension: 'empowerment', first: 100, latest: 33, difference: -67 },
    ]);
    expect(comparison?.firstOutcome).toBe('positive');
    expect(comparison?.latestOutcome).toBe('negative');
  });
});
