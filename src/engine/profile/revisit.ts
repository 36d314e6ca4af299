/**
 * What the run did and did not do, at the level of principles: principles to revisit come only
 * from better options the run passed over (weighted by the points lost there), and a principle
 * the run applied with the best option offered somewhere is never one of them.
 */
import type { Choice, DecisionNode, Scenario } from '../scenario/schema';
import { choiceScores } from '../scenario/rules';
import { totalScore } from './decision-review';
import type { DecisionReview, PrincipleToRevisit } from './types';

/** A run that lost at most this many points in all, against the best options offered, is near-best. */
export const NEAR_BEST_LOSS = 2;

/** Principles of choices the run took that were the best option offered at their decision. */
export function principlesAppliedAtBest(decisions: DecisionReview[]): Set<string> {
  const applied = new Set<string>();
  for (const review of decisions) {
    if (review.bestOffered && review.principleId !== undefined) applied.add(review.principleId);
  }
  return applied;
}

/**
 * Everything the run did, principle by principle: the best-offered choices' principles and
 * those of every choice taken that scored above zero in total. "What to try next" never
 * suggests one of these.
 */
export function principlesPractised(decisions: DecisionReview[]): Set<string> {
  const practised = principlesAppliedAtBest(decisions);
  for (const review of decisions) {
    if (review.principleId !== undefined && totalScore(review.scores) > 0)
      practised.add(review.principleId);
  }
  return practised;
}

/** The options offered at a decision with the highest total, when they beat the one taken. */
export function betterOptions(node: DecisionNode, review: DecisionReview): Choice[] {
  if (review.lost <= 0) return [];
  const offered = node.choices.filter((choice) => review.offered.includes(choice.id));
  const best = Math.max(...offered.map((choice) => totalScore(choiceScores(choice))));
  return offered.filter((choice) => totalScore(choiceScores(choice)) === best);
}

/** Per principle, the points lost where a best option carrying it was passed over; most lost first, then first seen. */
export function principlesToRevisit(
  scenario: Scenario,
  decisions: DecisionReview[],
): PrincipleToRevisit[] {
  const applied = principlesAppliedAtBest(decisions);
  const byPrinciple = new Map<string, PrincipleToRevisit>();
  for (const review of decisions) {
    const node = scenario.nodes[review.nodeId];
    if (node?.kind !== 'decision') continue;
    const seen = new Set<string>();
    for (const better of betterOptions(node, review)) {
      const principleId = better.principle;
      if (principleId === undefined || applied.has(principleId) || seen.has(principleId)) continue;
      seen.add(principleId);
      const line = byPrinciple.get(principleId) ?? { principleId, lost: 0, moments: [] };
      line.lost += review.lost;
      line.moments.push({
        nodeId: review.nodeId,
        choiceId: review.choiceId,
        betterChoiceId: better.id,
        lost: review.lost,
      });
      byPrinciple.set(principleId, line);
    }
  }
  return [...byPrinciple.values()].sort((a, b) => b.lost - a.lost);
}

export function lostPoints(decisions: DecisionReview[]): number {
  return decisions.reduce((sum, review) => sum + review.lost, 0);
}
