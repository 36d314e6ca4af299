/**
 * The analyser against brute force: on small random scenarios every complete run is
 * enumerated with the shared rules, and the analyser's answers must match exactly.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyseScenario } from '../../../src/authoring/analyse';
import { DIMENSIONS } from '../../../src/engine/scenario/schema';
import { arbitraryScenario } from '../../support/generate-scenario';
import { enumerateRuns } from '../../support/enumerate-runs';

const RUNS = 400;

describe('analyseScenario matches brute-force enumeration', () => {
  it('score bounds are exact, and the best and worst runs are real runs reaching them', () => {
    fc.assert(
      fc.property(arbitraryScenario(), (scenario) => {
        const analysis = analyseScenario(scenario);
        const runs = enumerateRuns(scenario);
        const bySteps = new Map(runs.map((run) => [run.steps.join('\n'), run]));
        for (const dimension of DIMENSIONS) {
          const values = runs.map((run) => run.scores[dimension]);
          expect(analysis.bounds[dimension]).toEqual({
            min: Math.min(...values),
            max: Math.max(...values),
          });
          const best = bySteps.get(analysis.bestRun[dimension].join('\n'));
          const worst = bySteps.get(analysis.worstRun[dimension].join('\n'));
          expect(best?.scores[dimension]).toBe(analysis.bounds[dimension].max);
          expect(worst?.scores[dimension]).toBe(analysis.bounds[dimension].min);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('reachable nodes and endings honour conditions exactly', () => {
    fc.assert(
      fc.property(arbitraryScenario(), (scenario) => {
        const analysis = analyseScenario(scenario);
        const runs = enumerateRuns(scenario);
        const visited = new Set(runs.flatMap((run) => run.visited));
        expect([...analysis.reachable].sort()).toEqual([...visited].sort());
        const endedAt = new Set(runs.map((run) => run.endingId));
        for (const ending of analysis.endings)
          expect(ending.reachable).toBe(endedAt.has(ending.id));
        expect(analysis.unreachable.every((id) => !visited.has(id))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('decision counts on runs are exact and every run is within the structural path count', () => {
    fc.assert(
      fc.property(arbitraryScenario(), (scenario) => {
        const analysis = analyseScenario(scenario);
        const runs = enumerateRuns(scenario);
        const decisions = runs.map((run) => run.decisions);
        expect(analysis.minDecisionsOnAnyPath).toBe(Math.min(...decisions));
        expect(analysis.maxDecisionsOnAnyPath).toBe(Math.max(...decisions));
        const nodePaths = new Set(runs.map((run) => run.visited.join('\n')));
        expect(BigInt(nodePaths.size) <= analysis.completePaths).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('every generated scenario has all its endings structurally reachable and some run that ends', () => {
    fc.assert(
      fc.property(arbitraryScenario(), (scenario) => {
        const analysis = analyseScenario(scenario);
        expect(analysis.completePaths >= BigInt(analysis.endings.length)).toBe(true);
        expect(analysis.endings.some((ending) => ending.reachable)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
