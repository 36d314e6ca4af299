/**
 * The brute-force reference for "why this ending": walking a run's step labels with the shared
 * rules, which decisions moved a meter or set a flag that a branch list on the path reads.
 * Written apart from src/engine/profile (it shares only rules.ts), so the two can disagree.
 */
import type { Condition, Next, Scenario } from '../../../src/engine/scenario/schema';
import {
  applyEffects,
  evaluateCondition,
  initialWorld,
  type WorldState,
} from '../../../src/engine/scenario/rules';

export interface DecisionRef {
  step: number;
  nodeId: string;
  choiceId: string;
}

export interface Expected {
  /** Per branch list on the path (history index of its step): decisions behind every entry's reads. */
  byGate: Map<number, Set<string>>;
  /** The last branch list: decisions behind the entries the rules judged there. */
  deciding: DecisionRef[];
}

function reads(condition: Condition, meters: Set<string>, flags: Set<string>): void {
  if ('all' in condition) condition.all.forEach((c) => reads(c, meters, flags));
  else if ('any' in condition) condition.any.forEach((c) => reads(c, meters, flags));
  else if ('flag' in condition) flags.add(condition.flag);
  else if ('notFlag' in condition) flags.add(condition.notFlag);
  else meters.add(condition.meter);
}

interface Effect {
  ref?: DecisionRef;
  moved: Set<string>;
  set: Set<string>;
}

export const refKey = (ref: DecisionRef) => `${ref.step}:${ref.nodeId}:${ref.choiceId}`;

function parse(scenario: Scenario, label: string) {
  const hash = label.lastIndexOf('#');
  if (hash > 0 && scenario.nodes[label.slice(0, hash)]?.kind === 'event')
    return { nodeId: label.slice(0, hash), outcome: Number(label.slice(hash + 1)) };
  const colon = label.indexOf(':');
  if (colon > 0 && scenario.nodes[label.slice(0, colon)]?.kind === 'decision')
    return { nodeId: label.slice(0, colon), choiceId: label.slice(colon + 1) };
  return { nodeId: label };
}

function behind(effects: Effect[], branches: Exclude<Next, string>): Set<string> {
  const meters = new Set<string>();
  const flags = new Set<string>();
  for (const branch of branches) if (branch.when) reads(branch.when, meters, flags);
  const found = new Set<string>();
  for (const effect of effects) {
    if (!effect.ref) continue;
    const touches =
      [...effect.moved].some((m) => meters.has(m)) || [...effect.set].some((f) => flags.has(f));
    if (touches) found.add(refKey(effect.ref));
  }
  return found;
}

export function expectedDependencies(scenario: Scenario, steps: string[]): Expected {
  let world: WorldState = initialWorld(scenario);
  const effects: Effect[] = [];
  const byGate = new Map<number, Set<string>>();
  let decidingKeys = new Set<string>();
  steps.slice(0, -1).forEach((label, step) => {
    const { nodeId, choiceId, outcome } = parse(scenario, label);
    const node = scenario.nodes[nodeId]!;
    let next: Next | undefined;
    let effect: Effect = { moved: new Set(), set: new Set() };
    if (node.kind === 'narrative') next = node.next;
    else {
      const source =
        node.kind === 'decision'
          ? node.choices.find((c) => c.id === choiceId)!
          : node.kind === 'event'
            ? node.outcomes[outcome!]!
            : undefined;
      if (!source) throw new Error(`cannot read step ${label}`);
      const after = applyEffects(scenario, world, source);
      const moved = new Set(
        Object.keys(after.meters).filter((m) => after.meters[m] !== world.meters[m]),
      );
      effect = { moved, set: new Set(Object.keys(source.set ?? {})) };
      if (node.kind === 'decision') effect.ref = { step, nodeId, choiceId: choiceId! };
      world = after;
      next = source.next;
    }
    effects.push(effect);
    if (Array.isArray(next) && next.some((entry) => entry.when)) {
      byGate.set(step, behind(effects, next));
      const taken = next.findIndex((entry) => !entry.when || evaluateCondition(entry.when, world));
      decidingKeys = behind(effects, next.slice(0, taken + 1));
    }
  });
  const decidingRefs = effects.flatMap((e) =>
    e.ref && decidingKeys.has(refKey(e.ref)) ? [e.ref] : [],
  );
  return { byGate, deciding: decidingRefs };
}
