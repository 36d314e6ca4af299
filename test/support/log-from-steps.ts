/**
 * A real session log that follows one enumerated run (`enumerateRuns` steps), made with the
 * engine's pure transitions. Chance events draw from the seeded generator, so seeds are tried
 * one by one until the draws follow the run's outcomes. Times come from `pace`, so a test can
 * ask for a slow, realistic or fractional-millisecond (performance.now) player.
 */
import { initialTransition, transition } from 'xstate';
import type { Scenario } from '../../src/engine/scenario/schema';
import { machineFor, type RunSnapshot } from '../../src/engine/run/compile';
import type { RunEvent, TimePressure } from '../../src/engine/run/types';
import { createSessionLog } from '../../src/engine/session/log';
import { sessionResult } from '../../src/engine/session/replay';
import type { SessionInput, SessionLog } from '../../src/engine/session/types';
import type { EnumeratedRun } from './enumerate-runs';

export interface Pace {
  /** ms the player spends on a decision (capped just below a time limit). */
  decisionMs: number;
  /** ms spent reading a narrative or an event. */
  readMs: number;
  /** Let every timed decision run out instead of choosing. */
  letTimersRunOut?: boolean;
}

export const SLOWEST_PACE: Pace = { decisionMs: 600_000.123456789, readMs: 600_000.987654321 };

function splitStep(step: string): { nodeId: string; choiceId?: string; outcome?: number } {
  const colon = step.indexOf(':');
  if (colon > 0) return { nodeId: step.slice(0, colon), choiceId: step.slice(colon + 1) };
  const hash = step.lastIndexOf('#');
  if (hash > 0) return { nodeId: step.slice(0, hash), outcome: Number(step.slice(hash + 1)) };
  return { nodeId: step };
}

/** The input that takes the run through `step`, or null when this seed cannot. */
function inputFor(
  scenario: Scenario,
  snapshot: RunSnapshot,
  step: string,
  pace: Pace,
): SessionInput | null {
  const { context } = snapshot;
  const { nodeId, choiceId, outcome } = splitStep(step);
  if (context.nodeId !== nodeId) return null;
  if (outcome !== undefined && context.drawnOutcome !== outcome) return null;
  if (choiceId === undefined) return { type: 'continue', at: context.now + pace.readMs };
  const deadline = context.deadline;
  const node = scenario.nodes[nodeId];
  const timesOutHere = node?.kind === 'decision' && node.timeoutChoice === choiceId;
  if (deadline !== null && pace.letTimersRunOut && timesOutHere) {
    return { type: 'timeout', at: deadline };
  }
  const at = context.now + pace.decisionMs;
  return { type: 'choose', choiceId, at: deadline === null ? at : Math.min(at, deadline - 1) };
}

function eventOf(input: SessionInput): RunEvent {
  if (input.type === 'choose')
    return { type: 'player.choose', choiceId: input.choiceId, at: input.at };
  if (input.type === 'timeout') return { type: 'timer.expired', at: input.at };
  return { type: 'player.continue', at: input.at };
}

function tryLog(
  scenario: Scenario,
  run: EnumeratedRun,
  seed: number,
  pace: Pace,
  timePressure: TimePressure,
): SessionLog | null {
  const machine = machineFor(scenario);
  let [snapshot] = initialTransition(machine, { seed, timePressure });
  const inputs: SessionInput[] = [];
  for (const step of run.steps.slice(0, -1)) {
    const input = inputFor(scenario, snapshot, step, pace);
    if (!input) return null;
    const next = transition(machine, snapshot, eventOf(input))[0];
    // A timeout taken where the run has no timer is refused: this run needs a different path.
    if (next.context.history.length === snapshot.context.history.length) return null;
    snapshot = next;
    inputs.push(input);
  }
  const log = createSessionLog(scenario, {
    seed,
    startedAt: '2026-12-01T09:30:15.250Z',
    timePressure,
  });
  log.inputs = inputs;
  const result = sessionResult(snapshot.context);
  if (result) log.result = result;
  return log;
}

/** The run as a session log; throws when no seed up to `maxSeed` draws its chance outcomes. */
export function logFromRun(
  scenario: Scenario,
  run: EnumeratedRun,
  pace: Pace = SLOWEST_PACE,
  timePressure: TimePressure = 'normal',
  maxSeed = 5000,
): SessionLog {
  for (let seed = 1; seed <= maxSeed; seed += 1) {
    const log = tryLog(scenario, run, (seed * 2_654_435_761) >>> 0, pace, timePressure);
    if (log) return log;
  }
  throw new Error(`no seed up to ${maxSeed} follows ${run.steps.join(' → ')}`);
}
