/**
 * The profile of one finished run ("Scores and the profile" in the scenario format): each
 * dimension placed between the lowest and highest raw score any complete run can reach (from
 * the analyser), the decisions reviewed, key moments, timing, meters, principles to revisit
 * and why the run reached its ending.
 */
import type { Dimension, Scenario } from '../scenario/schema';
import { DIMENSIONS } from '../scenario/schema';
import { clampMeter } from '../scenario/rules';
import type { RunContext } from '../run/types';
import type {
  DecisionReview,
  DimensionResult,
  KeyMoments,
  Profile,
  Scoring,
  StepBackNote,
} from './types';
import { reviewDecisions } from './decision-review';
import { endingStory } from './ending-story';
import { NEAR_BEST_LOSS, lostPoints, principlesToRevisit } from './revisit';

export { combineProfiles, type CombinedProfile, type CombinedLine } from './combine';

const KEY_MOMENTS_PER_SIDE = 3;

/**
 * round(100 × (raw − min) / (max − min)); null when the scenario cannot move the dimension.
 * Clamped to 0–100 so a run recorded against an older version of a scenario still reads sanely.
 */
export function normalise(raw: number, min: number, max: number): number | null {
  if (min === max) return null;
  const value = Math.round((100 * (raw - min)) / (max - min));
  return Math.min(100, Math.max(0, value));
}

function dimensionResults(
  scoring: Scoring,
  context: RunContext,
): Record<Dimension, DimensionResult> {
  const results = {} as Record<Dimension, DimensionResult>;
  for (const dimension of DIMENSIONS) {
    const { min, max } = scoring.bounds[dimension];
    const raw = context.scores[dimension];
    results[dimension] = { dimension, raw, min, max, normalised: normalise(raw, min, max) };
  }
  return results;
}

/** Per dimension, up to 3 decisions that raised it most and 3 that lowered it most (run order breaks ties). */
export function keyMoments(decisions: DecisionReview[]): KeyMoments {
  const raised = {} as KeyMoments['raised'];
  const lowered = {} as KeyMoments['lowered'];
  for (const dimension of DIMENSIONS) {
    const score = (review: DecisionReview) => review.scores[dimension];
    raised[dimension] = decisions
      .filter((review) => score(review) > 0)
      .sort((a, b) => score(b) - score(a))
      .slice(0, KEY_MOMENTS_PER_SIDE);
    lowered[dimension] = decisions
      .filter((review) => score(review) < 0)
      .sort((a, b) => score(a) - score(b))
      .slice(0, KEY_MOMENTS_PER_SIDE);
  }
  return { raised, lowered };
}

function timing(scenario: Scenario, decisions: DecisionReview[]): Profile['timing'] {
  const totalMs = decisions.reduce((sum, review) => sum + review.msTaken, 0);
  const timedDecisions = decisions.filter((review) => {
    const node = scenario.nodes[review.nodeId];
    return (
      node?.kind === 'decision' &&
      node.timeLimitSeconds !== undefined &&
      node.timeoutChoice !== undefined
    );
  }).length;
  return {
    decisions: decisions.length,
    averageMs: decisions.length > 0 ? Math.round(totalMs / decisions.length) : 0,
    timedDecisions,
    timedOut: decisions.filter((review) => review.timedOut).length,
  };
}

function meterLines(scenario: Scenario, context: RunContext): Profile['meters'] {
  return Object.entries(scenario.meters ?? {}).map(([id, meter]) => {
    const initial = clampMeter(meter, meter.initial);
    const line: Profile['meters'][number] = {
      id,
      label: meter.label,
      initial,
      final: context.meters[id] ?? initial,
    };
    if (meter.min !== undefined) line.min = meter.min;
    if (meter.max !== undefined) line.max = meter.max;
    return line;
  });
}

function stepBackNotes(scenario: Scenario, context: RunContext): StepBackNote[] {
  return (context.steppedBack ?? []).map((undone) => {
    const node = scenario.nodes[undone.nodeId];
    const choice =
      node?.kind === 'decision' ? node.choices.find((c) => c.id === undone.choiceId) : undefined;
    const note: StepBackNote = {
      nodeId: undone.nodeId,
      choiceId: undone.choiceId,
      choiceText: choice?.text ?? undone.choiceId,
      timedOut: undone.timedOut,
    };
    if (node?.title !== undefined) note.nodeTitle = node.title;
    return note;
  });
}

/** The profile of a finished run; throws when the run's current node is not an ending. */
export function buildProfile(scenario: Scenario, scoring: Scoring, context: RunContext): Profile {
  const endingNode = scenario.nodes[context.nodeId];
  if (endingNode?.kind !== 'ending') {
    throw new Error(`The run has not ended: it is at "${context.nodeId}", which is not an ending.`);
  }
  const ending: Profile['ending'] = {
    nodeId: context.nodeId,
    text: endingNode.text,
    outcome: endingNode.outcome,
  };
  if (endingNode.title !== undefined) ending.title = endingNode.title;
  const decisions = reviewDecisions(scenario, context.history);
  const lost = lostPoints(decisions);
  return {
    scenarioId: scenario.id,
    dimensions: dimensionResults(scoring, context),
    ending,
    decisions,
    keyMoments: keyMoments(decisions),
    timing: timing(scenario, decisions),
    meters: meterLines(scenario, context),
    principlesToRevisit: principlesToRevisit(scenario, decisions),
    lostPoints: lost,
    nearBest: lost <= NEAR_BEST_LOSS,
    endingStory: endingStory(scenario, context.history, context.nodeId),
    stepBacks: stepBackNotes(scenario, context),
  };
}
