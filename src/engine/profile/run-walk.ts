/**
 * A finished run's history walked again with the scenario's rules, step by step: the world
 * before and after each step and the `next` it resolved. The ending story and its what-ifs are
 * read from this walk, so they follow exactly the rules the run machine followed.
 */
import type {
  Choice,
  Condition,
  EventOutcome,
  Next,
  Scenario,
  ScenarioNode,
} from '../scenario/schema';
import {
  applyEffects,
  initialWorld,
  offeredChoices,
  resolveNext,
  type WorldState,
} from '../scenario/rules';
import type { HistoryEntry } from '../run/types';

export interface WalkedStep {
  index: number;
  entry: HistoryEntry;
  node: ScenarioNode;
  before: WorldState;
  after: WorldState;
  /** The choice taken or the outcome drawn (absent on narratives). */
  effect?: Choice | EventOutcome;
  next?: Next;
}

function effectOf(node: ScenarioNode, entry: HistoryEntry): Choice | EventOutcome | undefined {
  if (node.kind === 'decision') return node.choices.find((choice) => choice.id === entry.choiceId);
  if (node.kind === 'event' && entry.outcomeIndex !== undefined)
    return node.outcomes[entry.outcomeIndex];
  return undefined;
}

/** Every history step with its worlds; steps naming a node the scenario lacks are skipped. */
export function walkHistory(scenario: Scenario, history: HistoryEntry[]): WalkedStep[] {
  const steps: WalkedStep[] = [];
  let world = initialWorld(scenario);
  history.forEach((entry, index) => {
    const node = scenario.nodes[entry.nodeId];
    if (!node) return;
    const effect = effectOf(node, entry);
    const after = effect ? applyEffects(scenario, world, effect) : world;
    const step: WalkedStep = { index, entry, node, before: world, after };
    if (effect) step.effect = effect;
    if (node.kind === 'narrative') step.next = node.next;
    else if (effect) step.next = effect.next;
    steps.push(step);
    world = after;
  });
  return steps;
}

/** A `next` that is judged (a branch list with a condition), as opposed to a fixed route. */
export function isBranchList(next: Next | undefined): next is Exclude<Next, string> {
  return Array.isArray(next) && next.some((entry) => entry.when !== undefined);
}

/**
 * Where a node leads without any further input: through narratives (judging their branch
 * lists in `world`) to an ending. Undefined when a decision or an event comes first.
 */
export function settle(scenario: Scenario, nodeId: string, world: WorldState): string | undefined {
  let current = nodeId;
  for (let guard = 0; guard <= Object.keys(scenario.nodes).length; guard += 1) {
    const node = scenario.nodes[current];
    if (node?.kind === 'ending') return current;
    if (node?.kind !== 'narrative') return undefined;
    current = resolveNext(node.next, world);
  }
  return undefined;
}

/** Meter ids and flag names a condition reads, in the order they appear. */
export function conditionReads(
  condition: Condition,
  into: { meters: string[]; flags: string[] },
): void {
  if ('all' in condition) condition.all.forEach((part) => conditionReads(part, into));
  else if ('any' in condition) condition.any.forEach((part) => conditionReads(part, into));
  else if ('flag' in condition) pushOnce(into.flags, condition.flag);
  else if ('notFlag' in condition) pushOnce(into.flags, condition.notFlag);
  else pushOnce(into.meters, condition.meter);
}

function pushOnce(list: string[], item: string): void {
  if (!list.includes(item)) list.push(item);
}

/** The choices the player had at a decision step (the recorded list, or recomputed). */
export function offeredAt(step: WalkedStep): Choice[] {
  if (step.node.kind !== 'decision') return [];
  const ids = step.entry.offered;
  if (!ids) return offeredChoices(step.node, step.before);
  return step.node.choices.filter((choice) => ids.includes(choice.id));
}
