/**
 * What the LMS is told about a run, worked out once for every standard: one record per
 * decision (from the run's history) and the outcome (overall score, per-competency scores,
 * passed or failed against the mastery score).
 */
import type { Dimension, Scenario, Scores } from '../engine/scenario/schema';
import { DIMENSIONS } from '../engine/scenario/schema';
import { addScores, choiceScores, zeroScores } from '../engine/scenario/rules';
import type { RunContext } from '../engine/run/types';

export interface DecisionRecord {
  scenarioId: string;
  nodeId: string;
  /** The decision's title, or the start of its text when it has none. */
  title: string;
  /** Full text of the decision, as the player read it. */
  text: string;
  choiceId: string;
  choiceText: string;
  /** The choices that were offered, in file order. */
  offered: Array<{ id: string; text: string }>;
  /** ms from showing the decision to the choice (the time limit when it ran out). */
  latencyMs: number;
  timedOut: boolean;
  /** How the choice moved each competency (raw points). */
  change: Scores;
  /** Running raw scores after the choice. */
  scoresAfter: Scores;
}

const TITLE_LENGTH = 80;

function shortTitle(title: string | undefined, text: string): string {
  if (title) return title;
  return text.length <= TITLE_LENGTH ? text : `${text.slice(0, TITLE_LENGTH - 1).trimEnd()}…`;
}

/** Every decision the run has taken so far, in order. */
export function decisionsOf(scenario: Scenario, context: RunContext): DecisionRecord[] {
  const records: DecisionRecord[] = [];
  let scores = zeroScores();
  for (const entry of context.history) {
    const node = scenario.nodes[entry.nodeId];
    if (entry.kind !== 'decision' || node?.kind !== 'decision') continue;
    const choice = node.choices.find((candidate) => candidate.id === entry.choiceId);
    if (!choice) continue;
    const change = choiceScores(choice);
    scores = addScores(scores, change);
    const offeredIds = entry.offered ?? node.choices.map((candidate) => candidate.id);
    records.push({
      scenarioId: scenario.id,
      nodeId: entry.nodeId,
      title: shortTitle(node.title, node.text),
      text: node.text,
      choiceId: choice.id,
      choiceText: choice.text,
      offered: node.choices
        .filter((candidate) => offeredIds.includes(candidate.id))
        .map(({ id, text }) => ({ id, text })),
      latencyMs: entry.msTaken,
      timedOut: entry.timedOut,
      change,
      scoresAfter: scores,
    });
  }
  return records;
}

/** Decisions in a log, without the scenario: every choose or timeout input leaves one. */
export function decisionCount(inputs: ReadonlyArray<{ type: string }>): number {
  return inputs.filter((input) => input.type !== 'continue').length;
}

export interface Outcome {
  /** 0–100 per competency; null where the package does not measure it. */
  competencies: Record<Dimension, number | null>;
  /** The mean of the measured competencies, rounded to a whole number; null if none is measured. */
  overall: number | null;
  /** Against the mastery score; null when there is none (completion only) or no score. */
  passed: boolean | null;
}

export function outcomeOf(
  competencies: Record<Dimension, number | null>,
  masteryScore: number | null,
): Outcome {
  const measured = DIMENSIONS.map((d) => competencies[d]).filter((v): v is number => v !== null);
  const overall =
    measured.length === 0
      ? null
      : Math.round(measured.reduce((sum, value) => sum + value, 0) / measured.length);
  const passed = masteryScore === null || overall === null ? null : overall >= masteryScore;
  return { competencies, overall, passed };
}

/** Plain words for a change: "customer focus +2, adaptability 0, empowerment -1". */
export function describeChange(change: Scores): string {
  const names: Record<Dimension, string> = {
    customerFocus: 'customer focus',
    adaptability: 'adaptability',
    empowerment: 'empowerment',
  };
  return DIMENSIONS.map((d) => `${names[d]} ${change[d] > 0 ? '+' : ''}${change[d]}`).join(', ');
}

/** The sum of the three changes, as SCORM's numeric interaction result. */
export function netChange(change: Scores): number {
  return DIMENSIONS.reduce((sum, d) => sum + change[d], 0);
}
