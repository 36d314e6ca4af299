import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  SCORE_BANDS,
  bandFloor,
  bandRange,
  isHigh,
  scoreBand,
} from '../../../src/engine/profile/bands';

describe('score bands', () => {
  it('cuts at 40, 70 and 85, each edge in the upper band', () => {
    expect(SCORE_BANDS).toEqual([
      { band: 'emerging', from: 0 },
      { band: 'developing', from: 40 },
      { band: 'strong', from: 70 },
      { band: 'exemplary', from: 85 },
    ]);
    expect([0, 39, 40, 69, 70, 84, 85, 100].map(scoreBand)).toEqual([
      'emerging',
      'emerging',
      'developing',
      'developing',
      'strong',
      'strong',
      'exemplary',
      'exemplary',
    ]);
  });

  it('prints each band as the range it covers', () => {
    expect(SCORE_BANDS.map(({ band }) => bandRange(band))).toEqual([
      '0–39',
      '40–69',
      '70–84',
      '85–100',
    ]);
  });

  it('is total and ordered: a higher score never falls in a lower band', () => {
    const order = SCORE_BANDS.map(({ band }) => band);
    fc.assert(
      fc.property(
        fc.integer({ min: -50, max: 150 }),
        fc.integer({ min: -50, max: 150 }),
        (a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          expect(order.indexOf(scoreBand(low))).toBeLessThanOrEqual(order.indexOf(scoreBand(high)));
        },
      ),
    );
  });

  it('counts strong and exemplary as high', () => {
    expect(isHigh(bandFloor('strong'))).toBe(true);
    expect(isHigh(bandFloor('strong') - 1)).toBe(false);
    expect(isHigh(null)).toBe(false);
  });
});
