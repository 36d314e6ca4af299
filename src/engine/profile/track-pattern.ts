/**
 * A track's pattern across its scenarios, from the parts' profiles alone: which dimension was
 * consistently strong or weak, how consistent the leader was (the spread of each dimension's
 * scores across scenarios), and the one habit that showed up in more than one scenario.
 */
import { DIMENSIONS, type Dimension } from '../scenario/schema';
import { bandFloor } from './bands';
import type { Profile } from './types';

export interface DimensionAcross {
  dimension: Dimension;
  /** One score per part (null where that scenario does not measure it), in track order. */
  scores: Array<number | null>;
  mean: number | null;
  lowest: number | null;
  highest: number | null;
  /** highest − lowest over the parts that measure it; null when fewer than two do. */
  spread: number | null;
}

export type Consistency = 'steady' | 'uneven' | 'varied';

/** Average spread up to STEADY_SPREAD is steady, up to UNEVEN_SPREAD uneven, above it varied. */
export const STEADY_SPREAD = 15;
export const UNEVEN_SPREAD = 30;
/** The strongest and weakest averages must lie at least this far apart for either to stand out. */
export const STANDOUT_GAP = 10;

export interface HabitEvidence {
  scenarioId: string;
  nodeId: string;
  choiceId: string;
}

export interface Habit {
  /** applied: took the best option carrying the principle; passed-over: missed it; timed-out: let the clock decide. */
  kind: 'applied' | 'passed-over' | 'timed-out';
  principleId?: string;
  /** The scenarios it showed up in (ids, track order). */
  scenarios: string[];
  evidence: HabitEvidence[];
}

export interface TrackPattern {
  dimensions: DimensionAcross[];
  /** Highest mean; `consistently` when every part that measures it is strong or above. */
  strongest: { dimension: Dimension; consistently: boolean } | null;
  /** Lowest mean; `consistently` when no part that measures it reaches developing. */
  weakest: { dimension: Dimension; consistently: boolean } | null;
  /** False when the strongest and weakest averages are less than STANDOUT_GAP apart. */
  standsOut: boolean;
  /** Mean of the dimensions' spreads, rounded; null with fewer than two comparable parts. */
  spread: number | null;
  consistency: Consistency | null;
  /** The habit seen in the most scenarios (at least two), null when none repeats. */
  habit: Habit | null;
}

const round = (value: number) => Math.round(value);

function across(profiles: Profile[], dimension: Dimension): DimensionAcross {
  const scores = profiles.map((profile) => profile.dimensions[dimension].normalised);
  const values = scores.filter((value): value is number => value !== null);
  const lowest = values.length > 0 ? Math.min(...values) : null;
  const highest = values.length > 0 ? Math.max(...values) : null;
  return {
    dimension,
    scores,
    mean: values.length > 0 ? round(values.reduce((a, b) => a + b, 0) / values.length) : null,
    lowest,
    highest,
    spread: values.length >= 2 && lowest !== null && highest !== null ? highest - lowest : null,
  };
}

function consistencyOf(spread: number | null): Consistency | null {
  if (spread === null) return null;
  if (spread <= STEADY_SPREAD) return 'steady';
  return spread <= UNEVEN_SPREAD ? 'uneven' : 'varied';
}

function habitCandidates(profiles: Profile[]): Habit[] {
  const habits = new Map<string, Habit>();
  const note = (
    id: string,
    base: Omit<Habit, 'scenarios' | 'evidence'>,
    evidence: HabitEvidence,
  ) => {
    const habit = habits.get(id) ?? { ...base, scenarios: [], evidence: [] };
    if (!habit.scenarios.includes(evidence.scenarioId)) habit.scenarios.push(evidence.scenarioId);
    habit.evidence.push(evidence);
    habits.set(id, habit);
  };
  for (const profile of profiles) {
    const scenarioId = profile.scenarioId;
    for (const review of profile.decisions) {
      const at = { scenarioId, nodeId: review.nodeId, choiceId: review.choiceId };
      if (review.principleId !== undefined && review.bestOffered)
        note(
          `applied:${review.principleId}`,
          { kind: 'applied', principleId: review.principleId },
          at,
        );
      if (review.timedOut) note('timed-out', { kind: 'timed-out' }, at);
    }
    for (const line of profile.principlesToRevisit) {
      for (const moment of line.moments) {
        note(
          `passed-over:${line.principleId}`,
          { kind: 'passed-over', principleId: line.principleId },
          { scenarioId, nodeId: moment.nodeId, choiceId: moment.choiceId },
        );
      }
    }
  }
  return [...habits.values()].filter((habit) => habit.scenarios.length >= 2);
}

/** Most scenarios first; then the most moments; then a gap before a strength (it is for development). */
const KIND_ORDER: Habit['kind'][] = ['passed-over', 'applied', 'timed-out'];

export function trackPattern(profiles: Profile[]): TrackPattern {
  const dimensions = DIMENSIONS.map((dimension) => across(profiles, dimension));
  const ranked = dimensions.filter((line) => line.mean !== null);
  ranked.sort((a, b) => (b.mean ?? 0) - (a.mean ?? 0));
  const top = ranked[0];
  const bottom = ranked.length > 1 ? ranked[ranked.length - 1] : undefined;
  const spreads = dimensions.flatMap((line) => (line.spread === null ? [] : [line.spread]));
  const spread =
    spreads.length > 0 ? round(spreads.reduce((a, b) => a + b, 0) / spreads.length) : null;
  const habits = habitCandidates(profiles).sort(
    (a, b) =>
      b.scenarios.length - a.scenarios.length ||
      b.evidence.length - a.evidence.length ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind),
  );
  return {
    dimensions,
    strongest: top
      ? { dimension: top.dimension, consistently: (top.lowest ?? 0) >= bandFloor('strong') }
      : null,
    weakest: bottom
      ? {
          dimension: bottom.dimension,
          consistently: (bottom.highest ?? 100) < bandFloor('developing'),
        }
      : null,
    standsOut:
      top !== undefined &&
      bottom !== undefined &&
      (top.mean ?? 0) - (bottom.mean ?? 0) >= STANDOUT_GAP,
    spread,
    consistency: consistencyOf(spread),
    habit: habits[0] ?? null,
  };
}
