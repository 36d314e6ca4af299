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
    // expect() only on failure: over every run of the library its own cost dominated.
    const check = (ok: boolean, rule: string) => {
      if (!ok) expect.fail(`${run.steps.join(' > ')}: ${rule}`);
    };
    const reading = readRun(profile);
    for (const decision of reading.evidence)
      check(profile.decisions.includes(decision), 'evidence is a decision of the run');
    for (const strength of reading.strengths) {
      check(profile.decisions.includes(strength.decision), 'strength quotes a decision of the run');
      check(strength.decision.scores[strength.dimension] > 0, 'strength decision raised it');
      check((profile.dimensions[strength.dimension].normalised ?? 0) >= 40, 'strength is 40+');
    }
    const spot = reading.blindSpot;
    if (spot?.decision)
      check(spot.decision.scores[spot.dimension] < 0, 'blind spot decision lowered it');
    const quoted = reading.evidence.map((d) => `${d.nodeId}:${d.choiceId}`).join(',');
    const seen = this.readings.get(reading.archetype.id) ?? new Set<string>();
    this.readings.set(reading.archetype.id, seen.add(quoted));
  }

  /** Some archetype that several runs share is introduced with different decisions. */
  readsDifferently(): boolean {
    return [...this.readings.values()].some((quotes) => quotes.size > 1);
  }
}
