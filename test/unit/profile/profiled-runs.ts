/**
 * Every complete run of every scenario file in scenarios/ and of generated scenarios, each with
 * the engine's profile, for tests that check a debrief claim against every run there is.
 */
import { join } from 'node:path';
import { buildProfile } from '../../../src/engine/profile/build-profile';
import type { Profile, Scoring } from '../../../src/engine/profile/types';
import { scenarioSchema, type Scenario } from '../../../src/engine/scenario/schema';
import { SCENARIO_DIR, readJson, scenarioFileNames } from '../../scenarios/library-files';
import { enumerateRuns, type EnumeratedRun } from '../../support/enumerate-runs';
import { buildRandomScenario, seededEntropy } from '../../support/generate-scenario';
import { contextFromSteps } from '../../support/run-context';
import { libraryEntry } from '../../support/library';

export interface ProfiledRun {
  run: EnumeratedRun;
  profile: Profile;
}

export interface ScenarioRuns {
  name: string;
  scenario: Scenario;
  scoring: Scoring;
  runs: ProfiledRun[];
}

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

export function profiledRuns(scenario: Scenario, name = scenario.id): ScenarioRuns {
  const { scoring } = libraryEntry(scenario);
  const runs = enumerateRuns(scenario).map((run) => ({
    run,
    profile: buildProfile(scenario, scoring, contextFromSteps(scenario, run.steps)),
  }));
  return { name, scenario, scoring, runs };
}
