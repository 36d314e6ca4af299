/**
 * The app shell's statechart, driven like the engine's machine: createActor in Node, with its
 * loaders and the run replaced by controllable stand-ins (machine.provide).
 */
import { describe, expect, it } from 'vitest';
import { createActor, fromCallback, fromPromise, waitFor, type AnyActorRef } from 'xstate';
import { shellMachine, type ShellDeps } from '../../../src/shell/machine';
import type {
  DebriefReady,
  DebriefRequest,
  Opened,
  OpenRequest,
  TrackDebriefReady,
} from '../../../src/shell/loaders';
import type { TrackStepDone } from '../../../src/shell/track';
import type { ReopenedRun } from '../../../src/shell/saved-run';
import type { PlaySessionCommand, PlaySessionInput } from '../../../src/shell/play-session';
import { MemoryRunStore, type SavedRun } from '../../../src/services/run-store';
import type { RunClaims } from '../../../src/services/run-claims';
import { defaultSettings, type Settings } from '../../../src/services/settings';
import type { Track } from '../../../src/engine/scenario/schema';
import type { SessionLog } from '../../../src/engine/session/types';
import type { RunContext } from '../../../src/engine/run/types';
import type { CreateStage } from '../../../src/services/stage';
import { libraryEntry } from '../../support/library';
import { refundScenario } from '../run/fixtures';
import type { PackageConfig } from '../../../src/lms/package-config';
import type { LmsLink, PackageBoot, PackageDeps } from '../../../src/shell/lms-link';

const playable = libraryEntry(refundScenario());
const mine = { owner: 'this-tab', claim: true };
const track: Track = {
  id: 'two-step',
  title: 'Two steps',
  summary: 'Two scenarios.',
  scenarios: ['first', 'second'],
};

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

interface Harness {
  opens: OpenRequest[];
  commands: PlaySessionCommand[];
  runsStopped: number;
  runInputs: PlaySessionInput[];
  applied: Settings[];
  trackDebriefs: Array<{ track: Track; finished: TrackStepDone[] }>;
}

function startShell(
  options: {
    route?: string;
    open?: (request: OpenRequest) => Promise<Opened>;
    /** Unfinished runs already kept on this device. */
    unfinished?: SavedRun[];
    reopen?: (saved: SavedRun) => Promise<ReopenedRun>;
    /** Another tab is playing the run about to be played. */
    heldElsewhere?: boolean;
    lmsPackage?: PackageConfig;
    boot?: () => Promise<PackageBoot>;
  } = {},
) {
  const harness: Harness = {
    opens: [],
    commands: [],
    runsStopped: 0,
    runInputs: [],
    applied: [],
    trackDebriefs: [],
  };
  const store = new MemoryRunStore();
  for (const run of options.unfinished ?? []) void store.saveUnfinished(run, mine);
  const claims: RunClaims = {
    heldElsewhere: async () => options.heldElsewhere ?? false,
    hold: () => () => undefined,
  };
  const deps: ShellDeps = {
    store,
    claims,
    tabId: 'this-tab',
    applySettings: (settings) => harness.applied.push(settings),
    findTrack: (id) => (id === track.id ? track : undefined),
  };
  const machine = shellMachine.provide({
    actors: {
      openScenario: fromPromise<Opened, OpenRequest>(({ input }) => {
        harness.opens.push(input);
        return options.open ? options.open(input) : Promise.resolve({ playable });
      }),
      reopenSavedRun: fromPromise<ReopenedRun, { saved: SavedRun }>(
        ({ input }) =>
          options.reopen?.(input.saved) ?? Promise.resolve({ ok: false, message: 'not here' }),
      ),
      loadStage: fromPromise<CreateStage | null>(async () => null),
      bootPackage: fromPromise<PackageBoot, { config: PackageConfig; deps: PackageDeps }>(
        () => options.boot?.() ?? new Promise(() => undefined),
      ),
      prepareDebrief: fromPromise<DebriefReady, DebriefRequest>(() => new Promise(() => undefined)),
      prepareTrackDebrief: fromPromise<
        TrackDebriefReady,
        { track: Track; finished: TrackStepDone[] }
      >(({ input }) => {
        harness.trackDebriefs.push(input);
        return new Promise(() => undefined);
      }),
      playSession: fromCallback<PlaySessionCommand, PlaySessionInput>(({ input, receive }) => {
        harness.runInputs.push(input);
        receive((command) => harness.commands.push(command));
        return () => (harness.runsStopped += 1);
      }),
    },
  });
  const actor = createActor(machine, {
    input: {
      deps,
      settings: defaultSettings(false),
      route: options.route ?? '',
      lmsPackage: options.lmsPackage ?? null,
    },
  });
  actor.start();
  return { actor, harness, store };
}

