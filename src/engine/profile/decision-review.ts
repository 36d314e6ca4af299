/**
 * One review line per decision a run took: the choice, its feedback and principle, and the
 * best-scoring alternative that was offered there when it beats the choice.
 */
import type { Choice, DecisionNode, Scenario, Scores } from '../scenario/schema';
import { DIMENSIONS } from '../scenario/schema';
import {
  applyEffects,
  choiceScores,
  initialWorld,
  offeredChoices,
  type WorldState,
} from '../scenario/rules';
import type { HistoryEntry } from '../run/types';
import type { DecisionReview } from './types';

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
  chosen: Choice,
  offeredIds: string[],
): DecisionReview {
  const line: DecisionReview = {
    nodeId: entry.nodeId,
    choiceId: chosen.id,
    choiceText: chosen.text,
    feedback: chosen.feedback,
    scores: choiceScores(chosen),
    timedOut: entry.timedOut,
    msTaken: entry.msTaken,
  };
  if (node.title !== undefined) line.nodeTitle = node.title;
  if (chosen.principle !== undefined) line.principleId = chosen.principle;
  const alternative = bestAlternative(node, chosen, offeredIds);
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

/** The world after one history step, so offered choices can be recomputed for old records. */
function worldAfter(scenario: Scenario, world: WorldState, entry: HistoryEntry): WorldState {
  const node = scenario.nodes[entry.nodeId];
  if (node?.kind === 'decision') {
    const chosen = node.choices.find((choice) => choice.id === entry.choiceId);
    return chosen ? applyEffects(scenario, world, chosen) : world;
  }
  if (node?.kind === 'event' && entry.outcomeIndex !== undefined) {
    const outcome = node.outcomes[entry.outcomeIndex];
    return outcome ? applyEffects(scenario, world, outcome) : world;
  }
  return world;
}

/**
 * Review every decision of a run's history, in order. Offered choices come from the history
 * (`offered`); a record without them gets them recomputed by replaying the history's effects.
 * Entries naming a node or choice the scenario does not have are skipped.
 */
export function reviewDecisions(scenario: Scenario, history: HistoryEntry[]): DecisionReview[] {
  const reviews: DecisionReview[] = [];
  let world = initialWorld(scenario);
  for (const entry of history) {
    const node = scenario.nodes[entry.nodeId];
    if (entry.kind === 'decision' && node?.kind === 'decision') {
      const chosen = node.choices.find((choice) => choice.id === entry.choiceId);
      const offeredIds = entry.offered ?? offeredChoices(node, world).map((choice) => choice.id);
      if (chosen) reviews.push(review(node, entry, chosen, offeredIds));
    }
    world = worldAfter(scenario, world, entry);
  }
  return reviews;
}
