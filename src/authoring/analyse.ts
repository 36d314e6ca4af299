/**
 * The analyser: what a scenario makes possible, computed from the file alone.
 *
 * It never enumerates runs (a 500-node scenario can have 10^30 of them). Instead it walks the
 * nodes once in topological order and keeps, per node, one entry per canonical world state
 * (the flags and meter values that some condition at or after that node can still read — see
 * analysis/relevance.ts). Runs that reach a node in the same canonical state have the same
 * futures, so they merge into one entry holding the lowest and highest score so far on each
 * dimension (and the fewest/most decisions), with a link back to a run that achieved each.
 * Because every run that reaches a node is summarised by some entry, the bounds are exact.
 *
 * What bounds the work: entries at a node ≤ min(number of paths into it, 2^(relevant flags) ×
 * product over relevant meters of the values that meter can take there). Clamped meters moved
 * in whole steps keep that product small; meters nothing reads cost nothing. The inner loop
 * runs on a compiled form of the scenario (analysis/compiled.ts) to keep allocation low.
 */
import type { Dimension, EndingOutcome, Scenario, ScenarioNode } from '../engine/scenario/schema';
import { DIMENSIONS } from '../engine/scenario/schema';
import type { ScoreBounds, Scoring } from '../engine/profile/types';
import { topologicalOrder, findCycle } from '../engine/scenario/graph';
import {
  applyMove,
  compileScenario,
  stateKey,
  targetOf,
  type Compiled,
  type CompiledNode,
  type Move,
  type World,
} from './analysis/compiled';
import { relevanceByNode } from './analysis/relevance';
import { countCompletePaths } from './analysis/paths';

export { stepLabel } from './analysis/compiled';

export type { ScoreBounds };

export interface EndingReach {
  id: string;
  outcome: EndingOutcome;
  /** True when some complete run, honouring every condition, ends here. */
  reachable: boolean;
}

export interface Analysis extends Scoring {
  /** Nodes some run can actually visit, honouring conditions (a subset of graph reachability). */
  reachable: Set<string>;
  /** The other nodes, in file order. */
  unreachable: string[];
  /** Every ending node, in file order. */
  endings: EndingReach[];
  /** Structural count of start→ending node sequences, ignoring conditions. */
  completePaths: bigint;
  /** Decision nodes in the scenario. */
  decisions: number;
  /** Lowest and highest raw score over every complete run (0/0 when no run can end). */
  bounds: ScoreBounds;
  minDecisionsOnAnyPath: number;
  maxDecisionsOnAnyPath: number;
  /**
   * Per dimension, the steps of one complete run reaching its maximum: "node" (narrative),
   * "node:choice" (decision), "node#outcomeIndex" (event), and the ending's id last.
   * Empty when no run can end.
   */
  bestRun: Record<Dimension, string[]>;
  /** The same for the minimum. */
  worstRun: Record<Dimension, string[]>;
}

interface Link {
  from: Entry;
  step: string;
}

/** All runs that reach one node in one canonical world state. Scores in DIMENSIONS order. */
interface Entry {
  /** The world of the first run that arrived; it agrees with the others on all that matters. */
  world: World;
  low: number[];
  high: number[];
  fewestDecisions: number;
  mostDecisions: number;
  lowLink: Array<Link | null>;
  highLink: Array<Link | null>;
}

type EntriesByNode = Map<string, Map<string, Entry>>;

const DIMENSION_COUNT = DIMENSIONS.length;

function newEntry(world: World, from: Entry, move: Move, link: Link): Entry {
  const decisions = move.decided ? 1 : 0;
  return {
    world,
    low: from.low.map((score, index) => score + (move.scores[index] as number)),
    high: from.high.map((score, index) => score + (move.scores[index] as number)),
    fewestDecisions: from.fewestDecisions + decisions,
    mostDecisions: from.mostDecisions + decisions,
    lowLink: new Array<Link>(DIMENSION_COUNT).fill(link),
    highLink: new Array<Link>(DIMENSION_COUNT).fill(link),
  };
}

/** Merge the runs summarised by `from`, continued by `move`, into the entry for their state. */
function arrive(
  entries: Map<string, Entry>,
  key: string,
  world: World,
  from: Entry,
  move: Move,
): void {
  const existing = entries.get(key);
  if (!existing) {
    entries.set(key, newEntry(world, from, move, { from, step: move.step }));
    return;
  }
  const decisions = move.decided ? 1 : 0;
  existing.fewestDecisions = Math.min(existing.fewestDecisions, from.fewestDecisions + decisions);
  existing.mostDecisions = Math.max(existing.mostDecisions, from.mostDecisions + decisions);
  let link: Link | null = null; // made only when this arrival improves something: most do not
  for (let index = 0; index < DIMENSION_COUNT; index += 1) {
    const score = move.scores[index] as number;
    const low = (from.low[index] as number) + score;
    const high = (from.high[index] as number) + score;
    if (low < (existing.low[index] as number)) {
      existing.low[index] = low;
      existing.lowLink[index] = link ??= { from, step: move.step };
    }
    if (high > (existing.high[index] as number)) {
      existing.high[index] = high;
      existing.highLink[index] = link ??= { from, step: move.step };
    }
  }
}

