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
  /** Measured dimensions this decision raised, and those it lowered. */
  raised: Dimension[];
  lowered: Dimension[];
}

/** Two or three moments: where the run lost most against a stronger option, else what worked. */
export const KEY_MOMENTS = { most: 3, least: 2 } as const;

/**
 * The decisions where the run lost most against the strongest option offered (up to three);
 * when fewer than two lost anything, the decisions that scored highest fill in, so a strong run
 * still sees its moments. In the order they were made, so the moments read as a story.
 */
export function keyMomentLines(profile: Profile): KeyMomentLine[] {
  const measured = DIMENSIONS.filter((d) => profile.dimensions[d].normalised !== null);
  const total = (review: DecisionReview) => measured.reduce((sum, d) => sum + review.scores[d], 0);
  const chosen = profile.decisions
    .filter((review) => review.lost > 0)
    .sort((a, b) => b.lost - a.lost || a.step - b.step)
    .slice(0, KEY_MOMENTS.most);
  const strongest = profile.decisions
    .filter((review) => !chosen.includes(review) && total(review) > 0)
    .sort((a, b) => total(b) - total(a) || a.step - b.step);
  while (chosen.length < KEY_MOMENTS.least && strongest.length > 0) chosen.push(strongest.shift()!);
  return chosen
    .sort((a, b) => a.step - b.step)
    .map((decision) => ({
      decision,
      raised: measured.filter((d) => decision.scores[d] > 0),
      lowered: measured.filter((d) => decision.scores[d] < 0),
    }));
}

export interface PrincipleLine {
  id: string;
  title: string;
  summary: string;
  lost: number;
  /** The better options passed over for it: where, and their text. */
  passedOver: Array<{ nodeId: string; nodeTitle?: string; choiceText: string }>;
}

/** The scenario's own titles and summaries for the principles the profile flags, most lost first. */
export function principleLines(scenario: Scenario, profile: Profile): PrincipleLine[] {
  const lines: PrincipleLine[] = [];
  for (const entry of profile.principlesToRevisit) {
    const principle = scenario.principles?.[entry.principleId];
    if (!principle) continue;
    const passedOver = entry.moments.map((moment) => {
      const node = scenario.nodes[moment.nodeId];
      const choice =
        node?.kind === 'decision'
          ? node.choices.find((candidate) => candidate.id === moment.betterChoiceId)
          : undefined;
      const line: PrincipleLine['passedOver'][number] = {
        nodeId: moment.nodeId,
        choiceText: choice?.text ?? moment.betterChoiceId,
      };
      if (node?.title !== undefined) line.nodeTitle = node.title;
      return line;
    });
    lines.push({
      id: entry.principleId,
      title: principle.title,
      summary: principle.summary,
      lost: entry.lost,
      passedOver,
    });
  }
  return lines;
}

export const OUTCOME_WORDS = {
  positive: 'A positive ending',
  mixed: 'A mixed ending',
  negative: 'A negative ending',
} as const;
