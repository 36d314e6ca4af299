/**
 * A tiny seeded PRNG (mulberry32). Its whole state is one unsigned 32-bit number, so it lives
 * in the run context, survives JSON persistence and makes a replay draw exactly the same
 * outcomes as the original run.
 */

/** The generator state a seed starts from (any number is folded to an unsigned 32-bit integer). */
export function rngStateFromSeed(seed: number): number {
  return Number.isFinite(seed) ? Math.trunc(seed) >>> 0 : 0;
}

/** One step: a float in [0, 1) and the state after it. */
export function nextRandom(state: number): { value: number; state: number } {
  const advanced = (state + 0x6d2b79f5) >>> 0;
  let mixed = Math.imul(advanced ^ (advanced >>> 15), advanced | 1);
  mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
  const value = ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  return { value, state: advanced };
}

/**
 * Draws an index with probability proportional to its weight. Weights must be positive
 * finite numbers (the scenario schema guarantees it for event outcomes).
 */
export function drawWeighted(
  weights: readonly number[],
  state: number,
): { index: number; state: number } {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  if (weights.length === 0 || !(total > 0) || !Number.isFinite(total)) {
    throw new RangeError('drawWeighted needs at least one positive, finite weight');
  }
  const { value, state: nextState } = nextRandom(state);
  let remaining = value * total;
  for (let index = 0; index < weights.length; index += 1) {
    remaining -= weights[index] ?? 0;
    if (remaining < 0) return { index, state: nextState };
  }
  // Floating-point rounding can leave a sliver at the very top: it belongs to the last entry.
  return { index: weights.length - 1, state: nextState };
}
