import { describe, expect, it } from 'vitest';
import { combineProfiles } from '../../../src/engine/profile/build-profile';
import type { Profile } from '../../../src/engine/profile/types';
import type { Dimension } from '../../../src/engine/scenario/schema';

function profileWith(scenarioId: string, normalised: Record<Dimension, number | null>): Profile {
  const result = (dimension: Dimension) => ({
    dimension,
    raw: 0,
    min: 0,
    max: 1,
    normalised: normalised[dimension],
  });
  const none = { customerFocus: [], adaptability: [], empowerment: [] };
  return {
    scenarioId,
    dimensions: {
      customerFocus: result('customerFocus'),
      adaptability: result('adaptability'),
      empowerment: result('empowerment'),
    },
    ending: { nodeId: 'end', text: 'End.', outcome: 'mixed' },
    decisions: [],
    keyMoments: { raised: none, lowered: none },
    timing: { decisions: 0, averageMs: 0, timedDecisions: 0, timedOut: 0 },
    meters: [],
    principlesToRevisit: [],
    lostPoints: 0,
    nearBest: true,
    endingStory: {
      endingId: 'end',
      outcome: 'mixed',
      gates: [],
      routeSteps: [],
      whatIfs: [],
      final: { meters: {}, flags: {} },
    },
  };
}

describe('combineProfiles', () => {
  it('averages the measured scores per dimension, rounded, skipping nulls', () => {
    const combined = combineProfiles([
      profileWith('first', { customerFocus: 80, adaptability: null, empowerment: 10 }),
      profileWith('second', { customerFocus: 45, adaptability: 50, empowerment: null }),
      profileWith('third', { customerFocus: 0, adaptability: null, empowerment: null }),
    ]);
    expect(combined.dimensions).toEqual({ customerFocus: 42, adaptability: 50, empowerment: 10 });
  });

  it('is null where no scenario measures the dimension, and keeps one line per scenario in order', () => {
    const combined = combineProfiles([
      profileWith('a', { customerFocus: 10, adaptability: null, empowerment: 20 }),
      profileWith('b', { customerFocus: 30, adaptability: null, empowerment: 40 }),
    ]);
    expect(combined.dimensions.adaptability).toBeNull();
    expect(combined.scenarios).toEqual([
      { scenarioId: 'a', dimensions: { customerFocus: 10, adaptability: null, empowerment: 20 } },
      { scenarioId: 'b', dimensions: { customerFocus: 30, adaptability: null, empowerment: 40 } },
    ]);
  });

  it('is all null for no profiles', () => {
    expect(combineProfiles([])).toEqual({
      dimensions: { customerFocus: null, adaptability: null, empowerment: null },
      scenarios: [],
    });
  });
});
