/**
 * Sources of random decisions for the scenario generators. Builders only ask "pick a number
 * below n", so the same builder can run on a seeded PRNG (deterministic big scenarios) or on a
 * fast-check "tape" of numbers (small scenarios that shrink well).
 */
export interface Entropy {
  /** A whole number in [0, n); 0 when n <= 1. */
  below(n: number): number;
}

/** mulberry32: tiny, fast, good enough for test data; same seed → same sequence. */
export function seededEntropy(seed: number): Entropy {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { below: (n) => (n <= 1 ? 0 : Math.floor(next() * n)) };
}

/**
 * Reads numbers from a fixed tape, then zeros once it runs out. Every builder maps 0 to its
 * simplest option, so when fast-check shrinks the tape (shorter, smaller numbers) the scenario
 * it describes shrinks too.
 */
export function tapeEntropy(tape: readonly number[]): Entropy {
  let position = 0;
  return {
    below(n) {
      const value = tape[position] ?? 0;
      position += 1;
      return n <= 1 ? 0 : value % n;
    },
  };
}

export function pickOne<T>(entropy: Entropy, items: readonly T[]): T {
  const item = items[entropy.below(items.length)];
  if (item === undefined) throw new Error('pickOne needs at least one item');
  return item;
}

/** True with probability 1/oneIn (and false for the tape's zeros, the simpler case). */
export function chance(entropy: Entropy, oneIn: number): boolean {
  return entropy.below(oneIn) === oneIn - 1;
}