/** Every move out of one entry, merged into the entries of the nodes they lead to. */
function expand(
  compiled: Compiled,
  entriesByNode: EntriesByNode,
  node: CompiledNode,
  entry: Entry,
): void {
  for (const move of node.moves) {
    if (move.guard && !move.guard(entry.world)) continue;
    const world = applyMove(entry.world, move);
    const target = targetOf(move, world);
    const targetNode = target === null ? undefined : compiled.nodes.get(target);
    if (target === null || !targetNode) continue; // a dangling next: the checker reports it
    let entries = entriesByNode.get(target);
    if (!entries) entriesByNode.set(target, (entries = new Map()));
    arrive(entries, stateKey(world, targetNode), world, entry, move);
  }
}

/** Forward dynamic programming over (node, canonical world state), in topological order. */
function exploreRuns(scenario: Scenario, order: string[]): EntriesByNode {
  const compiled = compileScenario(scenario, relevanceByNode(scenario, order));
  const entriesByNode: EntriesByNode = new Map();
  const startNode = compiled.nodes.get(scenario.start);
  if (!startNode) return entriesByNode;
  const start: Entry = {
    world: compiled.initial,
    low: new Array<number>(DIMENSION_COUNT).fill(0),
    high: new Array<number>(DIMENSION_COUNT).fill(0),
    fewestDecisions: 0,
    mostDecisions: 0,
    lowLink: new Array<Link | null>(DIMENSION_COUNT).fill(null),
    highLink: new Array<Link | null>(DIMENSION_COUNT).fill(null),
  };
  entriesByNode.set(scenario.start, new Map([[stateKey(compiled.initial, startNode), start]]));
  for (const id of order) {
    const entries = entriesByNode.get(id);
    const node = compiled.nodes.get(id);
    if (!entries || !node) continue;
    for (const entry of entries.values()) expand(compiled, entriesByNode, node, entry);
  }
  return entriesByNode;
}

/** The steps of the run behind one link chain, ending with the ending's id. */
function runSteps(endingId: string, entry: Entry, linkOf: (entry: Entry) => Link | null): string[] {
  const steps = [endingId];
  let link = linkOf(entry);
  while (link) {
    steps.push(link.step);
    link = linkOf(link.from);
  }
  return steps.reverse();
}

interface EndState {
  endingId: string;
  entry: Entry;
}

function summariseEnds(
  ends: EndState[],
): Pick<
  Analysis,
  'bounds' | 'bestRun' | 'worstRun' | 'minDecisionsOnAnyPath' | 'maxDecisionsOnAnyPath'
> {
  const bounds = {} as ScoreBounds;
  const bestRun = {} as Record<Dimension, string[]>;
  const worstRun = {} as Record<Dimension, string[]>;
  DIMENSIONS.forEach((dimension, index) => {
    let best: EndState | undefined;
    let worst: EndState | undefined;
    for (const end of ends) {
      if (!best || (end.entry.high[index] as number) > (best.entry.high[index] as number))
        best = end;
      if (!worst || (end.entry.low[index] as number) < (worst.entry.low[index] as number))
        worst = end;
    }
    bounds[dimension] = { min: worst?.entry.low[index] ?? 0, max: best?.entry.high[index] ?? 0 };
    bestRun[dimension] = best
      ? runSteps(best.endingId, best.entry, (entry) => entry.highLink[index] ?? null)
      : [];
    worstRun[dimension] = worst
      ? runSteps(worst.endingId, worst.entry, (entry) => entry.lowLink[index] ?? null)
      : [];
  });
  const fewest = ends.map((end) => end.entry.fewestDecisions);
  const most = ends.map((end) => end.entry.mostDecisions);
  return {
    bounds,
    bestRun,
    worstRun,
    minDecisionsOnAnyPath: fewest.length > 0 ? Math.min(...fewest) : 0,
    maxDecisionsOnAnyPath: most.length > 0 ? Math.max(...most) : 0,
  };
}

/**
 * Analyse a scenario whose graph is acyclic (the checker rejects cycles first; a cyclic
 * scenario throws here). Dangling ids are tolerated: they simply lead nowhere.
 */
export function analyseScenario(scenario: Scenario): Analysis {
  const order = topologicalOrder(scenario);
  if (!order) {
    const cycle = findCycle(scenario) ?? [];
    throw new Error(
      `Cannot analyse a scenario with a cycle (${cycle.join(' → ')}); check it first.`,
    );
  }
  const entriesByNode = exploreRuns(scenario, order);
  const ids = Object.keys(scenario.nodes);
  const ends: EndState[] = [];
  const endings: EndingReach[] = [];
  for (const id of ids) {
    const node = scenario.nodes[id] as ScenarioNode;
    if (node.kind !== 'ending') continue;
    const entries = [...(entriesByNode.get(id)?.values() ?? [])];
    endings.push({ id, outcome: node.outcome, reachable: entries.length > 0 });
    ends.push(...entries.map((entry) => ({ endingId: id, entry })));
  }
  return {
    reachable: new Set(ids.filter((id) => entriesByNode.has(id))),
    unreachable: ids.filter((id) => !entriesByNode.has(id)),
    endings,
    completePaths: countCompletePaths(scenario, order),
    decisions: ids.filter((id) => scenario.nodes[id]?.kind === 'decision').length,
    ...summariseEnds(ends),
  };
}
