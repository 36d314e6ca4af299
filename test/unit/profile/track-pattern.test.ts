/**
 * The track's pattern from the parts' profiles alone: strongest and weakest dimension (and
 * whether consistently so), the spread across scenarios, and the one habit that showed up in
 * more than one scenario.
 */
import { describe, expect, it } from 'vitest';
import { trackPattern } from '../../../src/engine/profile/track-pattern';
import type { DecisionReview, Profile } from '../../../src/engine/profile/types';
import type { Dimension } from '../../../src/engine/scenario/schema';
import { escalated, makeProfile } from '../debrief/fixtures';

function part(
  scenarioId: string,
  scores: Record<Dimension, number | null>,
  more: Partial<Profile> = {},
): Profile {
  const base = makeProfile();
  const dimensions = { ...base.dimensions };
  for (const dimension of Object.keys(scores) as Dimension[])
    dimensions[dimension] = { ...dimensions[dimension], normalised: scores[dimension] };
  return makeProfile({ scenarioId, dimensions, decisions: [], principlesToRevisit: [], ...more });
}

const took = (nodeId: string, principleId: string, extra: Partial<DecisionReview> = {}) => ({
  ...escalated,
  nodeId,
  principleId,
  bestOffered: true,
  lost: 0,
  timedOut: false,
  ...extra,
});

describe('trackPattern', () => {
  it('finds the consistently strong and weak dimensions and the spread', () => {
    const pattern = trackPattern([
      part('a', { customerFocus: 80, adaptability: 20, empowerment: 50 }),
      part('b', { customerFocus: 90, adaptability: 30, empowerment: 70 }),
      part('c', { customerFocus: 75, adaptability: null, empowerment: 40 }),
    ]);
    expect(pattern.strongest).toEqual({ dimension: 'customerFocus', consistently: true });
    expect(pattern.weakest).toEqual({ dimension: 'adaptability', consistently: true });
    expect(pattern.standsOut).toBe(true);
    expect(
      pattern.dimensions.map((line) => [line.mean, line.lowest, line.highest, line.spread]),
    ).toEqual([
      [82, 75, 90, 15],
      [25, 20, 30, 10],
      [53, 40, 70, 30],
    ]);
    // (15 + 10 + 30) / 3 = 18.3 → 18: more than steady (15), within uneven (30).
    expect(pattern.spread).toBe(18);
    expect(pattern.consistency).toBe('uneven');
  });

  it('says "not consistently" when a part breaks the pattern', () => {
    const pattern = trackPattern([
      part('a', { customerFocus: 95, adaptability: 20, empowerment: 50 }),
      part('b', { customerFocus: 60, adaptability: 45, empowerment: 50 }),
    ]);
    expect(pattern.strongest).toEqual({ dimension: 'customerFocus', consistently: false });
    expect(pattern.weakest).toEqual({ dimension: 'adaptability', consistently: false });
  });

  it('finds the habit seen in the most scenarios, and none when nothing repeats', () => {
    const scores = { customerFocus: 50, adaptability: 50, empowerment: 50 };
    const passedOver = (nodeId: string) => ({
      principleId: 'cut-red-tape',
      lost: 3,
      moments: [{ nodeId, choiceId: 'x', betterChoiceId: 'y', lost: 3 }],
    });
    const pattern = trackPattern([
      part('a', scores, {
        decisions: [took('n1', 'empower-frontline')],
        principlesToRevisit: [passedOver('n2')],
      }),
      part('b', scores, {
        decisions: [took('n1', 'empower-frontline')],
        principlesToRevisit: [passedOver('n3')],
      }),
      part('c', scores, { decisions: [took('n4', 'empower-frontline')] }),
    ]);
    expect(pattern.habit).toMatchObject({
      kind: 'applied',
      principleId: 'empower-frontline',
      scenarios: ['a', 'b', 'c'],
    });
    const tie = trackPattern([
      part('a', scores, {
        decisions: [took('n1', 'own-the-oops')],
        principlesToRevisit: [passedOver('n2')],
      }),
      part('b', scores, {
        decisions: [took('n1', 'own-the-oops')],
        principlesToRevisit: [passedOver('n3')],
      }),
    ]);
    // Two habits in two scenarios each: the gap comes first (the profile is for development).
    expect(tie.habit).toMatchObject({ kind: 'passed-over', principleId: 'cut-red-tape' });
    const timed = trackPattern([
      part('a', scores, { decisions: [took('n1', 'x', { timedOut: true, bestOffered: false })] }),
      part('b', scores, { decisions: [took('n1', 'y', { timedOut: true, bestOffered: false })] }),
    ]);
    expect(timed.habit).toMatchObject({ kind: 'timed-out', scenarios: ['a', 'b'] });
    expect(
      trackPattern([part('a', scores, { decisions: [took('n1', 'p')] }), part('b', scores)]).habit,
    ).toBeNull();
  });

  it('lets no dimension stand out when the averages lie within ten points', () => {
    const close = trackPattern([
      part('a', { customerFocus: 55, adaptability: 50, empowerment: 46 }),
      part('b', { customerFocus: 51, adaptability: 50, empowerment: 50 }),
    ]);
    // Means 53, 50 and 48: five points apart, under STANDOUT_GAP.
    expect(close.standsOut).toBe(false);
    expect(
      trackPattern([part('a', { customerFocus: 60, adaptability: 50, empowerment: 50 })]).standsOut,
    ).toBe(true);
  });

  it('has nothing to compare with one part, and nothing at all with none', () => {
    const one = trackPattern([part('a', { customerFocus: 50, adaptability: 50, empowerment: 50 })]);
    expect(one.spread).toBeNull();
    expect(one.consistency).toBeNull();
    const none = trackPattern([]);
    expect(none.strongest).toBeNull();
    expect(none.weakest).toBeNull();
    expect(none.habit).toBeNull();
  });
});
