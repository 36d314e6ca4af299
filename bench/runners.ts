/**
 * Complete random runs of one story on four paths, with one choice policy: at each choice
 * point the next mulberry32 number (seeded per run) picks uniformly among the offered
 * choices; narratives and events are continued. Each runner plays one run from a seed and
 * returns how many inputs it took.
 *
 * - steps:        our pure step functions (src/engine/run/steps.ts), the very functions the
 *                 machine's actions call, chained by hand as the machine's `routing` does;
 * - xstate-pure:  XState's pure `initialTransition`/`transition` over the compiled machine
 *                 (what replay uses);
 * - xstate-actor: a started XState actor fed with `send` (what the game uses while playing);
 * - ink:          inkjs's Story over the equivalent ink story (`ink-story.ts`).
 */
import { createActor, initialTransition, transition } from 'xstate';
import type { Story } from 'inkjs/full';
import { machineFor, type RunSnapshot } from '../src/engine/run/compile';
import { nextRandom } from '../src/engine/run/rng';
import {
  armDeadline,
  chooseAt,
  continueEvent,
  continueNarrative,
  currentNode,
  drawEventOutcome,
  initialContext,
  noteEnding,
  timeLimitMs,
} from '../src/engine/run/steps';
import type { RunContext, RunEvent } from '../src/engine/run/types';
import { offeredChoices } from '../src/engine/scenario/rules';
import type { Scenario } from '../src/engine/scenario/schema';

export type PlayRun = (seed: number) => number;

const STEP_MS = 1000;

/** The policy: an index below `count` from the PRNG, and the PRNG's next state. */
export function pickIndex(count: number, rng: number): { index: number; rng: number } {
  const { value, state } = nextRandom(rng);
  return { index: Math.min(count - 1, Math.floor(value * count)), rng: state };
}

/** The event our engine's machine would take next at this context (null once ended). */
function nextEvent(
  scenario: Scenario,
  context: RunContext,
  rng: number,
): { event: RunEvent; rng: number } {
  const node = currentNode(scenario, context);
  const at = context.now + STEP_MS;
  if (node.kind !== 'decision') return { event: { type: 'player.continue', at }, rng };
  const offered = offeredChoices(node, context);
  const pick = pickIndex(offered.length, rng);
  const choiceId = offered[pick.index]?.id ?? '';
  return { event: { type: 'player.choose', choiceId, at }, rng: pick.rng };
}

/** What the machine's `routing` state and entry actions do on reaching a node. */
export function enterNode(scenario: Scenario, context: RunContext): RunContext {
  const node = currentNode(scenario, context);
  if (node.kind === 'event') return drawEventOutcome(scenario, context);
  if (node.kind === 'ending') return noteEnding(scenario, context);
  if (timeLimitMs(node, context.timePressure) !== null) return armDeadline(scenario, context);
  return context;
}

/** One step on the pure step functions, as the machine's transition actions take it. */
export function stepOn(scenario: Scenario, context: RunContext, event: RunEvent): RunContext {
  const node = currentNode(scenario, context);
  if (event.type === 'player.choose') return chooseAt(scenario, context, event.choiceId, event.at);
  if (event.type !== 'player.continue') return context;
  if (node.kind === 'narrative') return continueNarrative(scenario, context, event.at);
  return continueEvent(scenario, context, event.at);
}

export function stepPathRunner(scenario: Scenario): PlayRun {
  return (seed) => {
    let context = enterNode(scenario, initialContext(scenario, { seed, timePressure: 'off' }));
    let rng = seed;
    let inputs = 0;
    while (currentNode(scenario, context).kind !== 'ending') {
      const next = nextEvent(scenario, context, rng);
      rng = next.rng;
      context = enterNode(scenario, stepOn(scenario, context, next.event));
      inputs += 1;
    }
    return inputs;
  };
}

export function xstatePureRunner(scenario: Scenario): PlayRun {
  const machine = machineFor(scenario);
  return (seed) => {
    let snapshot: RunSnapshot = initialTransition(machine, { seed, timePressure: 'off' })[0];
    let rng = seed;
    let inputs = 0;
    while (snapshot.status !== 'done') {
      const next = nextEvent(scenario, snapshot.context, rng);
      rng = next.rng;
      snapshot = transition(machine, snapshot, next.event)[0];
      inputs += 1;
    }
    return inputs;
  };
}

export function xstateActorRunner(scenario: Scenario): PlayRun {
  const machine = machineFor(scenario);
  return (seed) => {
    const actor = createActor(machine, { input: { seed, timePressure: 'off' } });
    actor.start();
    let rng = seed;
    let inputs = 0;
    while (actor.getSnapshot().status !== 'done') {
      const next = nextEvent(scenario, actor.getSnapshot().context, rng);
      rng = next.rng;
      actor.send(next.event);
      inputs += 1;
    }
    actor.stop();
    return inputs;
  };
}

/** inkjs: reset, seed ink's own RANDOM with the run's seed, continue, choose, until no choices. */
export function inkRunner(story: Story): PlayRun {
  return (seed) => {
    story.ResetState();
    story.state.storySeed = seed;
    let rng = seed;
    let inputs = 0;
    for (;;) {
      while (story.canContinue) story.Continue();
      const count = story.currentChoices.length;
      if (count === 0) return inputs;
      const pick = pickIndex(count, rng);
      rng = pick.rng;
      story.ChooseChoiceIndex(pick.index);
      inputs += 1;
    }
  };
}
