/**
 * The cohort dashboard's numbers, computed from replayed sessions of one scenario.
 * Pure (no DOM, no clock): the dashboard, the projector view and the CSV all read this.
 */
import {
  DIMENSIONS,
  type Dimension,
  type EndingOutcome,
  type Scenario,
  type Scores,
} from '../engine/scenario/schema';
import { choiceScores } from '../engine/scenario/rules';
import { topologicalOrder } from '../engine/scenario/graph';
import type { CohortEntry } from './types';

export interface DimensionSpread {
  dimension: Dimension;
  /** Finished sessions with a number on this dimension (0 when the scenario does not measure it). */
  count: number;
  mean: number | null;
  min: number | null;
  max: number | null;
  /** Population standard deviation (the room is the whole population, not a sample). */
  sd: number | null;
}

export interface ChoiceSplit {
  choiceId: string;
  text: string;
  /** Sessions that took this choice (timeouts count for the timeout choice). */
  count: number;
  /** count / decided, 0 when nobody decided yet. */
  share: number;
  scores: Scores;
  feedback: string;
  principle?: string;
}

export interface DecisionSummary {
  nodeId: string;
  title?: string;
  text: string;
  /** Sessions that arrived at this decision (decided or still sitting on it). */
  reached: number;
  decided: number;
  timedOut: number;
  /** Median ms from arriving to deciding; null when nobody decided. */
  medianMs: number | null;
  choices: ChoiceSplit[];
}

export interface EndingCount {
  nodeId: string;
  title?: string;
  outcome: EndingOutcome;
  count: number;
}

export interface ParticipantRow {
  id: string;
  /** The stable participant number. */
  participant: number;
  alias: string;
  ended: boolean;
  ending: { nodeId: string; title?: string; outcome: EndingOutcome } | null;
  scores: Record<Dimension, number | null> | null;
  archetype: string | null;
  decisions: number;
  scenarioChanged: boolean;
}

export interface CohortSummary {
  scenarioId: string;
  sessions: number;
  finished: number;
  participants: ParticipantRow[];
  dimensions: Record<Dimension, DimensionSpread>;
  decisions: DecisionSummary[];
  endings: EndingCount[];
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] as number) + upper) / 2;
}

export function spreadOf(dimension: Dimension, values: readonly number[]): DimensionSpread {
  if (values.length === 0)
    return { dimension, count: 0, mean: null, min: null, max: null, sd: null };
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length;
  return {
    dimension,
    count: values.length,
    mean,
    min: Math.min(...values),
    max: Math.max(...values),
    sd: Math.sqrt(variance),
  };
}

function participantRow(entry: CohortEntry): ParticipantRow {
  const endingNode = entry.ended ? entry.scenario.nodes[entry.final.nodeId] : undefined;
  const ending =
    endingNode?.kind === 'ending'
      ? {
          nodeId: entry.final.nodeId,
          outcome: endingNode.outcome,
          ...(endingNode.title !== undefined ? { title: endingNode.title } : {}),
        }
      : null;
  return {
    id: entry.id,
    participant: entry.participant,
    alias: entry.alias,
    ended: entry.ended,
    ending,
    scores: entry.scores,
    archetype: entry.archetype?.name ?? null,
    decisions: entry.final.history.filter((step) => step.kind === 'decision').length,
    scenarioChanged: entry.scenarioChanged,
  };
}

/** Decision nodes in the order a run meets them (topological), file order as a fallback. */
function decisionOrder(scenario: Scenario): string[] {
  const order = topologicalOrder(scenario) ?? Object.keys(scenario.nodes);
  return order.filter((id) => scenario.nodes[id]?.kind === 'decision');
}

interface DecisionTally {
  reached: number;
  timedOut: number;
  times: number[];
  counts: Map<string, number>;
}