/** Start on the briefing: the shell checks no other tab plays the run, then plays it. */
async function startPlaying(actor: AnyActorRef) {
  actor.send({ type: 'ui.start' });
  await waitFor(actor, (snapshot) => snapshot.matches('playing'));
}

function topState(actor: AnyActorRef): string {
  const value = actor.getSnapshot().value as string | Record<string, unknown>;
  return typeof value === 'string' ? value : (Object.keys(value)[0] as string);
}

const endOf = (scenarioId: string) => ({
  type: 'run.ended' as const,
  log: { scenarioId } as SessionLog,
  context: { nodeId: 'end' } as RunContext,
});

describe('the shell statechart', () => {
  it('opens at the title and, once the saved run is known, is ready', async () => {
    const { actor } = startShell();
    expect(actor.getSnapshot().hasTag('busy')).toBe(true);
    await waitFor(actor, (snapshot) => snapshot.matches({ title: 'ready' }));
    expect(actor.getSnapshot().hasTag('busy')).toBe(false);
  });

  it('Back pressed while the scenario check is still running never shows the briefing', async () => {
    const check = deferred<Opened>();
    const { actor } = startShell({ open: () => check.promise });
    actor.send({ type: 'ui.play' });
    actor.send({ type: 'ui.pickScenario', scenarioId: 'refund-test' });
    expect(topState(actor)).toBe('opening');
    actor.send({ type: 'ui.back' });
    expect(topState(actor)).toBe('list');
    check.resolve({ playable });
    await check.promise;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(topState(actor)).toBe('list');
    expect(actor.getSnapshot().context.playable).toBeNull();
  });

  it('shows a file with mistakes as its problems, not a briefing', async () => {
    const { actor } = startShell({
      open: async () => ({ problems: ['mine.json: start: "nowhere" is not a node'] }),
    });
    actor.send({ type: 'ui.play' });
    actor.send({ type: 'ui.pickFile', file: new File(['{}'], 'mine.json') });
    await waitFor(actor, (snapshot) => snapshot.matches('problems'));
    expect(actor.getSnapshot().context.problems).toEqual([
      'mine.json: start: "nowhere" is not a node',
    ]);
  });

  it('starts the run as a child actor, forwards inputs to it and stops it on leaving', async () => {
    const { actor, harness } = startShell();
    actor.send({ type: 'ui.play' });
    actor.send({ type: 'ui.pickScenario', scenarioId: 'refund-test' });
    await waitFor(actor, (snapshot) => snapshot.matches('briefing'));
    await startPlaying(actor);
    expect(topState(actor)).toBe('playing');
    expect(harness.runInputs[0]?.playable).toBe(playable);
    actor.send({ type: 'ui.choose', choiceId: 'use-budget' });
    actor.send({ type: 'ui.continue' });
    expect(harness.commands).toEqual([
      { type: 'player.choose', choiceId: 'use-budget' },
      { type: 'player.continue' },
    ]);
    actor.send({ type: 'browser.navigated', route: '#list' });
    expect(topState(actor)).toBe('list');
    expect(harness.runsStopped).toBe(1);
  });

  it('gives the run the name the player typed on the briefing, and none after a nameless start', async () => {
    const { actor, harness } = startShell();
    actor.send({ type: 'ui.play' });
    actor.send({ type: 'ui.pickScenario', scenarioId: 'refund-test' });
    await waitFor(actor, (snapshot) => snapshot.matches('briefing'));
    actor.send({ type: 'ui.start', alias: 'Anna Berg' });
    await waitFor(actor, (snapshot) => snapshot.matches('playing'));
    expect(harness.runInputs[0]?.alias).toBe('Anna Berg');
    actor.send({ type: 'ui.quit' });
    actor.send({ type: 'ui.pickScenario', scenarioId: 'refund-test' });
    await waitFor(actor, (snapshot) => snapshot.matches('briefing'));
    actor.send({ type: 'ui.start', alias: '' });
    await waitFor(actor, (snapshot) => snapshot.matches('playing'));
    expect(harness.runInputs[1]?.alias).toBeUndefined();
  });

  it('keeps the latest step, tick and save the run reports', async () => {
    const { actor } = startShell();
    actor.send({ type: 'ui.play' });
    actor.send({ type: 'ui.pickScenario', scenarioId: 'refund-test' });
    await waitFor(actor, (snapshot) => snapshot.matches('briefing'));
    await startPlaying(actor);
    const log = { scenarioId: 'refund-test', inputs: [] } as unknown as SessionLog;
    const view = { nodeId: 'start' } as never;
    actor.send({ type: 'run.step', view, step: 0, log, beat: null, canStepBack: false });
    actor.send({ type: 'run.tick', countdown: { remainingMs: 900, totalMs: 1000 } });
    actor.send({ type: 'run.saved', inputs: 0 });
    expect(actor.getSnapshot().context.play).toEqual({
      view,
      step: 0,
      countdown: { remainingMs: 900, totalMs: 1000 },
      savedInputs: 0,
      beat: null,
      canStepBack: false,
      mode: 'assessment',
    });
    expect(actor.getSnapshot().context.lastLog).toBe(log);
  });

  it('plays a track from its first scenario to its profile', async () => {
    const { actor, harness } = startShell();
    actor.send({ type: 'ui.play' });
    actor.send({ type: 'ui.pickTrack', trackId: 'two-step' });
    await waitFor(actor, (snapshot) => snapshot.matches('briefing'));
    expect(harness.opens[0]).toEqual({ kind: 'library', scenarioId: 'first' });
    await startPlaying(actor);
    actor.send(endOf('first'));
    actor.send({ type: 'ui.openDebrief' });
    expect(topState(actor)).toBe('end');
    expect(actor.getSnapshot().can({ type: 'ui.trackProfile' })).toBe(false);
    actor.send({ type: 'ui.nextInTrack' });
    await waitFor(actor, (snapshot) => snapshot.matches('briefing'));
    expect(harness.opens[1]).toEqual({ kind: 'library', scenarioId: 'second' });
    await startPlaying(actor);
    actor.send(endOf('second'));
    actor.send({ type: 'ui.openDebrief' });
    expect(actor.getSnapshot().can({ type: 'ui.nextInTrack' })).toBe(false);
    actor.send({ type: 'ui.trackProfile' });
    expect(topState(actor)).toBe('trackEnd');
    expect(actor.getSnapshot().context.track?.finished.map((step) => step.scenarioId)).toEqual([
      'first',
      'second',
    ]);
  });

  it('opens the area a deep link names, and follows the Back button between screens', () => {
    const { actor } = startShell({ route: '#facilitator' });
    expect(topState(actor)).toBe('facilitator');
    actor.send({ type: 'browser.navigated', route: '' });
    expect(topState(actor)).toBe('title');
    actor.send({ type: 'browser.navigated', route: '#history' });
    expect(topState(actor)).toBe('history');
  });

  it('a saved run that no longer replays lands on a plain message and is forgotten', async () => {
    const saved = { scenarioId: 'refund-test', log: {} as SessionLog, savedAt: 'x' } as SavedRun;
    const { actor, store } = startShell({
      unfinished: [saved],
      reopen: async () => ({ ok: false, message: 'The saved run cannot be resumed.' }),
    });
    await waitFor(actor, (snapshot) => snapshot.matches({ title: 'ready' }));
    actor.send({ type: 'ui.continueRun', key: 'scenario:refund-test' });
    await waitFor(actor, (snapshot) => snapshot.matches('error'));
    expect(actor.getSnapshot().context.errorMessage).toBe('The saved run cannot be resumed.');
    expect(actor.getSnapshot().context.chosenSaved).toBeNull();
    expect(await store.unfinishedRuns()).toEqual([]);
  });

  it('merges and applies a settings change from any screen that offers one', async () => {
    const { actor, harness } = startShell();
    actor.send({ type: 'ui.openSettings' });
    actor.send({ type: 'ui.changeSettings', settings: { timePressure: 'off' } });
    expect(actor.getSnapshot().context.settings.timePressure).toBe('off');
    expect(harness.applied.at(-1)).toMatchObject({ timePressure: 'off', soundOn: true });
  });

  describe('unfinished runs', () => {
    const logOf = (scenarioId: string, inputs = 2) =>
      ({ scenarioId, inputs: Array.from({ length: inputs }, () => ({})) }) as SessionLog;
    const savedOf = (scenarioId: string, savedAt: string, extra: Partial<SavedRun> = {}) =>
      ({ scenarioId, log: logOf(scenarioId), elapsedMs: 900, savedAt, ...extra }) as SavedRun;
    const resumed = (saved: SavedRun): ReopenedRun => ({
      ok: true,
      playable,
      resume: saved.log ? { log: saved.log, elapsedMs: saved.elapsedMs } : null,
      track: saved.track ?? null,
    });

    it('the title offers Continue for the newest run and Play for the list, never a forced choice', async () => {
      const { actor } = startShell({
        unfinished: [savedOf('refund-test', '2026-01-01T10:00Z'), savedOf('other', '2026-01-02')],
        reopen: async (saved) => resumed(saved),
      });
      await waitFor(actor, (snapshot) => snapshot.matches({ title: 'ready' }));
      expect(actor.getSnapshot().context.kept.unfinished.map((run) => run.scenarioId)).toEqual([
        'other',
        'refund-test',
      ]);
      actor.send({ type: 'ui.play' });
      expect(topState(actor)).toBe('list');
      actor.send({ type: 'ui.back' });
      await waitFor(actor, (snapshot) => snapshot.matches({ title: 'ready' }));
      actor.send({ type: 'ui.continueRun', key: 'scenario:refund-test' });
      await waitFor(actor, (snapshot) => snapshot.matches('playing'));
    });

    it('picking a scenario with an unfinished run offers Resume, which picks it up where it was', async () => {
      const saved = savedOf('refund-test', '2026-01-01');
      const { actor, harness } = startShell({
        unfinished: [saved],
        reopen: async (it) => resumed(it),
      });
      actor.send({ type: 'ui.play' });
      await waitFor(actor, (snapshot) => snapshot.matches({ list: 'ready' }));
      actor.send({ type: 'ui.pickScenario', scenarioId: 'refund-test' });
      expect(topState(actor)).toBe('unfinished');
      expect(actor.getSnapshot().context.chosenSaved?.scenarioId).toBe('refund-test');
      actor.send({ type: 'ui.resume' });
      await waitFor(actor, (snapshot) => snapshot.matches('playing'));
      expect(harness.runInputs[0]?.resume).toEqual({ log: saved.log, elapsedMs: 900 });
      expect(harness.opens).toEqual([]);
    });

    it('a scenario without an unfinished run opens its briefing, others stay kept', async () => {
      const { actor, store } = startShell({ unfinished: [savedOf('other', '2026-01-01')] });
      actor.send({ type: 'ui.play' });
      await waitFor(actor, (snapshot) => snapshot.matches({ list: 'ready' }));
      actor.send({ type: 'ui.pickScenario', scenarioId: 'refund-test' });
      await waitFor(actor, (snapshot) => snapshot.matches('briefing'));
      await startPlaying(actor);
      expect((await store.unfinishedRuns()).map((run) => run.scenarioId)).toEqual(['other']);
    });

    it('Start over asks first; No keeps the run, Yes drops it and opens the same briefing', async () => {
      const { actor, harness, store } = startShell({
        unfinished: [savedOf('refund-test', '2026-01-01')],
      });
      actor.send({ type: 'ui.play' });
      await waitFor(actor, (snapshot) => snapshot.matches({ list: 'ready' }));
      actor.send({ type: 'ui.pickScenario', scenarioId: 'refund-test' });
      actor.send({ type: 'ui.startOver' });
      expect(topState(actor)).toBe('confirmStartOver');
      actor.send({ type: 'ui.back' });
      expect(topState(actor)).toBe('unfinished');
      expect(await store.unfinishedRuns()).toHaveLength(1);
      actor.send({ type: 'ui.startOver' });
      actor.send({ type: 'ui.confirmStartOver' });
      await waitFor(actor, (snapshot) => snapshot.matches('briefing'));
      expect(harness.opens).toEqual([{ kind: 'library', scenarioId: 'refund-test' }]);
      expect(await store.unfinishedRuns()).toEqual([]);
      await startPlaying(actor);
      expect(harness.runInputs[0]?.resume).toBeUndefined();
    });

    it('starting a track over restarts it at its first part', async () => {
      const pass = { track, index: 1, finished: [{ scenarioId: 'first', log: logOf('first') }] };
      const { actor, harness } = startShell({
        unfinished: [savedOf('second', '2026-01-01', { track: pass })],
      });
      actor.send({ type: 'ui.play' });
      await waitFor(actor, (snapshot) => snapshot.matches({ list: 'ready' }));
      actor.send({ type: 'ui.pickTrack', trackId: 'two-step' });
      actor.send({ type: 'ui.startOver' });
      actor.send({ type: 'ui.confirmStartOver' });
      await waitFor(actor, (snapshot) => snapshot.matches('briefing'));
      expect(harness.opens).toEqual([{ kind: 'library', scenarioId: 'first' }]);
      expect(actor.getSnapshot().context.track).toEqual({ track, index: 0, finished: [] });
    });

    it('resumes a track mid-part with its progress, and carries on to the next part', async () => {
      const pass = { track, index: 0, finished: [] };
      const { actor, harness } = startShell({
        unfinished: [savedOf('first', '2026-01-01', { track: pass })],
        reopen: async (saved) => resumed(saved),
      });
      await waitFor(actor, (snapshot) => snapshot.matches({ title: 'ready' }));
      actor.send({ type: 'ui.continueRun', key: 'track:two-step' });
      await waitFor(actor, (snapshot) => snapshot.matches('playing'));
      expect(harness.runInputs[0]?.keep?.track).toEqual(pass);
      actor.send(endOf('first'));
      actor.send({ type: 'ui.openDebrief' });
      actor.send({ type: 'ui.nextInTrack' });
      await waitFor(actor, (snapshot) => snapshot.matches('briefing'));
      expect(harness.opens).toEqual([{ kind: 'library', scenarioId: 'second' }]);
      await startPlaying(actor);
      expect(harness.runInputs[1]?.keep?.track).toMatchObject({ index: 1 });
      expect(harness.runInputs[1]?.keep?.track?.finished.map((p) => p.scenarioId)).toEqual([
        'first',
      ]);
    });

    it('a track saved between parts resumes at the next part’s briefing', async () => {
      const pass = { track, index: 1, finished: [{ scenarioId: 'first', log: logOf('first') }] };
      const { actor } = startShell({
        unfinished: [savedOf('second', '2026-01-01', { track: pass, log: null })],
        reopen: async (saved) => resumed(saved),
      });
      await waitFor(actor, (snapshot) => snapshot.matches({ title: 'ready' }));
      actor.send({ type: 'ui.continueRun', key: 'track:two-step' });
      await waitFor(actor, (snapshot) => snapshot.matches('briefing'));
      expect(actor.getSnapshot().context.track).toEqual(pass);
      await startPlaying(actor);
      actor.send(endOf('second'));
      actor.send({ type: 'ui.openDebrief' });
      actor.send({ type: 'ui.trackProfile' });
      expect(topState(actor)).toBe('trackEnd');
    });

    it('a run another tab is playing is not resumed silently: take over, or go back', async () => {
      const { actor, harness } = startShell({
        unfinished: [savedOf('refund-test', '2026-01-01')],
        reopen: async (saved) => resumed(saved),
        heldElsewhere: true,
      });
      await waitFor(actor, (snapshot) => snapshot.matches({ title: 'ready' }));
      actor.send({ type: 'ui.continueRun', key: 'scenario:refund-test' });
      await waitFor(actor, (snapshot) => snapshot.matches('heldElsewhere'));
      expect(harness.runInputs).toEqual([]);
      actor.send({ type: 'ui.back' });
      expect(topState(actor)).toBe('list');
      await waitFor(actor, (snapshot) => snapshot.matches({ list: 'ready' }));
      actor.send({ type: 'ui.pickScenario', scenarioId: 'refund-test' });
      actor.send({ type: 'ui.resume' });
      await waitFor(actor, (snapshot) => snapshot.matches('heldElsewhere'));
      actor.send({ type: 'ui.takeOver' });
      await waitFor(actor, (snapshot) => snapshot.matches('playing'));
      expect(harness.runInputs[0]?.keep).toMatchObject({ owner: 'this-tab', takeOver: true });
    });

    it('a tab whose run was taken over leaves play and says so', async () => {
      const { actor, harness } = startShell();
      actor.send({ type: 'ui.play' });
      actor.send({ type: 'ui.pickScenario', scenarioId: 'refund-test' });
      await waitFor(actor, (snapshot) => snapshot.matches('briefing'));
      await startPlaying(actor);
      actor.send({ type: 'run.takenOver' });
      expect(topState(actor)).toBe('takenOver');
      expect(harness.runsStopped).toBe(1);
      actor.send({ type: 'ui.back' });
      expect(topState(actor)).toBe('title');
    });

    it('a finished track reopens from the history with every part', async () => {
      const { actor, store, harness } = startShell();
      const parts = [
        { scenarioId: 'first', log: logOf('first') },
        { scenarioId: 'second', log: logOf('second') },
      ];
      await store.addFinishedTrack({ track, parts, finishedAt: '2026-01-01' });
      actor.send({ type: 'ui.openHistory' });
      await waitFor(actor, (snapshot) => snapshot.matches({ history: 'ready' }));
      actor.send({ type: 'ui.openPastTrack', index: 0 });
      expect(topState(actor)).toBe('pastTrack');
      expect(harness.trackDebriefs).toEqual([{ track, finished: parts }]);
      actor.send({ type: 'ui.backToHistory' });
      expect(topState(actor)).toBe('history');
    });
  });
});

