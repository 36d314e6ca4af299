// @vitest-environment happy-dom
/**
 * Everything the debrief claims, over every complete run of 120 generated scenarios (see truth/every-run.ts):
 * "why this ending" names exactly the decisions behind each branch on the path (brute force)
 * and its words name every decision behind the deciding one; every what-if is the real run with
 * one step changed; principles to revisit come only from better options passed over; "one thing
 * to try next" never names an option taken or a principle practised; the archetype quotes the
 * leader's own decisions.
 */
import { describe, expect, it } from 'vitest';
import { generatedScenarios, TRUTH_TIMEOUT_MS } from './truth-scenarios';
import { checkEveryRun } from './truth/every-run';

describe('the debrief tells the truth on every run', () => {
  for (const scenario of generatedScenarios(120)) {
    it(
      scenario.id,
      () => {
        const report = checkEveryRun(scenario);
        expect(report.runs).toBeGreaterThan(0);
      },
      TRUTH_TIMEOUT_MS,
    );
  }
});
