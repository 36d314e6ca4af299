/**
 * The scenario compiled for the analyser's inner loop: worlds are small arrays (meters by
 * index, flags by index) and conditions are closures over them, so exploring hundreds of
 * thousands of moves allocates little. The semantics are those of rules.ts (clamping, "a
 * flag never set is false", "an undeclared meter reads 0", effects before `next`); the
 * property tests hold the analyser to a brute force that uses rules.ts directly.
 */
import type {
  Condition,
  DecisionNode,
  Next,
  Scenario,
  ScenarioNode,
  Scores,
} from '../../engine/scenario/schema';
import { DIMENSIONS } from '../../engine/scenario/schema';
import { choiceScores, clampMeter, zeroScores } from '../../engine/scenario/rules';
import type { Relevant } from './relevance';

export interface World {
  meters: number[];
  /** 1 when the flag is true; 0 when false or never set (the same to every condition). */
  flags: number[];
}

type Test = (world: World) => boolean;

export interface Move {
  /** "node" (narrative), "node:choice" (decision), "node#outcomeIndex" (event). */
  step: string;
  /** Scores in DIMENSIONS order. */
  scores: number[];
  decided: boolean;
  /** The choice's `when`; null when the move is always possible. */
  guard: Test | null;
  /** Meter index, change, and the meter's bounds (±Infinity when it has none). */
  meterChanges: Array<[index: number, delta: number, min: number, max: number]>;
  flagChanges: Array<[index: number, value: number]>;
  /** Branch entries in order; the first whose test holds (or has none) is taken. */
  next: Array<{ test: Test | null; target: string }>;
}

export interface CompiledNode {
  moves: Move[];
  /** Indexes of the meters and flags whose values can still matter (see relevance.ts). */
  relevantMeters: number[];
  relevantFlags: number[];
}

export interface Compiled {
  initial: World;
  nodes: Map<string, CompiledNode>;
}

/** Step labels of `Analysis.bestRun`, exported so readers can take them apart again. */
export const stepLabel = {
  narrative: (nodeId: string) => nodeId,
  decision: (nodeId: string, choiceId: string) => `${nodeId}:${choiceId}`,
  event: (nodeId: string, outcomeIndex: number) => `${nodeId}#${outcomeIndex}`,
};

class Compiler {
  private readonly meterIndex = new Map<string, number>();
  private readonly flagIndex = new Map<string, number>();

  constructor(private readonly scenario: Scenario) {
    Object.keys(scenario.meters ?? {}).forEach((id, index) => this.meterIndex.set(id, index));
  }

  flag(name: string): number {
    let index = this.flagIndex.get(name);
    if (index === undefined) this.flagIndex.set(name, (index = this.flagIndex.size));
    return index;
  }

  condition(condition: Condition): Test {
    if ('flag' in condition) {
      const index = this.flag(condition.flag);
      return (world) => world.flags[index] === 1;
    }
    if ('notFlag' in condition) {
      const index = this.flag(condition.notFlag);
      return (world) => world.flags[index] !== 1;
    }
    if ('all' in condition) {
      const parts = condition.all.map((part) => this.condition(part));
      return (world) => parts.every((part) => part(world));
    }
    if ('any' in condition) {
      const parts = condition.any.map((part) => this.condition(part));
      return (world) => parts.some((part) => part(world));
    }
    const index = this.meterIndex.get(condition.meter);
    const read = index === undefined ? () => 0 : (world: World) => world.meters[index] as number;
    if ('gte' in condition) return (world) => read(world) >= condition.gte;
    return (world) => read(world) <= condition.lte;
  }

  next(next: Next): Move['next'] {
    if (typeof next === 'string') return [{ test: null, target: next }];
    return next.map((entry) => ({
      test: entry.when ? this.condition(entry.when) : null,
      target: entry.next,
    }));
  }

