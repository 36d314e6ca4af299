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
 * in whole steps keep that product small; meters nothing reads cost nothing.
 */
import type { Dimension, EndingOutcome, Scenario, ScenarioNode, Scores } from './schema';
import { DIMENSIONS } from './schema';
import { addScores, initialWorld, zeroScores, type WorldState } from './rules';
import { topologicalOrder, findCycle } from './graph';
import { movesFrom, type Move } from './analysis/moves';
import { canonicalKey, canonicalWorld, relevanceByNode, type Relevant } from './analysis/relevance';
import { countCompletePaths } from './analysis/paths';

export { stepLabel } from './analysis/moves';

export type ScoreBounds = Record<Dimension, { min: number; max: number }>;

export interface EndingReach {
  id: string;
  outcome: EndingOutcome;
  /** True when some complete run, honouring every condition, ends here. */
  reachable: boolean;
}

export interface Analysis {
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

/** All runs that reach one node in one canonical world state. */
interface Entry {
  world: WorldState;
  low: Scores;
  high: Scores;
  fewestDecisions: number;
  mostDecisions: number;
  lowLink: Partial<Record<Dimension, Link>>;
  highLink: Partial<Record<Dimension, Link>>;
}

type EntriesByNode = Map<string, Map<string, Entry>>;

function startEntry(world: WorldState): Entry {
  return { world, low: zeroScores(), high: zeroScores(), fewestDecisions: 0, mostDecisions: 0, lowLink: {}, highLink: {} };
}

function newEntry(world: WorldState, from: Entry, move: Move, link: Link): Entry {
  const decisions = move.decided ? 1 : 0;
  const entry: Entry = {
    world,
    low: addScores(from.low, move.scores),
    high: addScores(from.high, move.scores),
    fewestDecisions: from.fewestDecisions + decisions,
    mostDecisions: from.mostDecisions + decisions,
    lowLink: {},
    highLink: {},
  };
  for (const dimension of DIMENSIONS) entry.lowLink[dimension] = entry.highLink[dimension] = link;
  return entry;
}

/** Merge the runs summarised by `from`, continued by `move`, into the target's entries. */
function arrive(entries: Map<string, Entry>, relevant: Relevant, from: Entry, move: Move): void {
  const key = canonicalKey(move.world, relevant);
  const link: Link = { from, step: move.step };
  const existing = entries.get(key);
  if (!existing) {
    entries.set(key, newEntry(canonicalWorld(move.world, relevant), from, move, link));
    return;
  }
  const decisions = move.decided ? 1 : 0;
  existing.fewestDecisions = Math.min(existing.fewestDecisions, from.fewestDecisions + decisions);
  existing.mostDecisions = Math.max(existing.mostDecisions, from.mostDecisions + decisions);
  for (const dimension of DIMENSIONS) {
    const low = from.low[dimension] + move.scores[dimension];
    const high = from.high[dimension] + move.scores[dimension];
    if (low < existing.low[dimension]) {
      existing.low[dimension] = low;
      existing.lowLink[dimension] = link;
    }
    if (high > existing.high[dimension]) {
      existing.high[dimension] = high;
      existing.highLink[dimension] = link;
    }
  }
}

/** Forward dynamic programming over (node, canonical world state), in topological order. */
function exploreRuns(scenario: Scenario, order: string[]): EntriesByNode {
  const relevance = relevanceByNode(scenario, order);
  const entriesByNode: EntriesByNode = new Map();
  const startRelevant = relevance.get(scenario.start);
  if (!startRelevant) return entriesByNode;
  const world = initialWorld(scenario);
  const start = startEntry(canonicalWorld(world, startRelevant));
  entriesByNode.set(scenario.start, new Map([[canonicalKey(world, startRelevant), start]]));
  for (const id of order) {
    const entries = entriesByNode.get(id);
    if (!entries) continue;
    const node = scenario.nodes[id] as ScenarioNode;
    for (const entry of entries.values()) {
      for (const move of movesFrom(scenario, id, node, entry.world)) {
        const relevant = relevance.get(move.target);
        if (!relevant) continue; // a dangling next: the checker reports it, no run continues
        let targetEntries = entriesByNode.get(move.target);
        if (!targetEntries) entriesByNode.set(move.target, (targetEntries = new Map()));
        arrive(targetEntries, relevant, entry, move);
      }
    }
  }
  return entriesByNode;
}

/** The steps of the run behind one link chain, ending with the ending's id. */
function runSteps(endingId: string, entry: Entry, linkOf: (entry: Entry) => Link | undefined): string[] {
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

function summariseEnds(ends: EndState[]): Pick<Analysis, 'bounds' | 'bestRun' | 'worstRun' | 'minDecisionsOnAnyPath' | 'maxDecisionsOnAnyPath'> {
  const bounds = {} as ScoreBounds;
  const bestRun = {} as Record<Dimension, string[]>;
  const worstRun = {} as Record<Dimension, string[]>;
  for (const dimension of DIMENSIONS) {
    let best: EndState | undefined;
    let worst: EndState | undefined;
    for (const end of ends) {
      if (!best || end.entry.high[dimension] > best.entry.high[dimension]) best = end;
      if (!worst || end.entry.low[dimension] < worst.entry.low[dimension]) worst = end;
    }
    bounds[dimension] = { min: worst?.entry.low[dimension] ?? 0, max: best?.entry.high[dimension] ?? 0 };
    bestRun[dimension] = best ? runSteps(best.endingId, best.entry, (entry) => entry.highLink[dimension]) : [];
    worstRun[dimension] = worst ? runSteps(worst.endingId, worst.entry, (entry) => entry.lowLink[dimension]) : [];
  }
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
    throw new Error(`Cannot analyse a scenario with a cycle (${cycle.join(' → ')}); check it first.`);
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
