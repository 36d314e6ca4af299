/**
 * What the game holds while a person plays: the run actor plus the session log it writes.
 * Every input the run accepts is appended to the log, including timeouts fired by the
 * actor's own timer (dated at the deadline), so the log alone can rebuild the run.
 */
import { createActor, type Actor } from 'xstate';
import type { Scenario } from '../scenario/schema';
import { machineFor, type RunMachine } from '../run/compile';
import type { NodeView, RunContext, TimePressure } from '../run/types';
import { selectView } from '../run/view';
import { createSessionLog } from './log';
import { replayToSnapshot, sessionResult } from './replay';
import { modeOfLog, type PlayMode, type SessionInput, type SessionLog } from './types';

/** The timer source of the actor (XState's `Clock`); tests pass a `SimulatedClock`. */
export interface RunClock {
  setTimeout(fn: (...args: unknown[]) => void, timeout: number): unknown;
  clearTimeout(id: unknown): void;
}

export interface LiveRunOptions {
  seed: number;
  timePressure: TimePressure;
  /** ISO 8601 wall-clock time, for the log (replay never reads it). */
  startedAt: string;
  /** Assessment when not given. */
  mode?: PlayMode;
  alias?: string;
  clock?: RunClock;
}

export interface LiveRun {
  view(): NodeView;
  context(): RunContext;
  /** The log so far: every accepted input (timeouts included), and `result` once ended. */
  log(): SessionLog;
  ended(): boolean;
  /** Leaves a narrative or event node; false when the run did not accept it. */
  continue(at: number): boolean;
  /** False when that choice is not offered now (or the time limit has already run out). */
  choose(choiceId: string, at: number): boolean;
  /** Practice: undo the latest decision; false in assessment or with nothing to undo. */
  back(at: number): boolean;
  /** Whether `back` would be accepted now. */
  canStepBack(): boolean;
  /** Called once per step the run takes (an accepted input or its own timeout). */
  subscribe(listener: (view: NodeView) => void): () => void;
  /** `actor.getPersistedSnapshot()`; after restoring it, send `run.resumed` to re-arm a timer. */
  persisted(): unknown;
  stop(): void;
}

/** Thrown by `resumeLiveRun` when the log cannot be replayed against the scenario. */
export class ResumeError extends Error {
  readonly atInput: number | undefined;
  constructor(message: string, atInput?: number) {
    super(message);
    this.name = 'ResumeError';
    this.atInput = atInput;
  }
}

function wrapActor(scenario: Scenario, actor: Actor<RunMachine>, base: SessionLog): LiveRun {
  const inputs: SessionInput[] = [...base.inputs];
  actor.on('run.timedOut', (event) => inputs.push({ type: 'timeout', at: event.at }));

  const practice = modeOfLog(base) === 'practice';
  /**
   * Sends an input and keeps it in the log when the run took it (every accepted input leaves a
   * node, or steps back, so the history's length changes). It is logged before sending so that subscribers, notified during the send, already
   * see it in `log()`; a refused input is taken out again.
   */
  const offer = (input: SessionInput, send: () => void): boolean => {
    const before = actor.getSnapshot().context.history.length;
    inputs.push(input);
    send();
    const accepted = actor.getSnapshot().context.history.length !== before;
    if (!accepted) inputs.pop();
    return accepted;
  };

  return {
    view: () => selectView(scenario, actor.getSnapshot()),
    context: () => actor.getSnapshot().context,
    ended: () => actor.getSnapshot().status === 'done',
    log: () => {
      const log: SessionLog = { ...base, inputs: [...inputs] };
      const result =
        actor.getSnapshot().status === 'done'
          ? sessionResult(actor.getSnapshot().context)
          : undefined;
      if (result) log.result = result;
      return log;
    },
    continue: (at) =>
      offer({ type: 'continue', at }, () => actor.send({ type: 'player.continue', at })),
    choose: (choiceId, at) =>
      offer({ type: 'choose', choiceId, at }, () =>
        actor.send({ type: 'player.choose', choiceId, at }),
      ),
    canStepBack: () =>
      practice &&
      actor.getSnapshot().status === 'active' &&
      actor.getSnapshot().context.beforeDecision !== undefined,
    back(at) {
      if (!this.canStepBack()) return false;
      return offer({ type: 'back', at }, () => actor.send({ type: 'player.back', at }));
    },
    subscribe: (listener) => {
      // Only steps are news: a refused input leaves the run where it was and is not reported.
      let steps = actor.getSnapshot().context.history.length;
      const subscription = actor.subscribe((snapshot) => {
        if (snapshot.context.history.length === steps) return;
        steps = snapshot.context.history.length;
        listener(selectView(scenario, snapshot));
      });
      return () => subscription.unsubscribe();
    },
    persisted: () => actor.getPersistedSnapshot(),
    stop: () => actor.stop(),
  };
}

export function startLiveRun(scenario: Scenario, options: LiveRunOptions): LiveRun {
  const { clock, ...logOptions } = options;
  const base = createSessionLog(scenario, logOptions);
  const actor = createActor(machineFor(scenario), {
    input: { seed: options.seed, timePressure: options.timePressure },
    ...(clock ? { clock } : {}),
  });
  const run = wrapActor(scenario, actor, base);
  actor.start();
  return run;
}

/**
 * Carries on a saved run: replays the log's inputs, then sends `run.resumed` at `atMs`, so a
 * timed decision gets exactly the time it had left (deadline - atMs) or times out at once.
 * Throws a ResumeError when the log does not replay against this scenario.
 */
export function resumeLiveRun(
  scenario: Scenario,
  log: SessionLog,
  atMs: number,
  options: { clock?: RunClock } = {},
): LiveRun {
  const replayed = replayToSnapshot(scenario, log);
  if (!replayed.ok) throw new ResumeError(replayed.message, replayed.atInput);
  const machine = machineFor(scenario);
  const { result: _recomputedWhenEnded, ...base } = log;
  const actor = createActor(machine, {
    input: { seed: log.seed, timePressure: log.timePressure },
    snapshot: machine.getPersistedSnapshot(replayed.snapshot),
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const run = wrapActor(scenario, actor, base);
  actor.start();
  // A finished run has nothing to re-arm (and XState warns about events sent to a done actor).
  if (actor.getSnapshot().status === 'active') actor.send({ type: 'run.resumed', at: atMs });
  return run;
}
