/**
 * Counterfactuals with the scenario's own rules: the same run with one step done differently
 * (another offered choice, or another outcome of a chance event) and every other step exactly
 * as recorded. Only runs that could really have been played that way are kept: the path must
 * stay the same, or settle into an ending without needing another input.
 */
import type { Choice, EventOutcome, Scenario } from '../scenario/schema';
import {
  applyEffects,
  initialWorld,
  offeredChoices,
  resolveNext,
  type WorldState,
} from '../scenario/rules';
import type { Gate, WhatIf } from './ending-story-types';
import { offeredAt, settle, type WalkedStep } from './run-walk';

type Change = { step: number; effect: Choice | EventOutcome };

/** May the recorded choice be taken again in this (changed) world? */
function stillPossible(step: WalkedStep, world: WorldState): boolean {
  if (step.node.kind !== 'decision') return true;
  const chosen = step.effect as Choice | undefined;
  if (!chosen) return false;
  if (step.entry.timedOut && step.node.timeoutChoice === chosen.id) return true;
  return offeredChoices(step.node, world).includes(chosen);
}

interface Replayed {
  endingId: string;
  /** The world where the deciding branch was judged (or where the run settled, if earlier). */
  atDeciding: WorldState;
}

/** The run again with `change` applied; null when the rest of the run could not be played as recorded. */
function replayWith(
  scenario: Scenario,
  steps: WalkedStep[],
  change: Change,
  endingId: string,
  decidingStep: number | undefined,
): Replayed | null {
  let world = initialWorld(scenario);
  let nodeId = scenario.start;
  let atDeciding: WorldState | undefined;
  for (const [position, step] of steps.entries()) {
    if (step.entry.nodeId !== nodeId) return null;
    const changed = step.index === change.step;
    if (!changed && !stillPossible(step, world)) return null;
    const effect = changed ? change.effect : step.effect;
    if (effect) world = applyEffects(scenario, world, effect);
    const next = step.node.kind === 'narrative' ? step.node.next : effect?.next;
    if (next === undefined) return null;
    if (step.index === decidingStep) atDeciding = world;
    nodeId = resolveNext(next, world);
    const recorded = steps[position + 1]?.entry.nodeId ?? endingId;
    if (nodeId !== recorded) {
      const settled = settle(scenario, nodeId, world);
      return settled === undefined ? null : { endingId: settled, atDeciding: atDeciding ?? world };
    }
  }
  return { endingId: nodeId, atDeciding: atDeciding ?? world };
}

/** Every single other thing that could have happened at a step, with its chance for events. */
function alternativesAt(
  step: WalkedStep,
): Array<{ effect: Choice | EventOutcome; chance?: number }> {
  if (step.node.kind === 'decision') {
    return offeredAt(step)
      .filter((choice) => choice !== step.effect)
      .map((effect) => ({ effect }));
  }
  if (step.node.kind !== 'event') return [];
  const total = step.node.outcomes.reduce((sum, outcome) => sum + outcome.weight, 0);
  return step.node.outcomes
    .filter((outcome) => outcome !== step.effect)
    .map((effect) => ({ effect, chance: effect.weight / total }));
}

function describe(
  step: WalkedStep,
  effect: Choice | EventOutcome,
): Pick<WhatIf, 'choiceId' | 'outcomeIndex'> {
  if (step.node.kind === 'decision') return { choiceId: (effect as Choice).id };
  if (step.node.kind === 'event')
    return { outcomeIndex: step.node.outcomes.indexOf(effect as EventOutcome) };
  return {};
}

export function whatIfs(
  scenario: Scenario,
  steps: WalkedStep[],
  endingId: string,
  deciding: Gate | undefined,
): WhatIf[] {
  const found: WhatIf[] = [];
  for (const step of steps) {
    for (const { effect, chance } of alternativesAt(step)) {
      const replayed = replayWith(
        scenario,
        steps,
        { step: step.index, effect },
        endingId,
        deciding?.step,
      );
      const ending = replayed ? scenario.nodes[replayed.endingId] : undefined;
      if (!replayed || ending?.kind !== 'ending') continue;
      const meterChanges: Record<string, number> = {};
      for (const reading of deciding?.meters ?? []) {
        meterChanges[reading.meter] =
          (replayed.atDeciding.meters[reading.meter] ?? 0) - reading.value;
      }
      const whatIf: WhatIf = {
        step: step.index,
        kind: step.node.kind === 'decision' ? 'decision' : 'event',
        nodeId: step.entry.nodeId,
        ...describe(step, effect),
        endingId: replayed.endingId,
        outcome: ending.outcome,
        meterChanges,
      };
      if (chance !== undefined) whatIf.chance = chance;
      found.push(whatIf);
    }
  }
  return found;
}

/** Decision and event steps where some alternative would have sent the story to another node. */
export function routeSteps(scenario: Scenario, steps: WalkedStep[]): number[] {
  return steps
    .filter((step) => {
      if (!step.effect) return false;
      const taken = resolveNext(step.effect.next, step.after);
      return alternativesAt(step).some(({ effect }) => {
        const world = applyEffects(scenario, step.before, effect);
        return resolveNext(effect.next, world) !== taken;
      });
    })
    .map((step) => step.index);
}
