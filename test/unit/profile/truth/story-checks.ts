/**
 * "Why this ending" over every complete run of every scenario file in scenarios/ and of
 * generated scenarios: the engine's story names every decision whose meter or flag change a
 * branch on the path reads (and no other), checked against a brute-force walk; the debrief's
 * words name every decision behind the deciding branch; and every what-if is a real run.
 */
import { expect } from 'vitest';
import type { EndingStory } from '../../../../src/engine/profile/ending-story-types';
import { whySection } from '../../../../src/ui/debrief/why';
import { expectedDependencies, refKey } from '../expected-dependencies';
import type { Profile } from '../../../../src/engine/profile/types';
import type { Scenario } from '../../../../src/engine/scenario/schema';
import type { EnumeratedRun } from '../../../support/enumerate-runs';
import { quote } from '../../../../src/ui/debrief/why-words';

function namedByGate(story: EndingStory): Map<number, Set<string>> {
  const named = new Map<number, Set<string>>();
  for (const gate of story.gates) {
    const keys = new Set<string>();
    const moves = [...gate.meters.flatMap((m) => m.moves), ...gate.flags.flatMap((f) => f.setBy)];
    for (const move of moves)
      if (move.kind === 'decision')
        keys.add(refKey({ step: move.step, nodeId: move.nodeId, choiceId: move.choiceId ?? '' }));
    named.set(gate.step, keys);
  }
  return named;
}

/** The story names exactly the decisions behind each branch on the path (brute force). */
export function checkStory(scenario: Scenario, run: EnumeratedRun, profile: Profile): void {
  const expected = expectedDependencies(scenario, run.steps);
  expect(namedByGate(profile.endingStory), run.steps.join(' > ')).toEqual(expected.byGate);
}

/** The debrief's words name every decision behind the deciding branch. */
export function checkWords(scenario: Scenario, run: EnumeratedRun, profile: Profile): void {
  const text = whySection(scenario, profile).textContent ?? '';
  for (const ref of expectedDependencies(scenario, run.steps).deciding) {
    const node = scenario.nodes[ref.nodeId];
    const choice =
      node?.kind === 'decision' ? node.choices.find((c) => c.id === ref.choiceId) : undefined;
    expect(text, `${run.steps.join(' > ')} should name ${ref.nodeId}:${ref.choiceId}`).toContain(
      quote(choice?.text ?? ''),
    );
  }
}
