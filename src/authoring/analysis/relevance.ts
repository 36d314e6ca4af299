/**
 * Which parts of the world can still matter at a node: the flags and meters read by some
 * condition at that node or at any node after it. Two runs that arrive at a node with the same
 * values for those are indistinguishable from there on, which is what lets the analyser merge
 * them (see `stateKey` in compiled.ts).
 */
import type { Condition, Next, Scenario, ScenarioNode } from '../../engine/scenario/schema';
import { successorsOf } from '../../engine/scenario/graph';

export interface Relevant {
  /** Sorted, so every run's state key at a node lists the same things in the same order. */
  flags: string[];
  meters: string[];
}

function collectCondition(condition: Condition, flags: Set<string>, meters: Set<string>): void {
  if ('flag' in condition) flags.add(condition.flag);
  else if ('notFlag' in condition) flags.add(condition.notFlag);
  else if ('all' in condition)
    condition.all.forEach((part) => collectCondition(part, flags, meters));
  else if ('any' in condition)
    condition.any.forEach((part) => collectCondition(part, flags, meters));
  else meters.add(condition.meter);
}

function collectNext(next: Next, flags: Set<string>, meters: Set<string>): void {
  if (typeof next === 'string') return;
  for (const entry of next) if (entry.when) collectCondition(entry.when, flags, meters);
}

/** Flags and meters read by the conditions written on this node itself. */
function readsAt(node: ScenarioNode, flags: Set<string>, meters: Set<string>): void {
  if (node.kind === 'narrative') collectNext(node.next, flags, meters);
  if (node.kind === 'event')
    node.outcomes.forEach((outcome) => collectNext(outcome.next, flags, meters));
  if (node.kind === 'decision') {
    for (const choice of node.choices) {
      if (choice.when) collectCondition(choice.when, flags, meters);
      collectNext(choice.next, flags, meters);
    }
  }
}

/**
 * Relevant flags and meters for every node, given a topological order (successors are
 * finished before their predecessors when walking it backwards).
 */
export function relevanceByNode(scenario: Scenario, order: string[]): Map<string, Relevant> {
  const sets = new Map<string, { flags: Set<string>; meters: Set<string> }>();
  for (const id of [...order].reverse()) {
    const node = scenario.nodes[id] as ScenarioNode;
    const flags = new Set<string>();
    const meters = new Set<string>();
    readsAt(node, flags, meters);
    for (const target of successorsOf(node)) {
      const after = sets.get(target);
      after?.flags.forEach((flag) => flags.add(flag));
      after?.meters.forEach((meter) => meters.add(meter));
    }
    sets.set(id, { flags, meters });
  }
  const relevance = new Map<string, Relevant>();
  for (const [id, { flags, meters }] of sets) {
    relevance.set(id, { flags: [...flags].sort(), meters: [...meters].sort() });
  }
  return relevance;
}
