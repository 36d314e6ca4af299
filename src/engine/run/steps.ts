/**
 * The run's steps as pure functions from one context to the next. The machine in
 * `compile.ts` only decides *when* a step happens; *what* it does lives here, so the
 * format's order of effects (judge `when`, apply meters and flags, then resolve `next`)
 * is written once and is easy to test on its own.
 */
import type { Choice, DecisionNode, EventNode, Scenario, ScenarioNode } from '../scenario/schema';
import {
  addScores,
  applyEffects,
  choiceScores,
  initialWorld,
  offeredChoices,
  resolveNext,
  zeroScores,
  type WorldState,
} from '../scenario/rules';
import { drawWeighted, rngStateFromSeed } from './rng';
import type { HistoryEntry, RunChange, RunContext, RunOptions, TimePressure } from './types';

export function nodeById(scenario: Scenario, nodeId: string): ScenarioNode {
  const node = scenario.nodes[nodeId];
  if (!node) throw new Error(`Scenario "${scenario.id}" has no node "${nodeId}"`);
  return node;
}

export function currentNode(scenario: Scenario, context: RunContext): ScenarioNode {
  return nodeById(scenario, context.nodeId);
}

/** The time limit of a decision after the player's time-pressure setting; null when untimed. */
export function timeLimitMs(node: ScenarioNode, timePressure: TimePressure): number | null {
  if (node.kind !== 'decision' || node.timeLimitSeconds === undefined) return null;
  if (node.timeoutChoice === undefined || timePressure === 'off') return null;
  const factor = timePressure === 'double' ? 2 : 1;
  return Math.round(node.timeLimitSeconds * 1000 * factor);
}

export function initialContext(scenario: Scenario, options: RunOptions): RunContext {
  const world = initialWorld(scenario);
  nodeById(scenario, scenario.start);
  return {
    scenarioId: scenario.id,
    nodeId: scenario.start,
    scores: zeroScores(),
    meters: world.meters,
    flags: world.flags,
    history: [],
    seed: options.seed,
    rngState: rngStateFromSeed(options.seed),
    timePressure: options.timePressure,
    enteredAt: 0,
    deadline: null,
    now: 0,
  };
}

function worldOf(context: RunContext): WorldState {
  return { meters: context.meters, flags: context.flags };
}

function meterDelta(
  before: Record<string, number>,
  after: Record<string, number>,
): Record<string, number> {
  const delta: Record<string, number> = {};
  for (const [id, value] of Object.entries(after)) {
    const change = value - (before[id] ?? value);
    if (change !== 0) delta[id] = change;
  }
  return delta;
}

function mergeChanges(first: RunChange | undefined, second: RunChange): RunChange {
  if (!first) return second;
  const meters = { ...first.meterDelta };
  for (const [id, change] of Object.entries(second.meterDelta)) {
    const total = (meters[id] ?? 0) + change;
    if (total === 0) delete meters[id];
    else meters[id] = total;
  }
  return {
    scoreDelta: addScores(first.scoreDelta, second.scoreDelta),
    meterDelta: meters,
    timedOut: first.timedOut || second.timedOut,
  };
}

/** Leaves the current node for `nextNodeId` at `at`, recording how the node was left. */
function leaveNode(
  context: RunContext,
  entry: HistoryEntry,
  nextNodeId: string,
  at: number,
): RunContext {
  // Explicitly undefined rather than deleted: XState's assign merges, so a missing key would keep the old value.
  return {
    ...context,
    history: [...context.history, entry],
    nodeId: nextNodeId,
    enteredAt: at,
    now: at,
    deadline: null,
    drawnOutcome: undefined,
    drawnMeterDelta: undefined,
  };
}

export function continueNarrative(scenario: Scenario, context: RunContext, at: number): RunContext {
  const node = currentNode(scenario, context);
  if (node.kind !== 'narrative') return context;
  const entry: HistoryEntry = {
    nodeId: context.nodeId,
    kind: 'narrative',
    msTaken: at - context.enteredAt,
    timedOut: false,
  };
  const left = leaveNode(context, entry, resolveNext(node.next, worldOf(context)), at);
  return { ...left, lastChange: { scoreDelta: zeroScores(), meterDelta: {}, timedOut: false } };
}

function decisionAt(scenario: Scenario, context: RunContext): DecisionNode | undefined {
  const node = currentNode(scenario, context);
  return node.kind === 'decision' ? node : undefined;
}

/** The offered choice with this id at the current decision, if there is one. */
export function findOfferedChoice(
  scenario: Scenario,
  context: RunContext,
  choiceId: string,
): Choice | undefined {
  const node = decisionAt(scenario, context);
  if (!node) return undefined;
  return offeredChoices(node, worldOf(context)).find((choice) => choice.id === choiceId);
}

