/**
 * Replay: rebuilds every step of a recorded run from its log with XState's pure
 * `initialTransition` / `transition` (no actor, no timers), checking each input on the way so
 * a damaged or tampered log is refused with a sentence saying what is wrong and where.
 */
import { initialTransition, transition } from 'xstate';
import type { Scenario } from '../scenario/schema';
import { machineFor, type RunSnapshot } from '../run/compile';
import { findOfferedChoice } from '../run/steps';
import type { RunContext, RunEvent } from '../run/types';
import { hashScenario } from './hash';
import {
  SESSION_FORMAT,
  SESSION_VERSION,
  modeOfLog,
  type SessionInput,
  type SessionLog,
  type SessionResult,
} from './types';

export type ReplayFailure = {
  ok: false;
  message: string;
  /** Index in `log.inputs` of the input that could not be replayed, when one is to blame. */
  atInput?: number;
};

export type ReplayOutcome =
  | {
      ok: true;
      /** The context before any input, then one per input. */
      snapshots: RunContext[];
      final: RunContext;
      ended: boolean;
      /** False when the scenario changed since the run was recorded (the replay still ran). */
      hashMatches: boolean;
    }
  | ReplayFailure;

/** The machine-level result of a replay, for callers that continue the run (resume). */
export type ReplayedRun = {
  ok: true;
  snapshot: RunSnapshot;
  contexts: RunContext[];
  hashMatches: boolean;
};

/** Scenarios are treated as immutable once loaded, so each one is hashed once, not per replay. */
const hashes = new WeakMap<Scenario, string>();

function cachedHash(scenario: Scenario): string {
  let hash = hashes.get(scenario);
  if (hash === undefined) {
    hash = hashScenario(scenario);
    hashes.set(scenario, hash);
  }
  return hash;
}

/** The log's `result` for a run that has reached an ending; undefined before that. */
export function sessionResult(context: RunContext): SessionResult | undefined {
  if (context.endingOutcome === undefined) return undefined;
  return {
    endingId: context.nodeId,
    outcome: context.endingOutcome,
    rawScores: { ...context.scores },
  };
}

export function inputToEvent(input: SessionInput): RunEvent {
  if (input.type === 'choose')
    return { type: 'player.choose', choiceId: input.choiceId, at: input.at };
  if (input.type === 'timeout') return { type: 'timer.expired', at: input.at };
  if (input.type === 'back') return { type: 'player.back', at: input.at };
  return { type: 'player.continue', at: input.at };
}

function checkChoice(
  scenario: Scenario,
  snapshot: RunSnapshot,
  input: { choiceId: string; at: number },
): string | null {
  const { context } = snapshot;
  const node = scenario.nodes[context.nodeId];
  const place = `decision "${context.nodeId}"`;
  if (!snapshot.hasTag('decision') || node?.kind !== 'decision') {
    return `it records a choice at "${context.nodeId}", which is not a decision.`;
  }
  if (!node.choices.some((choice) => choice.id === input.choiceId)) {
    return `it records choice "${input.choiceId}", which ${place} does not have.`;
  }
  if (!findOfferedChoice(scenario, context, input.choiceId)) {
    return `it records choice "${input.choiceId}" at ${place}, but that choice was not offered there.`;
  }
  if (context.deadline !== null && input.at >= context.deadline) {
    return `it records choice "${input.choiceId}" at ${place} after its time limit had run out.`;
  }
  return null;
}

/** Why this input cannot come next in the run, or null when it can. */
function checkInput(
  scenario: Scenario,
  snapshot: RunSnapshot,
  input: SessionInput,
  previousAt: number,
  practice: boolean,
): string | null {
  const { context } = snapshot;
  if (snapshot.status === 'done') return 'it comes after the run had already ended.';
  if (!Number.isFinite(input.at) || input.at < previousAt) {
    return 'its time goes back before the input that came before it.';
  }
  if (input.type === 'choose') return checkChoice(scenario, snapshot, input);
  if (input.type === 'back') {
    if (!practice) return 'steps back, which only a run played in practice mode may do.';
    return context.beforeDecision
      ? null
      : `steps back at "${context.nodeId}", where there is no decision to step back to.`;
  }
  if (input.type === 'continue') {
    return snapshot.hasTag('decision')
      ? `it says "continue" where the player had to choose (at decision "${context.nodeId}").`
      : null;
  }
  if (!snapshot.hasTag('timed') || context.deadline === null) {
    return `it records a timeout at "${context.nodeId}", which has no time limit in this run.`;
  }
  if (input.at < context.deadline)
    return `it records a timeout at "${context.nodeId}" before its time limit ran out.`;
  return null;
}

