/**
 * What the play-session actor (play-session.ts) runs: one LiveRun with its active-play clock,
 * countdown ticks, autosave, the pause over a consequence beat, the LMS observer, the live
 * room's input feed and the run's keep. One method per concern, so the actor itself only
 * starts this, forwards commands and stops it.
 */
import type { NodeView, RunContext } from '../engine/run/types';
import { modeOfLog, type PlayMode } from '../engine/session/types';
import { beatOf } from '../engine/run/beat';
import { resumeLiveRun, startLiveRun, type LiveRun } from '../engine/session/live-run';
import { randomSeed } from '../services/random';
import { noClaims } from '../services/run-claims';
import { ActiveClock } from './active-clock';
import { keepEndedRun, runSlot, unfinishedRecord, type RunKeep } from './keep-run';
import type {
  Countdown,
  PageVisibility,
  PlaySessionCommand,
  PlaySessionInput,
  PlaySessionReport,
} from './play-session-types';

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

export class PlaySessionRun {
  private readonly page: PageVisibility;
  private readonly clock: ActiveClock;
  private readonly run: LiveRun;
  private readonly keep: RunKeep;
  private readonly mode: PlayMode;
  private lastSavedAt = 0;
  /** The history length last reported, so a step is reported once. */
  private steps = 0;
  /** How many of the log's inputs `onInput` has heard. */
  private forwarded: number;
  /** The context before the latest step: the beat is what changed since. */
  private before: RunContext;
  private ended = false;
  /** The first save claims the run for this tab; later ones write only while it is ours. */
  private claimed = false;
  /** Another tab took the run over: nothing more is saved or accepted here. */
  private lost = false;
  /** The decision clock stands still while a consequence beat is up (and while hidden). */
  private beatOpen = false;
  private readonly cleanups: (() => void)[] = [];

  constructor(
    private readonly input: PlaySessionInput,
    private readonly report: (event: PlaySessionReport) => void,
  ) {
    this.page = input.page ?? documentVisibility;
    this.clock = new ActiveClock(() => performance.now(), input.resume?.elapsedMs ?? 0);
    this.run = openRun(input, this.clock);
    this.keep = input.keep ?? { owner: 'this-tab', claims: noClaims };
    this.forwarded = this.run.log().inputs.length;
    this.before = this.run.context();
    this.mode = modeOfLog(this.run.log());
  }

  /** Holds the run, listens to it and the page, and reports the opening step. */
  start(): void {
    const { run, input, clock, keep } = this;
    // This tab holds the run while it plays it; another tab taking it over calls `lose`.
    const release = keep.claims.hold(
      runSlot(input.playable, keep.track),
      keep.takeOver ?? false,
      this.lose,
    );
    // The run's own timer can move it on too (a timeout): every step arrives here.
    const unsubscribe = run.subscribe(this.onStep);
    const stopWatching = this.page.onChange(this.onVisibility);
    const ticker = setInterval(this.tick, TICK_MS);
    this.cleanups.push(release, () => clearInterval(ticker), unsubscribe, stopWatching);
    this.runClock();
    this.steps = run.context().history.length;
    this.report({
      type: 'run.step',
      view: run.view(),
      step: this.steps,
      log: run.log(),
      beat: null,
      canStepBack: run.canStepBack(),
    });
    this.tick();
    void this.save();
    input.observer?.opened(() => clock.elapsed());
    if (!run.ended()) input.observer?.stepped(run.log(), run.context(), clock.elapsed());
  }

  /** The shell left the run: save what is unfinished, let go of everything. */
  stop(): void {
    if (!this.ended) void this.save();
    this.input.observer?.left();
    for (const cleanup of this.cleanups) cleanup();
    this.run.stop();
    this.clock.dispose();
  }

  handle(command: PlaySessionCommand): void {
    if (this.ended || this.lost) return;
    const at = this.clock.elapsed();
    if (command.type === 'beat.closed') {
      this.beatOpen = false;
      this.runClock();
    } else if (command.type === 'player.choose') this.run.choose(command.choiceId, at);
    else if (command.type === 'player.back') this.run.back(at);
    else this.run.continue(at);
  }

  private readonly lose = (): void => {
    if (this.lost || this.ended) return;
    this.lost = true;
    this.report({ type: 'run.takenOver' });
  };

  private runClock(): void {
    if (this.page.hidden() || this.beatOpen) this.clock.pause();
    else this.clock.resume();
  }

  private save(): Promise<void> {
    if (this.lost) return Promise.resolve();
    const { clock, keep, input } = this;
    this.lastSavedAt = clock.elapsed();
    const log = this.run.log();
    const by = { owner: keep.owner, claim: !this.claimed };
    this.claimed = true;
    const record = unfinishedRecord(input.playable, log, clock.elapsed(), keep.track);
    return input.store.saveUnfinished(record, by).then((outcome) => {
      if (outcome === 'taken') this.lose();
      else this.report({ type: 'run.saved', inputs: log.inputs.length });
    });
  }

  private readonly tick = (): void => {
    if (this.ended) return;
    const { clock } = this;
    this.report({ type: 'run.tick', countdown: countdownOf(this.run.view(), clock.elapsed()) });
    if (clock.elapsed() - this.lastSavedAt >= SAVE_EVERY_MS) void this.save();
  };

  private finish(): void {
    this.ended = true;
    const { run, input, keep } = this;
    const log = run.log();
    input.observer?.ended(log, run.context());
    if (!this.lost) void keepEndedRun(input.store, keep, input.playable, log);
    this.report({ type: 'run.ended', log, context: run.context() });
  }

  /** Every accepted input (a timeout included) leaves a node: report the new step, save. */
  private readonly onStep = (view: NodeView): void => {
    const { run, input } = this;
    const context = run.context();
    const step = context.history.length;
    if (step === this.steps) return;
    this.steps = step;
    const beat = beatOf(input.playable.scenario, this.before, context, this.mode);
    this.before = context;
    this.beatOpen = beat !== null;
    this.runClock();
    this.forwardInputs();
    const canStepBack = run.canStepBack();
    this.report({ type: 'run.step', view, step, log: run.log(), beat, canStepBack });
    if (run.ended()) return this.finish();
    void this.save();
    input.observer?.stepped(run.log(), run.context(), this.clock.elapsed());
  };

  /** A live room sends each accepted input to its server, in order, exactly once. */
  private forwardInputs(): void {
    const inputs = this.run.log().inputs;
    for (; this.forwarded < inputs.length; this.forwarded += 1)
      this.input.onInput?.(inputs[this.forwarded]!);
  }

  private readonly onVisibility = (): void => {
    this.runClock();
    if (!this.page.hidden() || this.ended) return;
    void this.save();
    this.input.observer?.paused(this.clock.elapsed());
  };
}
