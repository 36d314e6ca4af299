/**
 * Figures the debrief derives from a profile, kept apart from the DOM so each can be tested
 * against a Profile directly.
 */
import { DIMENSIONS } from '../../engine/scenario/schema';
import type { Dimension, Scenario } from '../../engine/scenario/schema';
import type { TimePressure } from '../../engine/run/types';
import type { DecisionReview, Profile } from '../../engine/profile/types';

export const NOT_MEASURED = 'not measured';

export function scoreText(normalised: number | null): string {
  return normalised === null ? NOT_MEASURED : String(normalised);
}

export interface TimingFigures {
  decisions: number;
  /** Average seconds per decision, one decimal ("12.4"); "—" when there were no decisions. */
  averageSeconds: string;
  timedDecisions: number;
  timedOut: number;
  /** A sentence about the time pressure setting the run was played with. */
  pressure: string;
}

const PRESSURE_SENTENCES: Record<TimePressure, string> = {
  normal: 'Time limits were on, at normal speed.',
  double: 'Time limits were on, with double time.',
  off: 'Time limits were switched off for this run.',
};

export function timingFigures(profile: Profile, timePressure: TimePressure): TimingFigures {
  const { decisions, averageMs, timedDecisions, timedOut } = profile.timing;
  return {
    decisions,
    averageSeconds: decisions === 0 ? '—' : (averageMs / 1000).toFixed(1),
    timedDecisions,
    timedOut,
    pressure: PRESSURE_SENTENCES[timePressure],
  };
}

export interface MeterLine {
  label: string;
  start: number;
  end: number;
  change: number;
}

export function meterLines(profile: Profile): MeterLine[] {
  return profile.meters.map((meter) => ({
    label: meter.label,
    start: meter.initial,
    end: meter.final,
    change: meter.final - meter.initial,
  }));
}

export interface KeyMomentLine {
  decision: DecisionReview;
  /** Measured dimensions this decision raised most (it tops the profile's "raised" list). */
  raisedMost: Dimension[];
  loweredMost: Dimension[];
}

const momentKey = (decision: DecisionReview) => `${decision.nodeId}\u0000${decision.choiceId}`;

/**
 * The decisions that raised or lowered some measured dimension most, each once (one choice
 * often tops several dimensions), in the order they were made, so the moments read as a story.
 */
export function keyMomentLines(profile: Profile): KeyMomentLine[] {
  const byKey = new Map<string, KeyMomentLine>();
  const note = (decision: DecisionReview | undefined, dimension: Dimension, raised: boolean) => {
    if (!decision) return;
    const key = momentKey(decision);
    const line = byKey.get(key) ?? { decision, raisedMost: [], loweredMost: [] };
    (raised ? line.raisedMost : line.loweredMost).push(dimension);
    byKey.set(key, line);
  };
  for (const dimension of DIMENSIONS) {
    if (profile.dimensions[dimension].normalised === null) continue;
    note(profile.keyMoments.raised[dimension][0], dimension, true);
    note(profile.keyMoments.lowered[dimension][0], dimension, false);
  }
  const order = new Map(profile.decisions.map((decision, index) => [momentKey(decision), index]));
  const position = (line: KeyMomentLine) =>
    order.get(momentKey(line.decision)) ?? Number.MAX_SAFE_INTEGER;
  return [...byKey.values()].sort((a, b) => position(a) - position(b));
}

export interface PrincipleLine {
  id: string;
  title: string;
  summary: string;
}

/** The scenario's own titles and summaries for the principles the profile flags, in its order. */
export function principleLines(scenario: Scenario, profile: Profile): PrincipleLine[] {
  const lines: PrincipleLine[] = [];
  for (const id of profile.principlesToRevisit) {
    const principle = scenario.principles?.[id];
    if (principle) lines.push({ id, title: principle.title, summary: principle.summary });
  }
  return lines;
}

/** The last few decisions before the ending, oldest first: "what led to it". */
export function decisionsBeforeEnding(profile: Profile, count = 3): DecisionReview[] {
  return profile.decisions.slice(-count);
}

export const OUTCOME_WORDS = {
  positive: 'A positive ending',
  mixed: 'A mixed ending',
  negative: 'A negative ending',
} as const;
