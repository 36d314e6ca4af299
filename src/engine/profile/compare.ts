/**
 * The debrief's two comparisons, as plain numbers the screen (and the tests) read:
 * - against the best possible run of the scenario on each dimension (the analyser's max is 100);
 * - against the leader's own first attempt (first versus latest, per dimension).
 */
import { DIMENSIONS } from '../scenario/schema';
import type { Choice, Dimension, EndingOutcome, Scenario } from '../scenario/schema';
import type { Profile, Scoring } from './types';

export interface BestRunLine {
  dimension: Dimension;
  /** The leader's 0–100 score; null when the scenario does not measure the dimension. */
  score: number | null;
  /** 100 when measured (the best run reaches the maximum by definition), else null. */
  best: number | null;
  /** Points between the leader and the best run, 0–100; null when not measured. */
  gap: number | null;
  raw: number;
  bestRaw: number;
  /** The choices of one run that reaches the maximum, in order (texts from the scenario). */
  bestRunChoices: string[];
}

export function compareWithBestRun(
  scenario: Scenario,
  scoring: Scoring,
  profile: Profile,
): BestRunLine[] {
  return DIMENSIONS.map((dimension) => {
    const result = profile.dimensions[dimension];
    const measured = result.normalised !== null;
    return {
      dimension,
      score: result.normalised,
      best: measured ? 100 : null,
      gap: result.normalised === null ? null : 100 - result.normalised,
      raw: result.raw,
      bestRaw: scoring.bounds[dimension].max,
      bestRunChoices: measured ? choiceTextsOf(scenario, scoring.bestRun[dimension] ?? []) : [],
    };
  });
}

/**
 * Choice texts along a best-run path. The analyser writes decision steps as "node:choice";
 * other steps (narratives, events) carry no choice and are skipped, as are ids the scenario
 * does not know (a path from a different version of the file).
 */
export function choiceTextsOf(scenario: Scenario, steps: string[]): string[] {
  const texts: string[] = [];
  for (const step of steps) {
    const text = decisionStepText(scenario, step);
    if (text !== undefined) texts.push(text);
  }
  return texts;
}

/**
 * The decision and choice a best-run step names ("node:choice"). Ids may themselves contain
 * ':', so try each split until one names a decision and its choice.
 */
export function decisionStep(
  scenario: Scenario,
  step: string,
): { nodeId: string; choice: Choice } | undefined {
  for (
    let separator = step.indexOf(':');
    separator >= 0;
    separator = step.indexOf(':', separator + 1)
  ) {
    const nodeId = step.slice(0, separator);
    const node = scenario.nodes[nodeId];
    if (node?.kind !== 'decision') continue;
    const choiceId = step.slice(separator + 1);
    const choice = node.choices.find((candidate) => candidate.id === choiceId);
    if (choice) return { nodeId, choice };
  }
  return undefined;
}

function decisionStepText(scenario: Scenario, step: string): string | undefined {
  return decisionStep(scenario, step)?.choice.text;
}

export interface AttemptLine {
  dimension: Dimension;
  first: number | null;
  latest: number | null;
  /** latest − first; null when either attempt did not measure the dimension. */
  difference: number | null;
}

export interface AttemptComparison {
  /** How many finished attempts, the latest included. */
  attempts: number;
  lines: AttemptLine[];
  firstOutcome: EndingOutcome;
  latestOutcome: EndingOutcome;
}

/**
 * First versus latest. `earlier` are the earlier finished attempts, oldest first; with none,
 * there is nothing to compare and the result is null.
 */
export function compareAttempts(earlier: Profile[], latest: Profile): AttemptComparison | null {
  const first = earlier[0];
  if (!first) return null;
  const lines = DIMENSIONS.map((dimension): AttemptLine => {
    const before = first.dimensions[dimension].normalised;
    const after = latest.dimensions[dimension].normalised;
    return {
      dimension,
      first: before,
      latest: after,
      difference: before === null || after === null ? null : after - before,
    };
  });
  return {
    attempts: earlier.length + 1,
    lines,
    firstOutcome: first.ending.outcome,
    latestOutcome: latest.ending.outcome,
  };
}