function failAt(index: number, reason: string): ReplayFailure {
  return {
    ok: false,
    message: `The session log cannot be replayed: input ${index + 1} ${reason}`,
    atInput: index,
  };
}

function checkHeader(scenario: Scenario, log: SessionLog): ReplayFailure | null {
  if (log.format !== SESSION_FORMAT || (log.version !== 1 && log.version !== SESSION_VERSION)) {
    return { ok: false, message: `This is not a session log this version of the game can replay.` };
  }
  if (log.scenarioId !== scenario.id) {
    return {
      ok: false,
      message: `This session log belongs to scenario "${log.scenarioId}", not "${scenario.id}".`,
    };
  }
  return null;
}

function checkResult(log: SessionLog, final: RunSnapshot): ReplayFailure | null {
  if (!log.result) return null;
  const replayed = sessionResult(final.context);
  if (!replayed || final.status !== 'done') {
    return {
      ok: false,
      message: 'The session log claims a result, but its inputs do not finish the run.',
    };
  }
  const claimed = log.result;
  const same =
    claimed.endingId === replayed.endingId &&
    claimed.outcome === replayed.outcome &&
    claimed.rawScores.customerFocus === replayed.rawScores.customerFocus &&
    claimed.rawScores.adaptability === replayed.rawScores.adaptability &&
    claimed.rawScores.empowerment === replayed.rawScores.empowerment;
  if (same) return null;
  return {
    ok: false,
    message:
      'The session log was changed after the run: its result does not match what its inputs lead to.',
  };
}

/** Replays the log's inputs, keeping the machine snapshot so a live run can carry on from it. */
export function replayToSnapshot(scenario: Scenario, log: SessionLog): ReplayedRun | ReplayFailure {
  const headerProblem = checkHeader(scenario, log);
  if (headerProblem) return headerProblem;
  const machine = machineFor(scenario);
  let index = -1;
  try {
    let [snapshot] = initialTransition(machine, { seed: log.seed, timePressure: log.timePressure });
    if (snapshot.status === 'error') throw snapshot.error;
    const contexts = [snapshot.context];
    let previousAt = 0;
    const practice = modeOfLog(log) === 'practice';
    for (index = 0; index < log.inputs.length; index += 1) {
      const input = log.inputs[index] as SessionInput;
      const problem = checkInput(scenario, snapshot, input, previousAt, practice);
      if (problem) return failAt(index, problem);
      const next: RunSnapshot = transition(machine, snapshot, inputToEvent(input))[0];
      if (next.status === 'error') throw next.error;
      // Every accepted input leaves a node (history grows) or steps back (it shrinks); an
      // input that leaves the history as it was was refused.
      if (next.context.history.length === snapshot.context.history.length)
        return failAt(index, 'was not accepted.');
      snapshot = next;
      contexts.push(snapshot.context);
      previousAt = input.at;
    }
    const resultProblem = checkResult(log, snapshot);
    if (resultProblem) return resultProblem;
    return {
      ok: true,
      snapshot,
      contexts,
      hashMatches: cachedHash(scenario) === log.scenarioHash,
    };
  } catch (error) {
    // Only a scenario that skipped the checker (a next naming no node…) gets here.
    const reason = error instanceof Error ? error.message : String(error);
    const failure: ReplayFailure = {
      ok: false,
      message: `The scenario cannot be played: ${reason}.`,
    };
    if (index >= 0 && index < log.inputs.length) failure.atInput = index;
    return failure;
  }
}

export function replay(scenario: Scenario, log: SessionLog): ReplayOutcome {
  const replayed = replayToSnapshot(scenario, log);
  if (!replayed.ok) return replayed;
  return {
    ok: true,
    snapshots: replayed.contexts,
    final: replayed.snapshot.context,
    ended: replayed.snapshot.status === 'done',
    hashMatches: replayed.hashMatches,
  };
}
