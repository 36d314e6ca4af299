/**
 * The archetype as a reading of the run, over every run of every scenario file: the evidence
 * and the strengths quote decisions the leader took that show them; the blind spot quotes a
 * decision that lowered that dimension; and two runs with the same archetype read differently
 * when they chose differently (the card is not a template).
 */
import { describe, expect, it } from 'vitest';
import { readRun } from '../../../src/engine/profile/reading';
import { libraryScenarios, profiledRuns } from './profiled-runs';

describe.each(libraryScenarios().map((scenario) => [scenario.id, scenario] as const))(
  '%s',
  (_, scenario) => {
    const { runs } = profiledRuns(scenario);

    it('quotes the leader’s own decisions as evidence, strengths and blind spot', () => {
      const readings = new Map<string, Set<string>>();
      for (const { run, profile } of runs) {
        const where = run.steps.join(' > ');
        const reading = readRun(profile);
        for (const decision of reading.evidence)
          expect(profile.decisions, where).toContain(decision);
        for (const strength of reading.strengths) {
          expect(profile.decisions, where).toContain(strength.decision);
          expect(strength.decision.scores[strength.dimension], where).toBeGreaterThan(0);
          expect(
            profile.dimensions[strength.dimension].normalised ?? 0,
            where,
          ).toBeGreaterThanOrEqual(40);
        }
        const spot = reading.blindSpot;
        if (spot?.decision) expect(spot.decision.scores[spot.dimension], where).toBeLessThan(0);
        const quoted = reading.evidence.map((d) => `${d.nodeId}:${d.choiceId}`).join(',');
        const seen = readings.get(reading.archetype.id) ?? new Set<string>();
        readings.set(reading.archetype.id, seen.add(quoted));
      }
      // Some archetype that several runs share is introduced with different decisions.
      expect([...readings.values()].some((quotes) => quotes.size > 1)).toBe(true);
    });
  },
);
