import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawWeighted, nextRandom, rngStateFromSeed } from '../../../src/engine/run/rng';

describe('seeded PRNG', () => {
  it('is a pure function of its 32-bit state', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (state) => {
        const first = nextRandom(state);
        expect(nextRandom(state)).toEqual(first);
        expect(first.value).toBeGreaterThanOrEqual(0);
        expect(first.value).toBeLessThan(1);
        expect(Number.isInteger(first.state) && first.state >= 0 && first.state <= 0xffffffff).toBe(
          true,
        );
      }),
    );
  });

  it('folds any seed to an unsigned 32-bit state', () => {
    expect(rngStateFromSeed(-1)).toBe(0xffffffff);
    expect(rngStateFromSeed(2 ** 32 + 5)).toBe(5);
    expect(rngStateFromSeed(3.9)).toBe(3);
    expect(rngStateFromSeed(Number.NaN)).toBe(0);
  });

  it('draws indices in proportion to their weights', () => {
    const weights = [1, 3, 6];
    const counts = [0, 0, 0];
    let state = rngStateFromSeed(2024);
    for (let draw = 0; draw < 20_000; draw += 1) {
      const result = drawWeighted(weights, state);
      counts[result.index] = (counts[result.index] ?? 0) + 1;
      state = result.state;
    }
    expect(counts[0]! / 20_000).toBeCloseTo(0.1, 1);
    expect(counts[1]! / 20_000).toBeCloseTo(0.3, 1);
    expect(counts[2]! / 20_000).toBeCloseTo(0.6, 1);
  });

  it('always returns a valid index and advances the state', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.001, max: 1000, noNaN: true }), { minLength: 1, maxLength: 8 }),
        fc.nat(),
        (weights, state) => {
          const result = drawWeighted(weights, state);
          expect(result.index).toBeGreaterThanOrEqual(0);
          expect(result.index).toBeLessThan(weights.length);
          expect(result.state).toBe(nextRandom(state).state);
        },
      ),
    );
  });

  it('refuses weights it cannot draw from', () => {
    expect(() => drawWeighted([], 1)).toThrow(RangeError);
    expect(() => drawWeighted([0, 0], 1)).toThrow(RangeError);
  });
});
