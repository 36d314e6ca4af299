/**
 * For the "choice not offered" refusal: a scenario of the library with a conditional choice, and,
 * for a given seed, the inputs of a run that reaches that decision while the choice is withheld.
 */
import type { Scenario } from '../../../src/engine/scenario/schema';
import type { SessionInput } from '../../../src/engine/session/types';
import { createSessionLog } from '../../../src/engine/session/log';
import { replayToSnapshot } from '../../../src/engine/session/replay';
import { findOfferedChoice } from '../../../src/engine/run/steps';
import type { Library } from '../../../src/server/library';

export interface WithheldChoice {
  inputs: SessionInput[];
  choiceId: string;
}

const hasConditionalChoice = (scenario: Scenario) =>
  Object.values(scenario.nodes).some(
    (node) => node.kind === 'decision' && node.choices.some((choice) => choice.when !== undefined),
  );

/** Depth-first over offered choices until a decision withholds one of its choices. */
export function withheldChoicePath(scenario: Scenario, seed: number): WithheldChoice | null {
  const base = createSessionLog(scenario, { seed, startedAt: '', timePressure: 'off' });
  const search = (inputs: SessionInput[]): WithheldChoice | null => {
    const replayed = replayToSnapshot(scenario, { ...base, inputs });
    if (!replayed.ok || replayed.snapshot.status === 'done') return null;
    const { context } = replayed.snapshot;
    const node = scenario.nodes[context.nodeId];
    const at = inputs.length + 1;
    if (node?.kind !== 'decision') return search([...inputs, { type: 'continue', at }]);
    const withheld = node.choices.find(
      (choice) => !findOfferedChoice(scenario, context, choice.id),
    );
    if (withheld) return { inputs, choiceId: withheld.id };
    for (const choice of node.choices) {
      const found = search([...inputs, { type: 'choose', choiceId: choice.id, at }]);
      if (found) return found;
    }
    return null;
  };
  return search([]);
}

export function findConditionalChoice(library: Library): {
  scenarioId: string;
  pathFor: (seed: number) => WithheldChoice | null;
} | null {
  for (const scenario of library.scenarios.values()) {
    if (!hasConditionalChoice(scenario)) continue;
    if (withheldChoicePath(scenario, 1) === null) continue;
    return { scenarioId: scenario.id, pathFor: (seed) => withheldChoicePath(scenario, seed) };
  }
  return null;
}