/** Takes a choice: its effects apply first, then `next` is resolved against the new world. */
function applyChoice(
  scenario: Scenario,
  context: RunContext,
  choice: Choice,
  timing: { at: number; msTaken: number; timedOut: boolean },
): RunContext {
  const node = decisionAt(scenario, context);
  if (!node) return context;
  const world = applyEffects(scenario, worldOf(context), choice);
  const scoreDelta = choiceScores(choice);
  const entry: HistoryEntry = {
    nodeId: context.nodeId,
    kind: 'decision',
    choiceId: choice.id,
    msTaken: timing.msTaken,
    timedOut: timing.timedOut,
    offered: offeredChoices(node, worldOf(context)).map((offered) => offered.id),
  };
  const left = leaveNode(context, entry, resolveNext(choice.next, world), timing.at);
  return {
    ...left,
    beforeDecision: { ...context, beforeDecision: undefined },
    meters: world.meters,
    flags: world.flags,
    scores: addScores(context.scores, scoreDelta),
    lastChange: {
      scoreDelta,
      meterDelta: meterDelta(context.meters, world.meters),
      timedOut: timing.timedOut,
    },
  };
}

export function chooseAt(
  scenario: Scenario,
  context: RunContext,
  choiceId: string,
  at: number,
): RunContext {
  const choice = findOfferedChoice(scenario, context, choiceId);
  if (!choice) return context;
  return applyChoice(scenario, context, choice, {
    at,
    msTaken: at - context.enteredAt,
    timedOut: false,
  });
}

/**
 * The time ran out: the timeout choice is taken (even if its `when` would not offer it, as the
 * format says), dated at the deadline so the record does not depend on when the timer fired.
 */
export function timeOut(scenario: Scenario, context: RunContext): RunContext {
  const node = decisionAt(scenario, context);
  const choice = node?.choices.find((candidate) => candidate.id === node.timeoutChoice);
  if (!choice || context.deadline === null) return context;
  const at = context.deadline;
  return applyChoice(scenario, context, choice, {
    at,
    msTaken: at - context.enteredAt,
    timedOut: true,
  });
}

/** On entering a timed decision: its deadline, from when it was entered and the time pressure. */
export function armDeadline(scenario: Scenario, context: RunContext): RunContext {
  const limit = timeLimitMs(currentNode(scenario, context), context.timePressure);
  return { ...context, deadline: limit === null ? null : context.enteredAt + limit };
}

/** On entering an event: draw the outcome with the seeded PRNG and apply its effects. */
export function drawEventOutcome(scenario: Scenario, context: RunContext): RunContext {
  const node = currentNode(scenario, context);
  if (node.kind !== 'event') return context;
  const { index, state } = drawWeighted(
    node.outcomes.map((outcome) => outcome.weight),
    context.rngState,
  );
  const outcome = node.outcomes[index] as EventNode['outcomes'][number];
  const world = applyEffects(scenario, worldOf(context), outcome);
  const change: RunChange = {
    scoreDelta: zeroScores(),
    meterDelta: meterDelta(context.meters, world.meters),
    timedOut: false,
  };
  return {
    ...context,
    rngState: state,
    drawnOutcome: index,
    drawnMeterDelta: change.meterDelta,
    meters: world.meters,
    flags: world.flags,
    lastChange: mergeChanges(context.lastChange, change),
  };
}

/** Continue after an event: its `next` is resolved in the world its outcome produced. */
export function continueEvent(scenario: Scenario, context: RunContext, at: number): RunContext {
  const node = currentNode(scenario, context);
  const outcome =
    context.drawnOutcome === undefined
      ? undefined
      : node.kind === 'event'
        ? node.outcomes[context.drawnOutcome]
        : undefined;
  if (!outcome) return context;
  const entry: HistoryEntry = {
    nodeId: context.nodeId,
    kind: 'event',
    outcomeIndex: context.drawnOutcome,
    msTaken: at - context.enteredAt,
    timedOut: false,
  };
  const left = leaveNode(context, entry, resolveNext(outcome.next, worldOf(context)), at);
  return { ...left, lastChange: { scoreDelta: zeroScores(), meterDelta: {}, timedOut: false } };
}

export function noteEnding(scenario: Scenario, context: RunContext): RunContext {
  const node = currentNode(scenario, context);
  return node.kind === 'ending' ? { ...context, endingOutcome: node.outcome } : context;
}

/**
 * Practice step-back: the run returns to the decision it took last, as it was just before
 * (meters, flags, scores, history and the random generator's state, so a chance event after it
 * draws the same outcome again), entered anew at `at` so a timed decision gets its full time.
 * The undone decision is noted in `steppedBack`; only one step back is possible at a time.
 */
export function stepBack(context: RunContext, at: number): RunContext {
  const before = context.beforeDecision;
  if (!before) return context;
  const undone = context.history[before.history.length];
  const steppedBack = [
    ...(context.steppedBack ?? []),
    {
      nodeId: before.nodeId,
      choiceId: undone?.choiceId ?? '',
      timedOut: undone?.timedOut ?? false,
    },
  ];
  // Explicitly undefined keys: XState's assign merges, so a missing key would keep the old value.
  return {
    ...before,
    // Drawn when the undone decision led into a chance event: the decision never drew one.
    drawnOutcome: before.drawnOutcome,
    drawnMeterDelta: before.drawnMeterDelta,
    beforeDecision: undefined,
    enteredAt: at,
    now: at,
    deadline: null,
    lastChange: undefined,
    endingOutcome: undefined,
    steppedBack,
  };
}
