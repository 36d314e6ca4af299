/**
 * The format's semantics in one place, shared by the run machine, the analyser and replay:
 * judging conditions, applying a choice's or outcome's effects, resolving `next`.
 */
import type { Condition, Meter, Next, Scenario, Scores, Choice, DecisionNode } from './schema';
import { DIMENSIONS } from './schema';

export interface WorldState {
  meters: Record<string, number>;
  flags: Record<string, boolean>;
}

export function evaluateCondition(condition: Condition, world: WorldState): boolean {
  if ('flag' in condition) return world.flags[condition.flag] === true;
  if ('notFlag' in condition) return world.flags[condition.notFlag] !== true;
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, world));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, world));
  const value = world.meters[condition.meter] ?? 0;
  if ('gte' in condition) return value >= condition.gte;
  return value <= condition.lte;
}

export function clampMeter(meter: Meter, value: number): number {
  let result = value;
  if (meter.min !== undefined) result = Math.max(meter.min, result);
  if (meter.max !== undefined) result = Math.min(meter.max, result);
  return result;
}

export function initialWorld(scenario: Scenario): WorldState {
  const meters: Record<string, number> = {};
  for (const [id, meter] of Object.entries(scenario.meters ?? {})) {
    meters[id] = clampMeter(meter, meter.initial);
  }
  return { meters, flags: {} };
}

/** Meter changes (clamped) then flag sets, as a new world; the input is not mutated. */
export function applyEffects(
  scenario: Scenario,
  world: WorldState,
  effects: { meters?: Record<string, number>; set?: Record<string, boolean> },
): WorldState {
  const meters = { ...world.meters };
  for (const [id, delta] of Object.entries(effects.meters ?? {})) {
    const meter = scenario.meters?.[id];
    if (!meter) continue; // the checker rejects unknown meters; never invent one at run time
    meters[id] = clampMeter(meter, (meters[id] ?? meter.initial) + delta);
  }
  const flags = { ...world.flags, ...(effects.set ?? {}) };
  return { meters, flags };
}

/** The node a `next` leads to in this world: the id itself, or the first branch that holds. */
export function resolveNext(next: Next, world: WorldState): string {
  if (typeof next === 'string') return next;
  for (const entry of next) {
    if (!entry.when || evaluateCondition(entry.when, world)) return entry.next;
  }
  // The checker guarantees the last entry has no `when`; this is only reached for invalid input.
  throw new Error('branch list has no entry that applies');
}

/** The choices a player is offered at a decision in this world, in file order. */
export function offeredChoices(node: DecisionNode, world: WorldState): Choice[] {
  return node.choices.filter((choice) => !choice.when || evaluateCondition(choice.when, world));
}

export function zeroScores(): Scores {
  return { customerFocus: 0, adaptability: 0, empowerment: 0 };
}

export function choiceScores(choice: Choice): Scores {
  return {
    customerFocus: choice.scores?.customerFocus ?? 0,
    adaptability: choice.scores?.adaptability ?? 0,
    empowerment: choice.scores?.empowerment ?? 0,
  };
}

export function addScores(a: Scores, b: Scores): Scores {
  const sum = zeroScores();
  for (const d of DIMENSIONS) sum[d] = a[d] + b[d];
  return sum;
}
