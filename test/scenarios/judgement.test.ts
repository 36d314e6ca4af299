/**
 * Judgement instead of a pattern (library issue, points 1 and 3), over every file in
 * `scenarios/` and every draw of the chance events:
 * - no rule-of-thumb player reaches 80 or more on all three dimensions at once, and on each
 *   dimension the best run needs a choice the rule-of-thumb player would not make;
 * - the run with the highest total score ends positive and the one with the lowest negative.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { DIMENSIONS, scenarioSchema, type Scenario } from '../../src/engine/scenario/schema';
import { analyseScenario } from '../../src/authoring/analyse';
import { normalise } from '../../src/engine/profile/build-profile';
import { enumerateRuns, type EnumeratedRun } from '../support/enumerate-runs';
import { groupByDraw } from '../support/chance-draws';
import { CHOICE_STYLES } from './choice-styles';
import { RULE_OF_THUMB_PLAYERS, follows } from './rule-of-thumb';
import { SCENARIO_DIR, readJson, scenarioFileNames } from './library-files';

const TOP_PROFILE = 80;

const library = scenarioFileNames().map((fileName) => {
  const scenario = scenarioSchema.parse(readJson(join(SCENARIO_DIR, fileName)));
  return { fileName, scenario, runs: enumerateRuns(scenario) };
});

function total(run: EnumeratedRun): number {
  return run.scores.customerFocus + run.scores.adaptability + run.scores.empowerment;
}

function endingOf(scenario: Scenario, run: EnumeratedRun): string {
  const node = scenario.nodes[run.endingId];
  return node?.kind === 'ending' ? node.outcome : 'not an ending';
}

function unclassifiedChoices(scenario: Scenario): string[] {
  return Object.entries(scenario.nodes).flatMap(([nodeId, node]) =>
    node.kind !== 'decision'
      ? []
      : node.choices
          .filter((choice) => CHOICE_STYLES[scenario.id]?.[nodeId]?.[choice.id] === undefined)
          .map((choice) => `${nodeId}.${choice.id}`),
  );
}

describe('choice-styles.ts', () => {
  it('names only scenarios, decisions and choices that exist', () => {
    const byId = new Map(library.map(({ scenario }) => [scenario.id, scenario]));
    const stale = Object.entries(CHOICE_STYLES).flatMap(([scenarioId, nodes]) =>
      Object.entries(nodes).flatMap(([nodeId, choices]) =>
        Object.keys(choices).flatMap((choiceId) => {
          const node = byId.get(scenarioId)?.nodes[nodeId];
          const exists = node?.kind === 'decision' && node.choices.some((c) => c.id === choiceId);
          return exists ? [] : [`${scenarioId}: ${nodeId}.${choiceId}`];
        }),
      ),
    );
    expect(stale).toEqual([]);
  });
});

describe.each(library)('$fileName', ({ scenario, runs }) => {
  const bounds = analyseScenario(scenario).bounds;
  const groups = groupByDraw(scenario, runs);
  const profile = (run: EnumeratedRun) =>
    DIMENSIONS.map((d) => normalise(run.scores[d], bounds[d].min, bounds[d].max) ?? 0);

  it('classifies every choice in choice-styles.ts', () => {
    expect(unclassifiedChoices(scenario)).toEqual([]);
  });

  it.each(RULE_OF_THUMB_PLAYERS)('$name reaches no top profile under any draw', (player) => {
    const problems: string[] = [];
    for (const group of groups) {
      const played = group.runs.filter((run) => follows(scenario, run, player));
      if (played.length === 0) problems.push(`${group.label}: the player cannot finish`);
      for (const run of played) {
        const scores = profile(run);
        if (scores.every((value) => value >= TOP_PROFILE))
          problems.push(`${group.label}: ${scores.join('/')} via ${run.steps.join(' → ')}`);
      }
      for (const dimension of DIMENSIONS) {
        const best = Math.max(...group.runs.map((run) => run.scores[dimension]));
        const theirs = played.filter((run) => run.scores[dimension] === best);
        if (theirs.length > 0)
          problems.push(
            `${group.label}: reaches the best ${dimension} via ${theirs[0]?.steps.join(' → ')}`,
          );
      }
    }
    expect(problems).toEqual([]);
  });

  it('ends the best-scoring run positive and the worst negative under every draw', () => {
    const problems: string[] = [];
    for (const group of groups) {
      const totals = group.runs.map(total);
      const [high, low] = [Math.max(...totals), Math.min(...totals)];
      for (const run of group.runs) {
        const outcome = endingOf(scenario, run);
        if (total(run) === high && outcome !== 'positive')
          problems.push(
            `${group.label}: best run (${high}) ends ${outcome}: ${run.steps.join(' → ')}`,
          );
        if (total(run) === low && outcome !== 'negative')
          problems.push(
            `${group.label}: worst run (${low}) ends ${outcome}: ${run.steps.join(' → ')}`,
          );
      }
    }
    expect(problems).toEqual([]);
  });
});
