/**
 * The what-ifs behind "one choice would have tipped it" and "would have added N", checked
 * against brute-force enumeration over every run of every scenario file and of generated
 * scenarios: a what-if exists exactly when the run with that one step changed (and every other
 * step as recorded, each still on offer) is a complete run; its ending is that run's ending;
 * its meter changes are that run's meters at the deciding branch minus this run's.
 */
import { expect } from 'vitest';
import type { Scenario } from '../../../../src/engine/scenario/schema';
import {
  applyEffects,
  initialWorld,
  offeredChoices,
  type WorldState,
} from '../../../../src/engine/scenario/rules';
import type { EnumeratedRun } from '../../../support/enumerate-runs';
import type { Profile } from '../../../../src/engine/profile/types';

type Label = { nodeId: string; choiceId?: string; outcome?: number };

function parse(scenario: Scenario, label: string): Label {
  const hash = label.lastIndexOf('#');
  if (hash > 0 && scenario.nodes[label.slice(0, hash)]?.kind === 'event')
    return { nodeId: label.slice(0, hash), outcome: Number(label.slice(hash + 1)) };
  const colon = label.indexOf(':');
  if (colon > 0 && scenario.nodes[label.slice(0, colon)]?.kind === 'decision')
    return { nodeId: label.slice(0, colon), choiceId: label.slice(colon + 1) };
  return { nodeId: label };
}

/** Worlds before each step; and whether every decision (but `free`) took an offered choice. */
function walk(scenario: Scenario, labels: string[], upTo: number, free: number) {
  let world: WorldState = initialWorld(scenario);
  let offered = true;
  for (let index = 0; index <= upTo && index < labels.length - 1; index += 1) {
    const { nodeId, choiceId, outcome } = parse(scenario, labels[index]!);
    const node = scenario.nodes[nodeId]!;
    if (node.kind === 'decision') {
      const choice = node.choices.find((c) => c.id === choiceId)!;
      if (index !== free && !offeredChoices(node, world).includes(choice)) offered = false;
      world = applyEffects(scenario, world, choice);
    } else if (node.kind === 'event')
      world = applyEffects(scenario, world, node.outcomes[outcome!]!);
  }
  return { world, offered };
}

/** Runs keyed by their labels up to their last decision or event (after it, only narratives). */
export function indexRuns(scenario: Scenario, runs: EnumeratedRun[]): Map<string, EnumeratedRun> {
  const index = new Map<string, EnumeratedRun>();
  for (const run of runs) {
    let last = run.steps.length - 2;
    while (
      last >= 0 &&
      parse(scenario, run.steps[last]!).choiceId === undefined &&
      parse(scenario, run.steps[last]!).outcome === undefined
    )
      last -= 1;
    index.set(run.steps.slice(0, last + 1).join('\n'), run);
  }
  return index;
}

function alternatives(scenario: Scenario, labels: string[], step: number): string[] {
  const { nodeId, choiceId, outcome } = parse(scenario, labels[step]!);
  const node = scenario.nodes[nodeId]!;
  if (node.kind === 'decision') {
    const { world } = walk(scenario, labels, step - 1, -1);
    return offeredChoices(node, world)
      .filter((c) => c.id !== choiceId)
      .map((c) => `${nodeId}:${c.id}`);
  }
  if (node.kind === 'event')
    return node.outcomes.flatMap((_, index) => (index === outcome ? [] : [`${nodeId}#${index}`]));
  return [];
}

/** Every what-if of this run's story is the real run with one step changed, and none is missing. */
export function checkWhatIfs(
  scenario: Scenario,
  index: Map<string, EnumeratedRun>,
  run: EnumeratedRun,
  profile: Profile,
): void {
  const story = profile.endingStory;
  const deciding = story.gates[story.gates.length - 1];
  for (let step = 0; step < run.steps.length - 1; step += 1) {
    for (const alternative of alternatives(scenario, run.steps, step)) {
      const changed = [...run.steps];
      changed[step] = alternative;
      let real: EnumeratedRun | undefined;
      // The key of each prefix, grown one label at a time (rebuilding it is most of the cost).
      let key = changed.slice(0, step + 1).join('\n');
      for (let k = step; k < changed.length - 1 && !real; k += 1) {
        if (k > step) key += `\n${changed[k]}`;
        const candidate = index.get(key);
        if (candidate && walk(scenario, candidate.steps, candidate.steps.length, step).offered)
          real = candidate;
      }
      const label = parse(scenario, alternative);
      const found = story.whatIfs.filter(
        (w) => w.step === step && w.choiceId === label.choiceId && w.outcomeIndex === label.outcome,
      );
      // The message is built only when a check fails: building it for every pair doubled the time.
      const where = () => `${run.steps.join(' > ')} with ${alternative}`;
      if (found.length !== (real ? 1 : 0)) expect(found.length, where()).toBe(real ? 1 : 0);
      if (!real || !found[0]) continue;
      if (found[0].endingId !== real.endingId)
        expect(found[0].endingId, where()).toBe(real.endingId);
      const at = Math.min(deciding?.step ?? 0, real.steps.length - 2);
      const { world } = walk(scenario, real.steps, at, -1);
      for (const reading of deciding?.meters ?? []) {
        const expected = (world.meters[reading.meter] ?? 0) - reading.value;
        if (found[0].meterChanges[reading.meter] !== expected)
          expect(found[0].meterChanges[reading.meter], where()).toBe(expected);
      }
    }
  }
}