  move(
    step: string,
    decided: boolean,
    scores: Scores,
    guard: Condition | undefined,
    effects: { meters?: Record<string, number>; set?: Record<string, boolean>; next: Next },
  ): Move {
    const meterChanges: Move['meterChanges'] = [];
    for (const [id, delta] of Object.entries(effects.meters ?? {})) {
      const index = this.meterIndex.get(id);
      const meter = this.scenario.meters?.[id];
      // Unknown meters are ignored, as in rules.ts.
      if (index === undefined || !meter) continue;
      meterChanges.push([index, delta, meter.min ?? -Infinity, meter.max ?? Infinity]);
    }
    const flagChanges = Object.entries(effects.set ?? {}).map(([name, value]): [number, number] => [
      this.flag(name),
      value ? 1 : 0,
    ]);
    return {
      step,
      scores: DIMENSIONS.map((dimension) => scores[dimension]),
      decided,
      guard: guard ? this.condition(guard) : null,
      meterChanges,
      flagChanges,
      next: this.next(effects.next),
    };
  }

  /** A timed decision's timeout choice is possible whatever its `when` (taken when time runs out). */
  private decisionMoves(id: string, node: DecisionNode): Move[] {
    const timed = node.timeLimitSeconds !== undefined && node.timeoutChoice !== undefined;
    return node.choices.map((choice) => {
      const guard = timed && choice.id === node.timeoutChoice ? undefined : choice.when;
      return this.move(
        stepLabel.decision(id, choice.id),
        true,
        choiceScores(choice),
        guard,
        choice,
      );
    });
  }

  moves(id: string, node: ScenarioNode): Move[] {
    switch (node.kind) {
      case 'narrative':
        return [
          this.move(stepLabel.narrative(id), false, zeroScores(), undefined, { next: node.next }),
        ];
      case 'decision':
        return this.decisionMoves(id, node);
      case 'event':
        return node.outcomes.map((outcome, index) =>
          this.move(stepLabel.event(id, index), false, zeroScores(), undefined, outcome),
        );
      case 'ending':
        return [];
    }
  }

  initialWorld(): World {
    const meters = Object.values(this.scenario.meters ?? {}).map((meter) =>
      clampMeter(meter, meter.initial),
    );
    return { meters, flags: new Array<number>(this.flagIndex.size).fill(0) };
  }

  indexes(relevant: Relevant): Pick<CompiledNode, 'relevantMeters' | 'relevantFlags'> {
    return {
      // An undeclared meter always reads 0, so it never tells two runs apart.
      relevantMeters: relevant.meters.flatMap((id) => this.meterIndex.get(id) ?? []),
      relevantFlags: relevant.flags.map((name) => this.flag(name)),
    };
  }
}

export function compileScenario(scenario: Scenario, relevance: Map<string, Relevant>): Compiled {
  const compiler = new Compiler(scenario);
  const nodes = new Map<string, CompiledNode>();
  for (const [id, node] of Object.entries(scenario.nodes)) {
    const relevant = relevance.get(id) ?? { meters: [], flags: [] };
    nodes.set(id, { moves: compiler.moves(id, node), ...compiler.indexes(relevant) });
  }
  return { initial: compiler.initialWorld(), nodes };
}

/** The world after a move's effects (meters clamped, then flags); shared when nothing changes. */
export function applyMove(world: World, move: Move): World {
  let { meters, flags } = world;
  if (move.meterChanges.length > 0) {
    meters = meters.slice();
    for (const [index, delta, min, max] of move.meterChanges) {
      meters[index] = Math.min(max, Math.max(min, (meters[index] as number) + delta));
    }
  }
  if (move.flagChanges.length > 0) {
    flags = flags.slice();
    for (const [index, value] of move.flagChanges) flags[index] = value;
  }
  return meters === world.meters && flags === world.flags ? world : { meters, flags };
}

/** Where a move leads in the world after its effects; null for a branch list with no default. */
export function targetOf(move: Move, world: World): string | null {
  for (const entry of move.next) {
    if (!entry.test || entry.test(world)) return entry.target;
  }
  return null;
}

/**
 * Identifies the world as far as anything from this node on can tell: the relevant flags and
 * meter values, in a fixed order per node.
 */
export function stateKey(world: World, node: CompiledNode): string {
  let key = '';
  for (const index of node.relevantFlags) key += world.flags[index] === 1 ? '1' : '0';
  key += '|';
  for (const index of node.relevantMeters) key += `${world.meters[index]},`;
  return key;
}
