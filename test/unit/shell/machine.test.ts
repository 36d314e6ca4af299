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
import { defaultSettings, type Settings } from '../../../src/services/settings';
import type { Track } from '../../../src/engine/scenario/schema';
import type { SessionLog } from '../../../src/engine/session/types';
import type { RunContext } from '../../../src/engine/run/types';
import type { CreateStage } from '../../../src/services/stage';
import { libraryEntry } from '../../support/library';
import { refundScenario } from '../run/fixtures';

const playable = libraryEntry(refundScenario());
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
}

function startShell(
  options: {
    route?: string;
    open?: (request: OpenRequest) => Promise<Opened>;
    saved?: SavedRun | null;
    reopen?: () => Promise<ReopenedRun>;
  } = {},
) {
  const harness: Harness = { opens: [], commands: [], runsStopped: 0, runInputs: [], applied: [] };
  const store = new MemoryRunStore();
  const deps: ShellDeps = {
    store,
    applySettings: (settings) => harness.applied.push(settings),
    findTrack: (id) => (id === track.id ? track : undefined),
  };
  const machine = shellMachine.provide({
    actors: {
      loadSavedRun: fromPromise(async () => options.saved ?? null),
      openScenario: fromPromise<Opened, OpenRequest>(({ input }) => {
        harness.opens.push(input);
        return options.open ? options.open(input) : Promise.resolve({ playable });
      }),
      reopenSavedRun: fromPromise<ReopenedRun, { saved: SavedRun }>(
        () => options.reopen?.() ?? Promise.resolve({ ok: false, message: 'not here' }),
      ),
      loadStage: fromPromise<CreateStage | null>(async () => null),
      prepareDebrief: fromPromise<DebriefReady, DebriefRequest>(() => new Promise(() => undefined)),
      prepareTrackDebrief: fromPromise<
        TrackDebriefReady,
        { track: Track; finished: TrackStepDone[] }
      >(() => new Promise(() => undefined)),
      playSession: fromCallback<PlaySessionCommand, PlaySessionInput>(({ input, receive }) => {
        harness.runInputs.push(input);
        receive((command) => harness.commands.push(command));
        return () => (harness.runsStopped += 1);
      }),
    },
  });
  const actor = createActor(machine, {
    input: { deps, settings: defaultSettings(false), route: options.route ?? '' },
  });
  actor.start();
  return { actor, harness, store };
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
    actor.send({ type: 'ui.start' });
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

  it('keeps the latest step, tick and save the run reports', async () => {
    const { actor } = startShell();
    actor.send({ type: 'ui.play' });
    actor.send({ type: 'ui.pickScenario', scenarioId: 'refund-test' });
    await waitFor(actor, (snapshot) => snapshot.matches('briefing'));
    actor.send({ type: 'ui.start' });
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
    actor.send({ type: 'ui.start' });
    actor.send(endOf('first'));
    actor.send({ type: 'ui.openDebrief' });
    expect(topState(actor)).toBe('end');
    expect(actor.getSnapshot().can({ type: 'ui.trackProfile' })).toBe(false);
    actor.send({ type: 'ui.nextInTrack' });
    await waitFor(actor, (snapshot) => snapshot.matches('briefing'));
    expect(harness.opens[1]).toEqual({ kind: 'library', scenarioId: 'second' });
    actor.send({ type: 'ui.start' });
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
    const saved = { scenarioId: 'refund-test', log: {} as SessionLog } as SavedRun;
    const { actor, store } = startShell({
      saved,
      reopen: async () => ({ ok: false, message: 'The saved run cannot be resumed.' }),
    });
    await store.saveCurrent(saved);
    await waitFor(actor, (snapshot) => snapshot.matches({ title: 'ready' }));
    actor.send({ type: 'ui.resume' });
    await waitFor(actor, (snapshot) => snapshot.matches('error'));
    expect(actor.getSnapshot().context.errorMessage).toBe('The saved run cannot be resumed.');
    expect(actor.getSnapshot().context.savedRun).toBeNull();
    expect(await store.loadCurrent()).toBeNull();
  });

  it('merges and applies a settings change from any screen that offers one', async () => {
    const { actor, harness } = startShell();
    actor.send({ type: 'ui.openSettings' });
    actor.send({ type: 'ui.changeSettings', settings: { timePressure: 'off' } });
    expect(actor.getSnapshot().context.settings.timePressure).toBe('off');
    expect(harness.applied.at(-1)).toMatchObject({ timePressure: 'off', soundOn: true });
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
