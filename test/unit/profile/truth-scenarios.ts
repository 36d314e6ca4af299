/**
 * The scenarios the debrief's every-run checks walk: every file in scenarios/ (in two halves of
 * about equal work) and deterministic generated ones.
 */
import { join } from 'node:path';
import { scenarioSchema, type Scenario } from '../../../src/engine/scenario/schema';
import { SCENARIO_DIR, readJson, scenarioFileNames } from '../../scenarios/library-files';
import { buildRandomScenario, seededEntropy } from '../../support/generate-scenario';
import { analyseScenario } from '../../../src/authoring/analyse';

export function libraryScenarios(): Scenario[] {
  return scenarioFileNames().map((file) =>
    scenarioSchema.parse(readJson(join(SCENARIO_DIR, file))),
  );
}

/**
 * A generated scenario with a title on every node and a distinct text on every choice, so a
 * test can find a decision named in the debrief's words.
 */
export function withNames(scenario: Scenario): Scenario {
  const nodes = Object.fromEntries(
    Object.entries(scenario.nodes).map(([id, node]) => {
      const named = { ...node, title: `Step ${id}` };
      if (named.kind === 'decision')
        named.choices = named.choices.map((choice) => ({
          ...choice,
          text: `Option ${choice.id} at ${id}`,
        }));
      return [id, named];
    }),
  );
  return { ...scenario, nodes } as Scenario;
}

/** Deterministic generated scenarios (the same ones on every run of the suite). */
export function generatedScenarios(count: number, firstSeed = 1): Scenario[] {
  return Array.from({ length: count }, (_, index) => {
    const scenario = withNames(buildRandomScenario(seededEntropy(firstSeed + index)));
    return { ...scenario, id: `generated-${firstSeed + index}` };
  });
}

/** Time for the checks over every run of the largest library scenario, on a slow shared machine. */
export const TRUTH_TIMEOUT_MS = 600_000;

/**
 * The library split in two halves of about equal work (by structural path count), so the two
 * test workers share the every-run checks evenly.
 */
export function libraryHalf(half: 0 | 1): Scenario[] {
  const weighted = libraryScenarios()
    .map((scenario) => ({ scenario, weight: Number(analyseScenario(scenario).completePaths) }))
    .sort((a, b) => b.weight - a.weight);
  const bins: Array<{ weight: number; scenarios: Scenario[] }> = [
    { weight: 0, scenarios: [] },
    { weight: 0, scenarios: [] },
  ];
  for (const { scenario, weight } of weighted) {
    const lighter = bins[0]!.weight <= bins[1]!.weight ? bins[0]! : bins[1]!;
    lighter.weight += weight;
    lighter.scenarios.push(scenario);
  }
  return bins[half]!.scenarios;
}
