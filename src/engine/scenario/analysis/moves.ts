/**
 * What can happen at one node in one world: every way a complete run can leave it. The
 * analyser explores these; the semantics are the shared rules (`rules.ts`), so the analyser
 * and the run machine cannot disagree about what a player may do.
 */
import type { Choice, DecisionNode, Next, Scenario, ScenarioNode, Scores } from '../schema';
import { applyEffects, choiceScores, offeredChoices, resolveNext, zeroScores, type WorldState } from '../rules';

export interface Move {
  /** How the run left the node: "node" (narrative), "node:choice" (decision), "node#outcome" (event). */
  step: string;
  scores: Scores;
  /** True when the move is a player's decision (counted by the decision bounds). */
  decided: boolean;
  target: string;
  world: WorldState;
}

/** Step labels, exported so readers of `bestRun` can take them apart again. */
export const stepLabel = {
  narrative: (nodeId: string) => nodeId,
  decision: (nodeId: string, choiceId: string) => `${nodeId}:${choiceId}`,
  event: (nodeId: string, outcomeIndex: number) => `${nodeId}#${outcomeIndex}`,
};

/**
 * The choices a complete run can take at a decision: those offered in this world, plus the
 * timeout choice of a timed decision, which is taken when time runs out even if its `when`
 * would not offer it (the run machine does the same). File order is kept.
 */
export function possibleChoices(node: DecisionNode, world: WorldState): Choice[] {
  const offered = offeredChoices(node, world);
  const timed = node.timeLimitSeconds !== undefined && node.timeoutChoice !== undefined;
  if (!timed || offered.some((choice) => choice.id === node.timeoutChoice)) return offered;
  return node.choices.filter((choice) => offered.includes(choice) || choice.id === node.timeoutChoice);
}

type Effects = { meters?: Record<string, number>; set?: Record<string, boolean> };

/** applyEffects, skipping the copy when there is nothing to apply (most narrative steps). */
function worldAfter(scenario: Scenario, world: WorldState, effects: Effects): WorldState {
  return effects.meters || effects.set ? applyEffects(scenario, world, effects) : world;
}

/** resolveNext, but a branch list without a default (invalid input) leads nowhere instead of throwing. */
function targetOf(next: Next, world: WorldState): string | null {
  try {
    return resolveNext(next, world);
  } catch {
    return null;
  }
}

function move(step: string, scores: Scores, decided: boolean, next: Next, world: WorldState): Move[] {
  const target = targetOf(next, world);
  return target === null ? [] : [{ step, scores, decided, target, world }];
}

/** Every move out of `node` in `world` (none at an ending). Effects apply before `next` is resolved. */
export function movesFrom(scenario: Scenario, nodeId: string, node: ScenarioNode, world: WorldState): Move[] {
  switch (node.kind) {
    case 'narrative':
      return move(stepLabel.narrative(nodeId), zeroScores(), false, node.next, world);
    case 'decision':
      return possibleChoices(node, world).flatMap((choice) =>
        move(
          stepLabel.decision(nodeId, choice.id),
          choiceScores(choice),
          true,
          choice.next,
          worldAfter(scenario, world, choice),
        ),
      );
    case 'event':
      return node.outcomes.flatMap((outcome, index) =>
        move(stepLabel.event(nodeId, index), zeroScores(), false, outcome.next, worldAfter(scenario, world, outcome)),
      );
    case 'ending':
      return [];
  }
}