describe('the shell inside an LMS package', () => {
  const trackPackage: PackageConfig = {
    standard: 'scorm12',
    id: track.id,
    kind: 'track',
    scenarioIds: track.scenarios,
    masteryScore: null,
  };
  const observer = {
    opened: () => undefined,
    stepped: () => undefined,
    paused: () => undefined,
    ended: () => undefined,
    left: () => undefined,
  };
  const link: LmsLink = { observe: () => observer, exit: () => undefined };

  it('connects first (busy), then opens the briefing of the track part the LMS points to', async () => {
    const boot = deferred<PackageBoot>();
    const { actor, harness } = startShell({ lmsPackage: trackPackage, boot: () => boot.promise });
    expect(topState(actor)).toBe('package');
    expect(actor.getSnapshot().hasTag('busy')).toBe(true);
    const pass = { track, index: 1, finished: [{ scenarioId: 'first', log: {} as SessionLog }] };
    boot.resolve({
      link,
      entry: { kind: 'briefing', request: { kind: 'library', scenarioId: 'second' }, track: pass },
    });
    await waitFor(actor, (snapshot) => snapshot.matches('briefing'));
    expect(harness.opens).toEqual([{ kind: 'library', scenarioId: 'second' }]);
    expect(actor.getSnapshot().context.track).toEqual(pass);
    actor.send({ type: 'ui.chooseMode', mode: 'practice' });
    actor.send({ type: 'ui.start' });
    await waitFor(actor, (snapshot) => snapshot.matches('playing'));
    expect(harness.runInputs[0]?.observer).toBe(observer);
    // A package is an assessment whatever mode was last chosen on this device.
    expect(harness.runInputs[0]?.mode).toBe('assessment');
  });

  it('a run the LMS kept under way plays on at once, with its resume point', async () => {
    const resume = { log: { scenarioId: 'second' } as SessionLog, elapsedMs: 1234 };
    const { actor, harness } = startShell({
      lmsPackage: trackPackage,
      boot: async () => ({ link, entry: { kind: 'playing', playable, resume, track: null } }),
    });
    await waitFor(actor, (snapshot) => snapshot.matches('playing'));
    expect(harness.runInputs[0]).toMatchObject({ playable, resume, observer });
  });

  it('a finished track reopens at its profile; an error leads back to the package, not a list', async () => {
    const pass = { track, index: 1, finished: [] };
    const { actor, harness } = startShell({
      lmsPackage: trackPackage,
      boot: async () => ({ link: null, entry: { kind: 'trackEnded', track: pass } }),
    });
    await waitFor(actor, (snapshot) => snapshot.matches('trackEnd'));
    actor.send({ type: 'app.failed' });
    actor.send({ type: 'ui.back' });
    expect(topState(actor)).toBe('opening');
    expect(harness.opens).toEqual([{ kind: 'library', scenarioId: 'second' }]);
  });
});

