/**
 * Plays a run to its end from a fast-check "plan", through any of the ways the engine can be
 * driven: pure transitions, a raw actor on a simulated clock, or a LiveRun. The same plan on
 * the same scenario and seed makes the same decisions whichever way it is driven, so the
 * property tests can compare the results.
 */
import fc from 'fast-check';
import { createActor, initialTransition, SimulatedClock, transition, type Actor } from 'xstate';
import type { Scenario } from '../../../src/engine/scenario/schema';
import { machineFor, type RunMachine, type RunSnapshot } from '../../../src/engine/run/compile';
import type { NodeView, RunContext, RunEvent, TimePressure } from '../../../src/engine/run/types';
import { selectView } from '../../../src/engine/run/view';
import { startLiveRun, type LiveRun } from '../../../src/engine/session/live-run';

export interface PlanStep {
  /** Which offered choice (modulo how many there are). */
  pick: number;
  /** ms the player takes before this input. */
  delay: number;
  /** At a timed decision: let the time run out instead of choosing. */
  waitForTimeout: boolean;
}

export const planArbitrary = fc.array(
  fc.record({
    pick: fc.nat({ max: 5 }),
    delay: fc.nat({ max: 30_000 }),
    waitForTimeout: fc.boolean(),
  }),
  { maxLength: 40 },
);

export const timePressureArbitrary = fc.constantFrom<TimePressure>('normal', 'double', 'off');

/** How a run is driven; time passes only through `advanceTo`. */
export interface RunHandle {
  view(): NodeView;
  context(): RunContext;
  ended(): boolean;
  advanceTo(at: number): void;
  /** Let a timed decision's time run out (by the clock, or an explicit timer.expired). */
  expire(deadline: number): void;
  continue(at: number): void;
  choose(choiceId: string, at: number): void;
}

const QUIET_STEP: PlanStep = { pick: 0, delay: 1000, waitForTimeout: false };

/** One input chosen by the plan, sent through the handle. */
export function playStep(handle: RunHandle, step: PlanStep): void {
  const view = handle.view();
  const { now, deadline } = handle.context();
  if (view.kind !== 'decision') {
    handle.advanceTo(now + step.delay);
    handle.continue(now + step.delay);
    return;
  }
  if (deadline !== null && step.waitForTimeout) {
    handle.expire(deadline);
    return;
  }
  const at =
    deadline === null ? now + step.delay : Math.max(now, Math.min(now + step.delay, deadline - 1));
  const choice = view.choices[step.pick % view.choices.length];
  if (!choice) throw new Error(`no choice offered at ${view.nodeId}`);
  handle.advanceTo(at);
  handle.choose(choice.id, at);
}

/** Plays until the end or `maxSteps` inputs; returns how many inputs it took. */
export function playToEnd(
  handle: RunHandle,
  plan: readonly PlanStep[],
  maxSteps: number,
  from = 0,
): number {
  let steps = from;
  while (!handle.ended() && steps < maxSteps) {
    playStep(handle, plan[steps] ?? QUIET_STEP);
    steps += 1;
  }
  return steps;
}

export function pureHandle(
  scenario: Scenario,
  seed: number,
  timePressure: TimePressure,
): RunHandle {
  const machine = machineFor(scenario);
  let snapshot: RunSnapshot = initialTransition(machine, { seed, timePressure })[0];
  const send = (event: RunEvent) => {
    snapshot = transition(machine, snapshot, event)[0];
  };
  return {
    view: () => selectView(scenario, snapshot),
    context: () => snapshot.context,
    ended: () => snapshot.status === 'done',
    advanceTo: () => undefined,
    expire: (deadline) => send({ type: 'timer.expired', at: deadline }),
    continue: (at) => send({ type: 'player.continue', at }),
    choose: (choiceId, at) => send({ type: 'player.choose', choiceId, at }),
  };
}

/** A raw actor whose simulated clock reads the run's time (ms since start). */
export function actorHandle(
  scenario: Scenario,
  actor: Actor<RunMachine>,
  clock: SimulatedClock,
): RunHandle {
  const advanceTo = (at: number) => {
    if (at > clock.now()) clock.set(at);
  };
  return {
    view: () => selectView(scenario, actor.getSnapshot()),
    context: () => actor.getSnapshot().context,
    ended: () => actor.getSnapshot().status === 'done',
    advanceTo,
    expire: advanceTo,
    continue: (at) => actor.send({ type: 'player.continue', at }),
    choose: (choiceId, at) => actor.send({ type: 'player.choose', choiceId, at }),
  };
}

export function startActor(scenario: Scenario, seed: number, timePressure: TimePressure) {
  const clock = new SimulatedClock();
  const actor = createActor(machineFor(scenario), { input: { seed, timePressure }, clock }).start();
  return { actor, clock, handle: actorHandle(scenario, actor, clock) };
}

export function liveHandle(run: LiveRun, clock: SimulatedClock): RunHandle {
  const advanceTo = (at: number) => {
    if (at > clock.now()) clock.set(at);
  };
  return {
    view: () => run.view(),
    context: () => run.context(),
    ended: () => run.ended(),
    advanceTo,
    expire: advanceTo,
    continue: (at) => void run.continue(at),
    choose: (choiceId, at) => void run.choose(choiceId, at),
  };
}

export function startLive(scenario: Scenario, seed: number, timePressure: TimePressure) {
  const clock = new SimulatedClock();
  const run = startLiveRun(scenario, {
    seed,
    timePressure,
    startedAt: '2025-01-01T00:00:00Z',
    clock,
  });
  return { run, clock, handle: liveHandle(run, clock) };
}

/** JSON round trip, as storage would do: drops undefined members. */
export function viaJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
