/**
 * Scenario generators shared by every helper's tests and the bench.
 *
 * - `arbitraryScenario()`: fast-check arbitrary of small random VALID scenarios (see
 *   random-scenario.ts for how validity is guaranteed).
 * - `generateLayeredScenario({ nodes, seed })`: a deterministic big layered DAG with an
 *   astronomical number of paths (see layered-scenario.ts).
 */
import fc from 'fast-check';
import type { Scenario } from '../../src/engine/scenario/schema';
import { tapeEntropy } from './entropy';
import { buildRandomScenario } from './random-scenario';

export { generateLayeredScenario, type LayeredOptions } from './layered-scenario';
export { buildRandomScenario } from './random-scenario';
export { seededEntropy, tapeEntropy, type Entropy } from './entropy';

/** Enough numbers for the largest scenario the builder makes; past the end it reads zeros. */
const TAPE_LENGTH = 500;

export function arbitraryScenario(): fc.Arbitrary<Scenario> {
  return fc
    .array(fc.nat({ max: 1_000_000 }), { maxLength: TAPE_LENGTH, size: 'max' })
    .map((tape) => buildRandomScenario(tapeEntropy(tape)));
}
