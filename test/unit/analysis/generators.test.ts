import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scenarioSchema } from '../../../src/engine/scenario/schema';
import { findCycle, nodesThatCannotEnd, reachableFrom } from '../../../src/engine/scenario/graph';
import { arbitraryScenario, generateLayeredScenario } from '../../support/generate-scenario';

describe('arbitraryScenario', () => {
  it('always passes the zod schema, and every decision has an unconditional choice', () => {
    fc.assert(
      fc.property(arbitraryScenario(), (scenario) => {
        expect(scenarioSchema.safeParse(scenario).success).toBe(true);
        for (const node of Object.values(scenario.nodes)) {
          if (node.kind !== 'decision') continue;
          expect(node.choices.some((choice) => choice.when === undefined)).toBe(true);
          if (node.timeoutChoice !== undefined) {
            expect(node.choices.map((choice) => choice.id)).toContain(node.timeoutChoice);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('produces every kind of node and condition across samples', () => {
    const samples = fc.sample(arbitraryScenario(), { numRuns: 300, seed: 42 });
    const kinds = new Set(
      samples.flatMap((scenario) => Object.values(scenario.nodes).map((node) => node.kind)),
    );
    expect([...kinds].sort()).toEqual(['decision', 'ending', 'event', 'narrative']);
    const text = JSON.stringify(samples);
    for (const needle of [
      '"flag"',
      '"notFlag"',
      '"gte"',
      '"lte"',
      '"all"',
      '"any"',
      '"timeoutChoice"',
      '"min"',
      '"max"',
    ]) {
      expect(text).toContain(needle);
    }
  });
});

describe('generateLayeredScenario', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const first = generateLayeredScenario({ nodes: 120, seed: 3 });
    expect(generateLayeredScenario({ nodes: 120, seed: 3 })).toEqual(first);
    expect(generateLayeredScenario({ nodes: 120, seed: 4 })).not.toEqual(first);
  });

  it('builds a valid 500-node scenario: schema, reachability, no cycle, every node can end', () => {
    const scenario = generateLayeredScenario({ nodes: 500, seed: 1 });
    expect(Object.keys(scenario.nodes)).toHaveLength(500);
    expect(scenarioSchema.safeParse(scenario).success).toBe(true);
    expect(reachableFrom(scenario).size).toBe(500);
    expect(findCycle(scenario)).toBeNull();
    expect(nodesThatCannotEnd(scenario)).toEqual([]);
  });
});
