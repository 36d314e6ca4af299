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
  dimension: Dimension;
  raised?: DecisionReview;
  lowered?: DecisionReview;
}

/** Per measured dimension, the decision that raised it most and the one that lowered it most. */
export function keyMomentLines(profile: Profile): KeyMomentLine[] {
  return DIMENSIONS.filter((dimension) => profile.dimensions[dimension].normalised !== null).map(
    (dimension) => {
      const line: KeyMomentLine = { dimension };
      const raised = profile.keyMoments.raised[dimension][0];
      const lowered = profile.keyMoments.lowered[dimension][0];
      if (raised) line.raised = raised;
      if (lowered) line.lowered = lowered;
      return line;
    },
  );
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
