/** A track's reading: several scenarios' profiles folded into one line per dimension. */
import type { Dimension } from '../scenario/schema';
import { DIMENSIONS } from '../scenario/schema';
import type { Profile } from './types';

export interface CombinedLine {
  scenarioId: string;
  /** That scenario's 0–100 scores (null where it does not measure the dimension). */
  dimensions: Record<Dimension, number | null>;
}

export interface CombinedProfile {
  /**
   * Per dimension, the mean of the scenarios' 0–100 scores that are not null, rounded to a
   * whole number; null when no scenario of the track measures the dimension.
   */
  dimensions: Record<Dimension, number | null>;
  /** One line per scenario, in the order given. */
  scenarios: CombinedLine[];
}

/** A profile's 0–100 score per dimension (null where the scenario does not measure it). */
export function normalisedOf(profile: Profile): Record<Dimension, number | null> {
  const scores = {} as Record<Dimension, number | null>;
  for (const dimension of DIMENSIONS) scores[dimension] = profile.dimensions[dimension].normalised;
  return scores;
}

export function combineProfiles(profiles: Profile[]): CombinedProfile {
  const scenarios = profiles.map((profile) => ({
    scenarioId: profile.scenarioId,
    dimensions: normalisedOf(profile),
  }));
  const dimensions = {} as Record<Dimension, number | null>;
  for (const dimension of DIMENSIONS) {
    const measured = scenarios
      .map((line) => line.dimensions[dimension])
      .filter((value): value is number => value !== null);
    dimensions[dimension] =
      measured.length > 0
        ? Math.round(measured.reduce((sum, value) => sum + value, 0) / measured.length)
        : null;
  }
  return { dimensions, scenarios };
}
