/**
 * Engine figures: analysing a large generated scenario, replaying a long session log, and
 * how many complete random runs the machine plays per second.
 */
import { performance } from 'node:perf_hooks';
import { initialTransition, transition } from 'xstate';
import { machineFor, type RunSnapshot } from '../src/engine/run/compile';
import { nextRandom } from '../src/engine/run/rng';
import type { RunEvent } from '../src/engine/run/types';
import { selectView } from '../src/engine/run/view';
import { analyseScenario } from '../src/authoring/analyse';
import type { Scenario } from '../src/engine/scenario/schema';
import { createSessionLog } from '../src/engine/session/log';
import { replay } from '../src/engine/session/replay';
import type { SessionInput, SessionLog } from '../src/engine/session/types';
import { generateLayeredScenario } from '../test/support/generate-scenario';
import { medianMs, round, type BenchModule, type BenchRow } from './measure';

const ANALYSIS_NODES = 500;
const ANALYSIS_REPETITIONS = 7;
const REPLAY_DECISIONS = 50;
const REPLAY_REPETITIONS = 21;
const RANDOM_RUN_SECONDS = 2;

/** The input a seeded random player gives at the current node (no timeouts: time is free). */
function randomInput(
  scenario: Scenario,
  snapshot: RunSnapshot,
  rng: number,
): { input: SessionInput; rng: number } {
  const view = selectView(scenario, snapshot);
  const at = snapshot.context.now + 1000;
  if (view.kind !== 'decision') return { input: { type: 'continue', at }, rng };
  const { value, state } = nextRandom(rng);
  const choice = view.choices[Math.floor(value * view.choices.length)] ?? view.choices[0];
  return { input: { type: 'choose', choiceId: choice?.id ?? '', at }, rng: state };
}

function toEvent(input: SessionInput): RunEvent {
  return input.type === 'choose'
    ? { type: 'player.choose', choiceId: input.choiceId, at: input.at }
    : { type: 'player.continue', at: input.at };
}

/** Plays one complete random run with pure transitions; returns its inputs. */
function randomRun(
  scenario: Scenario,
  seed: number,
  stopAfterDecisions = Infinity,
): SessionInput[] {
  const machine = machineFor(scenario);
  let snapshot = initialTransition(machine, { seed, timePressure: 'off' })[0];
  let rng = seed;
  const inputs: SessionInput[] = [];
  let decisions = 0;
  while (snapshot.status !== 'done' && decisions < stopAfterDecisions) {
    const next = randomInput(scenario, snapshot, rng);
    rng = next.rng;
    inputs.push(next.input);
    if (next.input.type === 'choose') decisions += 1;
    snapshot = transition(machine, snapshot, toEvent(next.input))[0];
  }
  return inputs;
}

function benchAnalysis(): BenchRow {
  const scenario = generateLayeredScenario({ nodes: ANALYSIS_NODES, seed: 1 });
  const ms = medianMs(ANALYSIS_REPETITIONS, () => analyseScenario(scenario));
  return {
    metric: 'analysis of a generated scenario',
    value: round(ms),
    unit: 'ms',
    detail: `${Object.keys(scenario.nodes).length} nodes, median of ${ANALYSIS_REPETITIONS}`,
  };
}

/** A log with REPLAY_DECISIONS decisions, from a deep, narrow scenario that has that many. */
function longLog(): { scenario: Scenario; log: SessionLog } {
  const scenario = generateLayeredScenario({ nodes: 500, seed: 2, width: 3, branching: 2 });
  const log = createSessionLog(scenario, {
    seed: 7,
    startedAt: '2025-01-01T00:00:00Z',
    timePressure: 'off',
  });
  log.inputs = randomRun(scenario, 7, REPLAY_DECISIONS);
  return { scenario, log };
}

function benchReplay(): BenchRow {
  const { scenario, log } = longLog();
  const decisions = log.inputs.filter((input) => input.type === 'choose').length;
  const check = replay(scenario, log);
  if (!check.ok) throw new Error(`bench log does not replay: ${check.message}`);
  const ms = medianMs(REPLAY_REPETITIONS, () => replay(scenario, log));
  return {
    metric: 'replay of a session log',
    value: round(ms),
    unit: 'ms',
    detail: `${decisions} decisions, ${log.inputs.length} inputs, median of ${REPLAY_REPETITIONS}`,
  };
}

function benchRandomRuns(): BenchRow {
  const scenario = generateLayeredScenario({ nodes: ANALYSIS_NODES, seed: 1 });
  randomRun(scenario, 0);
  let runs = 0;
  let inputs = 0;
  const start = performance.now();
  while (performance.now() - start < RANDOM_RUN_SECONDS * 1000) {
    inputs += randomRun(scenario, runs + 1).length;
    runs += 1;
  }
  const seconds = (performance.now() - start) / 1000;
  return {
    metric: 'complete random runs',
    value: round(runs / seconds, 0),
    unit: 'runs/s',
    detail: `${Object.keys(scenario.nodes).length}-node scenario, ${round(inputs / runs, 1)} inputs per run on average; XState pure transition() with selectView (the inkjs module compares every path)`,
  };
}

export const engineBench: BenchModule = {
  name: 'engine',
  run: () => [benchAnalysis(), benchReplay(), benchRandomRuns()],
};
