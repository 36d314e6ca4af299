/**
 * The archetype as a reading of the run: the evidence and the strengths quote decisions the
 * leader took that show them; the blind spot quotes a decision that lowered that dimension; and
 * two runs with the same archetype read differently when they chose differently.
 */
import { expect } from 'vitest';
import { readRun } from '../../../../src/engine/profile/reading';
import type { Profile } from '../../../../src/engine/profile/types';
import type { EnumeratedRun } from '../../../support/enumerate-runs';

export class ReadingTally {
  /** Archetype id → the sets of decisions its introductions quoted. */
  private readonly readings = new Map<string, Set<string>>();

  check(run: EnumeratedRun, profile: Profile): void {
    const where = run.steps.join(' > ');
    const reading = readRun(profile);
    for (const decision of reading.evidence) expect(profile.decisions, where).toContain(decision);
    for (const strength of reading.strengths) {
      expect(profile.decisions, where).toContain(strength.decision);
      expect(strength.decision.scores[strength.dimension], where).toBeGreaterThan(0);
      expect(profile.dimensions[strength.dimension].normalised ?? 0, where).toBeGreaterThanOrEqual(
        40,
      );
    }
    const spot = reading.blindSpot;
    if (spot?.decision) expect(spot.decision.scores[spot.dimension], where).toBeLessThan(0);
    const quoted = reading.evidence.map((d) => `${d.nodeId}:${d.choiceId}`).join(',');
    const seen = this.readings.get(reading.archetype.id) ?? new Set<string>();
    this.readings.set(reading.archetype.id, seen.add(quoted));
  }

  /** Some archetype that several runs share is introduced with different decisions. */
  readsDifferently(): boolean {
    return [...this.readings.values()].some((quotes) => quotes.size > 1);
  }
}
