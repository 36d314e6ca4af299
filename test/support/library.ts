/** A scenario as the runtime library holds it (with its scoring), for tests and benchmarks. */
import { analyseScenario } from '../../src/authoring/analyse';
import type { Scenario } from '../../src/engine/scenario/schema';
import type { LibraryScenario } from '../../src/services/library-types';

export function libraryEntry(scenario: Scenario): LibraryScenario {
  const { bounds, bestRun } = analyseScenario(scenario);
  return { scenario, scoring: { bounds, bestRun } };
}

/** scenario id → library entry, the shape the facilitator's intake replays against. */
export function libraryOf(...scenarios: Scenario[]): Map<string, LibraryScenario> {
  return new Map(scenarios.map((scenario) => [scenario.id, libraryEntry(scenario)]));
}