describe('the consequence beat, the step back and the ending moment', () => {
  const log = { scenarioId: 'refund-test', inputs: [], mode: 'practice' } as unknown as SessionLog;
  const view = { nodeId: 'next', kind: 'narrative' } as never;
  const beat = {
    nodeId: 'budget',
    choiceId: 'use-budget',
    choiceText: 'Use the budget',
    timedOut: false,
    meters: [],
  };

  async function playing() {
    const started = startShell();
    started.actor.send({ type: 'ui.play' });
    started.actor.send({ type: 'ui.pickScenario', scenarioId: 'refund-test' });
    await waitFor(started.actor, (snapshot) => snapshot.matches('briefing'));
    started.actor.send({ type: 'ui.chooseMode', mode: 'practice' });
    started.actor.send({ type: 'ui.start' });
    return started;
  }

  it('records the mode chosen at the briefing for the run and in the settings', async () => {
    const { actor, harness } = await playing();
    expect(harness.runInputs[0]?.mode).toBe('practice');
    expect(actor.getSnapshot().context.settings.playMode).toBe('practice');
  });

  it('holds the beat until Continue, which lets the run clock go on', async () => {
    const { actor, harness } = await playing();
    actor.send({ type: 'run.step', view, step: 2, log, beat, canStepBack: true });
    expect(actor.getSnapshot().matches({ playing: 'beat' })).toBe(true);
    // Inputs for the next node wait until the beat is read.
    actor.send({ type: 'ui.choose', choiceId: 'x' });
    expect(harness.commands).toEqual([]);
    actor.send({ type: 'ui.continue' });
    expect(actor.getSnapshot().matches({ playing: 'step' })).toBe(true);
    expect(actor.getSnapshot().context.play?.beat).toBeNull();
    expect(harness.commands).toEqual([{ type: 'beat.closed' }]);
  });

  it('steps back from the beat only when the run allows it', async () => {
    const { actor, harness } = await playing();
    actor.send({ type: 'run.step', view, step: 2, log, beat, canStepBack: false });
    actor.send({ type: 'ui.stepBack' });
    expect(harness.commands).toEqual([]);
    actor.send({ type: 'run.step', view, step: 3, log, beat, canStepBack: true });
    actor.send({ type: 'ui.stepBack' });
    expect(harness.commands).toEqual([{ type: 'player.back' }]);
    actor.send({ type: 'run.step', view, step: 2, log, beat: null, canStepBack: false });
    expect(actor.getSnapshot().matches({ playing: 'step' })).toBe(true);
  });

  it('after the last beat shows the ending, and the debrief only when asked', async () => {
    const { actor } = await playing();
    actor.send({ type: 'run.step', view, step: 4, log, beat, canStepBack: false });
    actor.send(endOf('refund-test'));
    expect(actor.getSnapshot().matches({ playing: 'beat' })).toBe(true);
    actor.send({ type: 'ui.continue' });
    expect(actor.getSnapshot().matches({ playing: 'ended' })).toBe(true);
    actor.send({ type: 'ui.openDebrief' });
    expect(topState(actor)).toBe('end');
  });
});
