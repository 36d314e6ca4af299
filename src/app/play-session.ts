/**
 * One run on screen: the engine's LiveRun, the active-play clock, the countdown, autosave after
 * every input, and the picture and sounds that follow the run. The shell creates one per run.
 */
import type { Scenario } from '../engine/scenario/schema';
import type { NodeView, RunContext } from '../engine/run/types';
import type { SessionLog } from '../engine/session/types';
import { startLiveRun, resumeLiveRun, type LiveRun } from '../engine/session/live-run';
import type { PlayScreen } from '../ui/screens/play';
import type { Stage } from '../services/stage';
import { ActiveClock } from './active-clock';
import { randomSeed } from '../services/random';
import type { RunStore } from '../services/run-store';
import type { Settings } from '../services/settings';
import type { SoundPlayer } from '../services/sound';
import { stageViewOf, reactionOf, describeScene } from '../services/stage-view';

export interface PlaySessionOptions {
  scenario: Scenario;
  /** The file's text, saved with the run when it is not a library scenario. */
  scenarioText?: string;
  settings: Settings;
  store: RunStore;
  screen: PlayScreen;
  sound: SoundPlayer;
  /** Resume from a saved log instead of starting anew. */
  resume?: { log: SessionLog; elapsedMs: number };
  onEnded(log: SessionLog, context: RunContext): void;
}

export interface PlaySession {
  attachStage(stage: Stage): void;
  log(): SessionLog;
  /** Saves and stops timers (quitting to the list). */
  stop(): Promise<void>;
}

const TICK_MS = 250;
const SAVE_EVERY_MS = 1000;

export function beginPlay(options: PlaySessionOptions): PlaySession {
  const { scenario, screen, store, sound } = options;
  const clock = new ActiveClock(() => performance.now(), options.resume?.elapsedMs ?? 0);
  const run: LiveRun = options.resume
    ? resumeLiveRun(scenario, options.resume.log, options.resume.elapsedMs, { clock })
    : startLiveRun(scenario, {
        seed: randomSeed(),
        timePressure: options.settings.timePressure,
        startedAt: new Date().toISOString(),
        clock,
      });
  let stage: Stage | null = null;
  let lastStepKey = '';
  let lastSavedAt = 0;
  let lastTickSecond = -1;
  let finished = false;

  const save = (): Promise<void> => {
    lastSavedAt = clock.elapsed();
    const log = run.log();
    const saving = store.saveCurrent({
      scenarioId: scenario.id,
      log,
      elapsedMs: Math.round(clock.elapsed()),
      savedAt: new Date().toISOString(),
      ...(options.scenarioText ? { scenarioText: options.scenarioText } : {}),
    });
    return saving.then(() => screen.markSaved(log.inputs.length));
  };

  const updateCountdown = (view: NodeView) => {
    if (view.deadline === null || view.timeLimitMs === null) {
      screen.setCountdown(null);
      stage?.setCountdown(null);
      return;
    }
    const remainingMs = Math.max(0, view.deadline - clock.elapsed());
    const countdown = { remainingMs, totalMs: view.timeLimitMs };
    const second = Math.ceil(remainingMs / 1000);
    screen.setCountdown(countdown);
    stage?.setCountdown(countdown);
    if (remainingMs > 0 && second <= 10 && second !== lastTickSecond) {
      lastTickSecond = second;
      sound.play('tick');
    }
    if (clock.elapsed() - lastSavedAt >= SAVE_EVERY_MS) void save();
  };

  const finish = () => {
    if (finished) return;
    finished = true;
    teardown();
    const log = run.log();
    void store.clearCurrent();
    void store.addFinished({ scenarioId: scenario.id, log, finishedAt: new Date().toISOString() });
    options.onEnded(log, run.context());
  };

  const render = (view: NodeView) => {
    const stepKey = `${run.context().history.length}:${view.nodeId}`;
    if (stepKey === lastStepKey) return;
    const isFirst = lastStepKey === '';
    lastStepKey = stepKey;
    if (!isFirst && view.lastChange) {
      const reaction = reactionOf(view.lastChange);
      stage?.react(reaction);
      if (reaction !== 'neutral') sound.play(reaction);
    }
    screen.show(view);
    screen.setStageLabel(describeScene(scenario, view));
    stage?.show(stageViewOf(scenario, view));
    updateCountdown(view);
    // LiveRun appends the input to its log after notifying subscribers: save once it has.
    if (!isFirst) queueMicrotask(() => void (finished ? undefined : save()));
    if (run.ended()) queueMicrotask(finish);
  };

  const onVisibility = () => {
    if (document.visibilityState === 'hidden') {
      clock.pause();
      if (!finished) void save();
    } else {
      clock.resume();
    }
  };

  const unsubscribe = run.subscribe(render);
  const ticker = setInterval(() => updateCountdown(run.view()), TICK_MS);
  document.addEventListener('visibilitychange', onVisibility);
  screen.bind({
    choose(choiceId) {
      if (finished) return;
      if (run.choose(choiceId, clock.elapsed())) sound.play('click');
    },
    continue() {
      if (finished) return;
      run.continue(clock.elapsed());
      sound.play('confirm');
    },
  });

  function teardown() {
    clearInterval(ticker);
    unsubscribe();
    document.removeEventListener('visibilitychange', onVisibility);
    run.stop();
    clock.dispose();
    screen.setCountdown(null);
    stage?.setCountdown(null);
  }

  if (document.visibilityState !== 'hidden') clock.resume();
  render(run.view());
  if (!options.resume) void save();

  return {
    attachStage(newStage) {
      stage = newStage;
      stage.show(stageViewOf(scenario, run.view()));
    },
    log: () => run.log(),
    async stop() {
      if (finished) return;
      finished = true;
      await save();
      teardown();
    },
  };
}
