/**
 * The run as a child actor of the shell: the engine's LiveRun, the active-play clock, the
 * countdown and autosave after every input. It takes the player's inputs from the shell and
 * reports each new step, countdown tick, save and the ending back to it; the screens draw
 * from the shell's snapshot. Stopping the actor (the shell leaves `playing`) saves and stops.
 */
import { fromCallback, type EventObject } from 'xstate';
import type { NodeView, RunContext } from '../engine/run/types';
import { modeOfLog, type PlayMode, type SessionLog } from '../engine/session/types';
import { beatOf, type Beat } from '../engine/run/beat';
import { resumeLiveRun, startLiveRun, type LiveRun } from '../engine/session/live-run';
import type { PlayableScenario } from '../services/library-types';
import type { RunStore } from '../services/run-store';
import type { Settings } from '../services/settings';
import { randomSeed } from '../services/random';
import { ActiveClock } from './active-clock';

/** Where a saved run picks up again. */
export interface ResumePoint {
  log: SessionLog;
  elapsedMs: number;
}

export interface PlaySessionInput {
  playable: PlayableScenario;
  settings: Settings;
  store: RunStore;
  resume?: ResumePoint;
  /** How a new run is played (a resumed one keeps the mode its log records). */
  mode?: PlayMode;
  alias?: string;
  /** The page's visibility (tests pass their own); active time stops while hidden. */
  page?: PageVisibility;
}

export interface PageVisibility {
  hidden(): boolean;
  onChange(listener: () => void): () => void;
}

export interface Countdown {
  remainingMs: number;
  totalMs: number;
}

/** What the run tells the shell. */
export type PlaySessionReport =
  | {
      type: 'run.step';
      view: NodeView;
      step: number;
      log: SessionLog;
      /** What followed from the decision just taken, shown before this step's node. */
      beat: Beat | null;
      /** Practice: the player may step back from here. */
      canStepBack: boolean;
    }
  | { type: 'run.tick'; countdown: Countdown | null }
  | { type: 'run.saved'; inputs: number }
  | { type: 'run.ended'; log: SessionLog; context: RunContext };

/** What the shell forwards to the run. */
export type PlaySessionCommand =
  | { type: 'player.choose'; choiceId: string }
  | { type: 'player.continue' }
  | { type: 'player.back' }
  /** The consequence beat was read: active time runs again. */
  | { type: 'beat.closed' };

const TICK_MS = 250;
const SAVE_EVERY_MS = 1000;

const documentVisibility: PageVisibility = {
  hidden: () => document.visibilityState === 'hidden',
  onChange(listener) {
    document.addEventListener('visibilitychange', listener);
    return () => document.removeEventListener('visibilitychange', listener);
  },
};

function openRun(input: PlaySessionInput, clock: ActiveClock): LiveRun {
  const { scenario } = input.playable;
  if (input.resume)
    return resumeLiveRun(scenario, input.resume.log, input.resume.elapsedMs, { clock });
  return startLiveRun(scenario, {
    seed: randomSeed(),
    timePressure: input.settings.timePressure,
    startedAt: new Date().toISOString(),
    mode: input.mode ?? 'assessment',
    clock,
    ...(input.alias ? { alias: input.alias } : {}),
  });
}

function countdownOf(view: NodeView, elapsedMs: number): Countdown | null {
  if (view.deadline === null || view.timeLimitMs === null) return null;
  return { remainingMs: Math.max(0, view.deadline - elapsedMs), totalMs: view.timeLimitMs };
}

export const playSession = fromCallback<PlaySessionCommand, PlaySessionInput>(
  ({ input, sendBack, receive }) => {
    const report = (event: PlaySessionReport) => sendBack(event as EventObject);
    const page = input.page ?? documentVisibility;
    const clock = new ActiveClock(() => performance.now(), input.resume?.elapsedMs ?? 0);
    const run = openRun(input, clock);
    let lastSavedAt = 0;
    let steps = 0;
    let ended = false;
    let before: RunContext = run.context();
    const mode = modeOfLog(run.log());
    /** The decision clock stands still while a consequence beat is up (and while hidden). */
    let beatOpen = false;
    const runClock = () => {
      if (page.hidden() || beatOpen) clock.pause();
      else clock.resume();
    };

    const save = (): Promise<void> => {
      lastSavedAt = clock.elapsed();
      const log = run.log();
      return input.store
        .saveCurrent({
          scenarioId: input.playable.scenario.id,
          log,
          elapsedMs: Math.round(clock.elapsed()),
          savedAt: new Date().toISOString(),
          ...(input.playable.text ? { scenarioText: input.playable.text } : {}),
        })
        .then(() => report({ type: 'run.saved', inputs: log.inputs.length }));
    };

    const tick = () => {
      if (ended) return;
      report({ type: 'run.tick', countdown: countdownOf(run.view(), clock.elapsed()) });
      if (clock.elapsed() - lastSavedAt >= SAVE_EVERY_MS) void save();
    };

    const finish = () => {
      ended = true;
      const log = run.log();
      void input.store.clearCurrent();
      void input.store.addFinished({
        scenarioId: input.playable.scenario.id,
        log,
        finishedAt: new Date().toISOString(),
      });
      report({ type: 'run.ended', log, context: run.context() });
    };

    /** Every accepted input (a timeout included) leaves a node: report the new step, save. */
    const onStep = (view: NodeView) => {
      const context = run.context();
      const step = context.history.length;
      if (step === steps) return;
      steps = step;
      const beat = beatOf(input.playable.scenario, before, context, mode);
      before = context;
      beatOpen = beat !== null;
      runClock();
      const canStepBack = run.canStepBack();
      report({ type: 'run.step', view, step, log: run.log(), beat, canStepBack });
      if (run.ended()) finish();
      else void save();
    };

    const onVisibility = () => {
      runClock();
      if (page.hidden() && !ended) void save();
    };

    receive((command) => {
      if (ended) return;
      const at = clock.elapsed();
      if (command.type === 'beat.closed') {
        beatOpen = false;
        runClock();
      } else if (command.type === 'player.choose') run.choose(command.choiceId, at);
      else if (command.type === 'player.back') run.back(at);
      else run.continue(at);
    });

    // The run's own timer can move it on too (a timeout): every step arrives here.
    const unsubscribe = run.subscribe(onStep);
    const stopWatching = page.onChange(onVisibility);
    const ticker = setInterval(tick, TICK_MS);
    runClock();
    steps = run.context().history.length;
    report({
      type: 'run.step',
      view: run.view(),
      step: steps,
      log: run.log(),
      beat: null,
      canStepBack: run.canStepBack(),
    });
    tick();
    if (!input.resume) void save();

    return () => {
      if (!ended) void save();
      clearInterval(ticker);
      unsubscribe();
      stopWatching();
      run.stop();
      clock.dispose();
    };
  },
);