function tallyDecisions(entries: readonly CohortEntry[]): Map<string, DecisionTally> {
  const tallies = new Map<string, DecisionTally>();
  const tallyOf = (nodeId: string): DecisionTally => {
    let tally = tallies.get(nodeId);
    if (!tally) {
      tally = { reached: 0, timedOut: 0, times: [], counts: new Map() };
      tallies.set(nodeId, tally);
    }
    return tally;
  };
  for (const entry of entries) {
    for (const step of entry.final.history) {
      if (step.kind !== 'decision' || step.choiceId === undefined) continue;
      const tally = tallyOf(step.nodeId);
      tally.reached += 1;
      tally.times.push(step.msTaken);
      if (step.timedOut) tally.timedOut += 1;
      tally.counts.set(step.choiceId, (tally.counts.get(step.choiceId) ?? 0) + 1);
    }
    // An unfinished run sitting on a decision has reached it without deciding yet.
    if (!entry.ended && entry.scenario.nodes[entry.final.nodeId]?.kind === 'decision') {
      tallyOf(entry.final.nodeId).reached += 1;
    }
  }
  return tallies;
}

function decisionSummary(
  scenario: Scenario,
  nodeId: string,
  tally: DecisionTally | undefined,
): DecisionSummary | null {
  const node = scenario.nodes[nodeId];
  if (node?.kind !== 'decision') return null;
  const decided = tally ? tally.times.length : 0;
  const choices: ChoiceSplit[] = node.choices.map((choice) => {
    const count = tally?.counts.get(choice.id) ?? 0;
    const split: ChoiceSplit = {
      choiceId: choice.id,
      text: choice.text,
      count,
      share: decided > 0 ? count / decided : 0,
      scores: choiceScores(choice),
      feedback: choice.feedback,
    };
    if (choice.principle !== undefined) split.principle = choice.principle;
    return split;
  });
  const summary: DecisionSummary = {
    nodeId,
    text: node.text,
    reached: tally?.reached ?? 0,
    decided,
    timedOut: tally?.timedOut ?? 0,
    medianMs: tally ? median(tally.times) : null,
    choices,
  };
  if (node.title !== undefined) summary.title = node.title;
  return summary;
}

function endingCounts(scenario: Scenario, entries: readonly CohortEntry[]): EndingCount[] {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    if (entry.ended) counts.set(entry.final.nodeId, (counts.get(entry.final.nodeId) ?? 0) + 1);
  }
  const endings: EndingCount[] = [];
  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    if (node.kind !== 'ending') continue;
    const ending: EndingCount = { nodeId, outcome: node.outcome, count: counts.get(nodeId) ?? 0 };
    if (node.title !== undefined) ending.title = node.title;
    endings.push(ending);
  }
  return endings;
}

function dimensionSpreads(entries: readonly CohortEntry[]): Record<Dimension, DimensionSpread> {
  const spreads = {} as Record<Dimension, DimensionSpread>;
  for (const dimension of DIMENSIONS) {
    const values: number[] = [];
    for (const entry of entries) {
      const value = entry.scores?.[dimension];
      if (typeof value === 'number') values.push(value);
    }
    spreads[dimension] = spreadOf(dimension, values);
  }
  return spreads;
}

/** The dashboard for one scenario; entries of other scenarios are left out. */
export function aggregateCohort(
  scenario: Scenario,
  allEntries: readonly CohortEntry[],
): CohortSummary {
  const entries = allEntries.filter((entry) => entry.log.scenarioId === scenario.id);
  const tallies = tallyDecisions(entries);
  const decisions = decisionOrder(scenario)
    .map((nodeId) => decisionSummary(scenario, nodeId, tallies.get(nodeId)))
    .filter((summary): summary is DecisionSummary => summary !== null);
  return {
    scenarioId: scenario.id,
    sessions: entries.length,
    finished: entries.filter((entry) => entry.ended).length,
    participants: entries.map(participantRow),
    dimensions: dimensionSpreads(entries),
    decisions,
    endings: endingCounts(scenario, entries),
  };
}
