/**
 * The run as a child actor of the shell: the engine's LiveRun, the active-play clock, the
 * countdown and autosave after every input. It takes the player's inputs from the shell and
 * reports each new step, countdown tick, save and the ending back to it; the screens draw
 * from the shell's snapshot. Stopping the actor (the shell leaves `playing`) saves and stops.
 * The run is kept in its slot (keep-run.ts) for this tab; when another tab takes it over, this
 * tab stops saving and says so (`run.takenOver`).
 */
import { fromCallback, type EventObject } from 'xstate';
import type { NodeView, RunContext } from '../engine/run/types';
import type { SessionInput } from '../engine/session/types';
import { modeOfLog, type PlayMode, type SessionLog } from '../engine/session/types';
import { beatOf, type Beat } from '../engine/run/beat';
import { resumeLiveRun, startLiveRun, type LiveRun } from '../engine/session/live-run';
import type { PlayableScenario } from '../services/library-types';
import type { RunStore } from '../services/run-store';
import type { Settings } from '../services/settings';
import { randomSeed } from '../services/random';
import { noClaims } from '../services/run-claims';
import { ActiveClock } from './active-clock';
import { keepEndedRun, runSlot, unfinishedRecord, type RunKeep } from './keep-run';

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
  /** Who keeps the run and where (a track part, a take-over); by default a lone tab. */
  keep?: RunKeep;
  /** The page's visibility (tests pass their own); active time stops while hidden. */
  page?: PageVisibility;
  /** Someone else who follows the run: an LMS package's reporter (see lms-link.ts). */
  observer?: RunObserver;
  /** Hears every input the run accepts, in order (a live room sends each to its server). */
  onInput?: (input: SessionInput) => void;
}

/** Follows a run from outside the shell (an LMS): every input, pause and the ending. */
export interface RunObserver {
  /** The run is on screen; `elapsed` reads its active play time until `left`. */
  opened(elapsed: () => number): void;
  /** The run as it opens, then after every accepted input (a timeout included). */
  stepped(log: SessionLog, context: RunContext, elapsedMs: number): void;
  /** The page was hidden with the run under way. */
  paused(elapsedMs: number): void;
  ended(log: SessionLog, context: RunContext): void;
  /** The run left the screen (ended, quit, or the shell moved on). */
  left(): void;
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
  /** Another tab took this run over: this tab no longer saves it. */
  | { type: 'run.takenOver' }
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
    const keep: RunKeep = input.keep ?? { owner: 'this-tab', claims: noClaims };
    let lastSavedAt = 0;
    let steps = 0;
    let forwarded = run.log().inputs.length;
    let ended = false;
    let claimed = false;
    let lost = false;

    const lose = () => {
      if (lost || ended) return;
      lost = true;
      report({ type: 'run.takenOver' });
    };

    let before: RunContext = run.context();
    const mode = modeOfLog(run.log());
    /** The decision clock stands still while a consequence beat is up (and while hidden). */
    let beatOpen = false;
    const runClock = () => {
      if (page.hidden() || beatOpen) clock.pause();
      else clock.resume();
    };

    const save = (): Promise<void> => {
      if (lost) return Promise.resolve();
      lastSavedAt = clock.elapsed();
      const log = run.log();
      // The first save claims the run for this tab; later ones write only while it is ours.
      const by = { owner: keep.owner, claim: !claimed };
      claimed = true;
      const record = unfinishedRecord(input.playable, log, clock.elapsed(), keep.track);
      return input.store.saveUnfinished(record, by).then((outcome) => {
        if (outcome === 'taken') lose();
        else report({ type: 'run.saved', inputs: log.inputs.length });
      });
    };

    const tick = () => {
      if (ended) return;
      report({ type: 'run.tick', countdown: countdownOf(run.view(), clock.elapsed()) });
      if (clock.elapsed() - lastSavedAt >= SAVE_EVERY_MS) void save();
    };

    const finish = () => {
      ended = true;
      const log = run.log();
      input.observer?.ended(log, run.context());
      if (!lost) void keepEndedRun(input.store, keep, input.playable, log);
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
      const inputs = run.log().inputs;
      for (; forwarded < inputs.length; forwarded += 1) input.onInput?.(inputs[forwarded]!);
      const canStepBack = run.canStepBack();
      report({ type: 'run.step', view, step, log: run.log(), beat, canStepBack });
      if (run.ended()) return finish();
      void save();
      input.observer?.stepped(run.log(), run.context(), clock.elapsed());
    };

    const onVisibility = () => {
      runClock();
      if (!page.hidden() || ended) return;
      void save();
      input.observer?.paused(clock.elapsed());
    };

    receive((command) => {
      if (ended || lost) return;
      const at = clock.elapsed();
      if (command.type === 'beat.closed') {
        beatOpen = false;
        runClock();
      } else if (command.type === 'player.choose') run.choose(command.choiceId, at);
      else if (command.type === 'player.back') run.back(at);
      else run.continue(at);
    });

    // This tab holds the run while it plays it; another tab taking it over calls `lose`.
    const release = keep.claims.hold(
      runSlot(input.playable, keep.track),
      keep.takeOver ?? false,
      lose,
    );
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
    void save();
    input.observer?.opened(() => clock.elapsed());
    if (!run.ended()) input.observer?.stepped(run.log(), run.context(), clock.elapsed());

    return () => {
      if (!ended) void save();
      input.observer?.left();
      release();
      clearInterval(ticker);
      unsubscribe();
      stopWatching();
      run.stop();
      clock.dispose();
    };
  },
);
