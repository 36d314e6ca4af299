/**
 * One review line per decision a run took: the choice, its feedback and principle, and the
 * best-scoring alternative that was offered there when it beats the choice.
 */
import type { Choice, DecisionNode, Scenario, Scores } from '../scenario/schema';
import { DIMENSIONS } from '../scenario/schema';
import { choiceScores } from '../scenario/rules';
import type { HistoryEntry } from '../run/types';
import type { DecisionReview } from './types';
import { offeredAt, walkHistory } from './run-walk';

export function totalScore(scores: Scores): number {
  return DIMENSIONS.reduce((sum, dimension) => sum + scores[dimension], 0);
}

/**
 * The offered choice (other than the one taken) with the highest total score; ties go to
 * the one earlier in the file. Only returned when its total beats the chosen choice's.
 */
export function bestAlternative(
  node: DecisionNode,
  chosen: Choice,
  offeredIds: string[],
): Choice | undefined {
  let best: Choice | undefined;
  for (const candidate of node.choices) {
    if (candidate === chosen || !offeredIds.includes(candidate.id)) continue;
    if (!best || totalScore(choiceScores(candidate)) > totalScore(choiceScores(best)))
      best = candidate;
  }
  if (!best) return undefined;
  return totalScore(choiceScores(best)) > totalScore(choiceScores(chosen)) ? best : undefined;
}

function review(
  node: DecisionNode,
  entry: HistoryEntry,
  step: number,
  chosen: Choice,
  offered: Choice[],
): DecisionReview {
  const bestTotal = Math.max(...offered.map((choice) => totalScore(choiceScores(choice))));
  const lost = Math.max(0, bestTotal - totalScore(choiceScores(chosen)));
  const line: DecisionReview = {
    nodeId: entry.nodeId,
    choiceId: chosen.id,
    choiceText: chosen.text,
    feedback: chosen.feedback,
    scores: choiceScores(chosen),
    timedOut: entry.timedOut,
    msTaken: entry.msTaken,
    step,
    offered: offered.map((choice) => choice.id),
    bestOffered: lost === 0,
    lost,
  };
  if (node.title !== undefined) line.nodeTitle = node.title;
  if (chosen.principle !== undefined) line.principleId = chosen.principle;
  const alternative = bestAlternative(node, chosen, line.offered);
  if (alternative) {
    line.bestAlternative = {
      choiceId: alternative.id,
      choiceText: alternative.text,
      feedback: alternative.feedback,
      scores: choiceScores(alternative),
    };
    if (alternative.principle !== undefined)
      line.bestAlternative.principleId = alternative.principle;
  }
  return line;
}

/**
 * Review every decision of a run's history, in order. Offered choices come from the history
 * (`offered`); a record without them gets them recomputed by replaying the history's effects.
 * Entries naming a node or choice the scenario does not have are skipped.
 */
export function reviewDecisions(scenario: Scenario, history: HistoryEntry[]): DecisionReview[] {
  const reviews: DecisionReview[] = [];
  for (const step of walkHistory(scenario, history)) {
    if (step.entry.kind !== 'decision' || step.node.kind !== 'decision') continue;
    const chosen = step.effect as Choice | undefined;
    // A timed-out choice counts as offered even when its `when` would not have offered it.
    const offered = offeredAt(step);
    if (chosen && !offered.includes(chosen)) offered.push(chosen);
    if (chosen) reviews.push(review(step.node, step.entry, step.index, chosen, offered));
  }
  return reviews;
}
