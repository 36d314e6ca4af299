/**
 * The app shell as one statechart: which screen is up, the order of screens, and everything
 * the shell waits for (invoked loaders) or runs (the run, as a child actor). Screens render
 * from its snapshot (shell/view.ts) and send it `ui.*` events; the browser's Back button sends
 * `browser.navigated`. The machine touches no DOM, so it is tested with `createActor` in Node.
 */
import { assertEvent, assign, sendTo, setup, type DoneActorEvent } from 'xstate';
import type { Track } from '../engine/scenario/schema';
import type { RunContext } from '../engine/run/types';
import type { SessionLog } from '../engine/session/types';
import type { PlayableScenario } from '../services/library-types';
import type { FinishedRun, RunStore, SavedRun } from '../services/run-store';
import type { Settings } from '../services/settings';
import type { CreateStage } from '../services/stage';
import {
  loaders,
  type DebriefReady,
  type FacilitatorModule,
  type Opened,
  type OpenRequest,
  type TrackDebriefReady,
} from './loaders';
import {
  playSession,
  type Countdown,
  type PlaySessionReport,
  type ResumePoint,
} from './play-session';
import type { PastRun } from './past-runs';
import type { ReopenedRun } from './saved-run';
import { routeTarget, type Route, type RouteTarget } from './routes';
import {
  advanceTrack,
  recordTrackStep,
  startTrack,
  trackBriefingNote,
  trackHasNext,
  trackScenarioId,
  type TrackPass,
} from './track';
import type { NodeView } from '../engine/run/types';

/** What the shell needs from the page; main.ts passes the real ones, tests their own. */
export interface ShellDeps {
  store: RunStore;
  /** Persist and apply new settings (localStorage, sound, motion). */
  applySettings(settings: Settings): void;
  findTrack(trackId: string): Track | undefined;
}

export interface PlayState {
  view: NodeView;
  step: number;
  countdown: Countdown | null;
  savedInputs: number;
}

export interface ShellContext {
  deps: ShellDeps;
  /** The address the page was opened at. */
  initialRoute: Route;
  settings: Settings;
  savedRun: SavedRun | null;
  request: OpenRequest | null;
  playable: PlayableScenario | null;
  track: TrackPass | null;
  resume: ResumePoint | null;
  play: PlayState | null;
  finished: { log: SessionLog; context: RunContext } | null;
  /** The last log played, so "Download session file" works after the run too. */
  lastLog: SessionLog | null;
  debrief: DebriefReady | null;
  trackDebrief: TrackDebriefReady | null;
  problems: string[];
  history: FinishedRun[];
  /** The past run picked in the history, then with what its debrief needs once loaded. */
  chosenRun: FinishedRun | null;
  pastRun: { run: FinishedRun; past: Extract<PastRun, { ok: true }> } | null;
  createStage: CreateStage | null;
  facilitator: FacilitatorModule | null;
  errorMessage: string | null;
}

export type ShellEvent =
  | { type: 'ui.play' }
  | { type: 'ui.resume' }
  | { type: 'ui.startOver' }
  | { type: 'ui.openSettings' }
  | { type: 'ui.openHistory' }
  | { type: 'ui.openFacilitator' }
  | { type: 'ui.back' }
  | { type: 'ui.pickScenario'; scenarioId: string }
  | { type: 'ui.pickTrack'; trackId: string }
  | { type: 'ui.pickFile'; file: File }
  | { type: 'ui.start' }
  | { type: 'ui.quit' }
  | { type: 'ui.choose'; choiceId: string }
  | { type: 'ui.continue' }
  | { type: 'ui.nextInTrack' }
  | { type: 'ui.trackProfile' }
  | { type: 'ui.playAgain' }
  | { type: 'ui.openPastRun'; index: number }
  | { type: 'ui.backToHistory' }
  /** Some settings changed (the rest stay as they are). */
  | { type: 'ui.changeSettings'; settings: Partial<Settings> }
  | { type: 'ui.exitFacilitator' }
  | { type: 'browser.navigated'; route: Route }
  | { type: 'app.failed'; message?: string }
  | PlaySessionReport;

export interface ShellInput {
  deps: ShellDeps;
  settings: Settings;
  /** The address the page was opened at (deep links such as #facilitator). */
  route: Route;
}

const FALLBACK_ERROR =
  'The game hit an unexpected problem. Runs are saved after every decision, so you can resume from the title screen.';

function emptyContext(input: ShellInput): ShellContext {
  return {
    deps: input.deps,
    initialRoute: input.route,
    settings: input.settings,
    savedRun: null,
    request: null,
    playable: null,
    track: null,
    resume: null,
    play: null,
    finished: null,
    lastLog: null,
    debrief: null,
    trackDebrief: null,
    problems: [],
    history: [],
    chosenRun: null,
    pastRun: null,
    createStage: null,
    facilitator: null,
    errorMessage: null,
  };
}

export const shellMachine = setup({
  types: {
    context: {} as ShellContext,
    events: {} as ShellEvent,
    input: {} as ShellInput,
    tags: {} as 'busy',
  },
  actors: { ...loaders, playSession },
  guards: {
    routeIsTitle: ({ event }) =>
      event.type === 'browser.navigated' && routeTarget(event.route) === 'title',
    routeIsList: ({ event }) =>
      event.type === 'browser.navigated' && routeTarget(event.route) === 'list',
    routeIsHistory: ({ event }) =>
      event.type === 'browser.navigated' && routeTarget(event.route) === 'history',
    routeIsSettings: ({ event }) =>
      event.type === 'browser.navigated' && routeTarget(event.route) === 'settings',
    routeIsFacilitator: ({ event }) =>
      event.type === 'browser.navigated' && routeTarget(event.route) === 'facilitator',
    bootsTo: ({ context }, params: { target: RouteTarget }) =>
      routeTarget(context.initialRoute) === params.target,
    hasSavedRun: ({ context }) => context.savedRun !== null,
    openedWithProblems: (_, opened: Opened) => 'problems' in opened,
    reopened: (_, reopened: ReopenedRun) => reopened.ok,
    pastRunOk: (_, past: PastRun) => past.ok,
    inTrackWithNext: ({ context }) => context.track !== null && trackHasNext(context.track),
    inTrackAtEnd: ({ context }) => context.track !== null && !trackHasNext(context.track),
  },
  actions: {
    clearTrack: assign({ track: null }),
    rememberRequest: assign({
      request: ({ event }): OpenRequest | null => {
        if (event.type === 'ui.pickScenario')
          return { kind: 'library', scenarioId: event.scenarioId };
        if (event.type === 'ui.pickFile') return { kind: 'file', file: event.file };
        return null;
      },
    }),
    startTrack: assign(({ context, event }) => {
      assertEvent(event, 'ui.pickTrack');
      const track = context.deps.findTrack(event.trackId);
      const pass = track ? startTrack(track) : null;
      const scenarioId = pass ? trackScenarioId(pass) : undefined;
      return {
        track: pass,
        request: scenarioId ? { kind: 'library' as const, scenarioId } : null,
      };
    }),
    nextTrackStep: assign(({ context }) => {
      const pass = context.track ? advanceTrack(context.track) : null;
      const scenarioId = pass ? trackScenarioId(pass) : undefined;
      return {
        track: pass,
        request: scenarioId ? { kind: 'library' as const, scenarioId } : null,
      };
    }),
    takeOpened: assign((_, opened: Opened) =>
      'playable' in opened
        ? { playable: opened.playable, problems: [], resume: null }
        : { problems: opened.problems },
    ),
    takeReopened: assign((_, reopened: ReopenedRun) =>
      reopened.ok
        ? { playable: reopened.playable, resume: reopened.resume, track: null }
        : { errorMessage: reopened.message },
    ),
    forgetSavedRun: ({ context }) => void context.deps.store.clearCurrent(),
    clearSavedRun: assign({ savedRun: null }),
    takeSavedRun: assign((_, savedRun: SavedRun | null) => ({ savedRun })),
    startFresh: assign({ resume: null, play: null, finished: null, debrief: null }),
    takeStep: assign(({ context, event }) => {
      assertEvent(event, 'run.step');
      return {
        lastLog: event.log,
        play: {
          view: event.view,
          step: event.step,
          countdown: context.play?.countdown ?? null,
          savedInputs: context.play?.savedInputs ?? 0,
        },
      };
    }),
    takeTick: assign(({ context, event }) => {
      assertEvent(event, 'run.tick');
      return { play: context.play && { ...context.play, countdown: event.countdown } };
    }),
    takeSaved: assign(({ context, event }) => {
      assertEvent(event, 'run.saved');
      return { play: context.play && { ...context.play, savedInputs: event.inputs } };
    }),
    takeEnded: assign(({ context, event }) => {
      assertEvent(event, 'run.ended');
      return {
        finished: { log: event.log, context: event.context },
        lastLog: event.log,
        resume: null,
        debrief: null,
        track: context.track && recordTrackStep(context.track, event.log),
      };
    }),
    forwardChoice: sendTo('run', ({ event }) => {
      assertEvent(event, 'ui.choose');
      return { type: 'player.choose' as const, choiceId: event.choiceId };
    }),
    forwardContinue: sendTo('run', { type: 'player.continue' as const }),
    takeDebrief: assign((_, debrief: DebriefReady) => ({ debrief })),
    takeTrackDebrief: assign((_, trackDebrief: TrackDebriefReady) => ({ trackDebrief })),
    takeHistory: assign((_, history: FinishedRun[]) => ({ history })),
    takePastRun: assign(({ context }, past: PastRun) => {
      const run = context.chosenRun;
      if (!past.ok || !run) return { errorMessage: past.ok ? FALLBACK_ERROR : past.message };
      return { pastRun: { run, past }, debrief: null };
    }),
    choosePastRun: assign(({ context, event }) => {
      assertEvent(event, 'ui.openPastRun');
      return { chosenRun: context.history[event.index] ?? null, pastRun: null };
    }),
    takeStage: assign((_, createStage: CreateStage | null) => ({ createStage })),
    takeFacilitator: assign((_, facilitator: FacilitatorModule) => ({ facilitator })),
    changeSettings: assign(({ context, event }) => {
      assertEvent(event, 'ui.changeSettings');
      const settings = { ...context.settings, ...event.settings };
      context.deps.applySettings(settings);
      return { settings };
    }),
    noteFailure: assign({
      errorMessage: ({ event }) =>
        event.type === 'app.failed' && event.message ? event.message : FALLBACK_ERROR,
    }),
    noteLoadFailure: assign({ errorMessage: FALLBACK_ERROR }),
  },
}).createMachine({
  id: 'shell',
  context: ({ input }) => emptyContext(input),
  initial: 'booting',
  on: {
    'app.failed': { target: '.error', actions: 'noteFailure' },
    'browser.navigated': [
      { guard: 'routeIsFacilitator', target: '.facilitator' },
      { guard: 'routeIsHistory', target: '.history' },
      { guard: 'routeIsSettings', target: '.settings' },
      { guard: 'routeIsList', target: '.list' },
      { guard: 'routeIsTitle', target: '.title' },
    ],
  },
  states: {
    booting: {
      always: [
        { guard: { type: 'bootsTo', params: { target: 'facilitator' } }, target: 'facilitator' },
        { guard: { type: 'bootsTo', params: { target: 'history' } }, target: 'history' },
        { guard: { type: 'bootsTo', params: { target: 'settings' } }, target: 'settings' },
        { guard: { type: 'bootsTo', params: { target: 'list' } }, target: 'list' },
        { target: 'title' },
      ],
    },
    title: {
      initial: 'loading',
      states: {
        loading: {
          tags: ['busy'],
          invoke: {
            id: 'savedRun',
            src: 'loadSavedRun',
            input: ({ context }) => ({ store: context.deps.store }),
            onDone: {
              target: 'ready',
              actions: { type: 'takeSavedRun', params: ({ event }) => event.output },
            },
            onError: { target: 'ready', actions: 'clearSavedRun' },
          },
        },
        ready: {},
      },
      on: {
        'ui.play': { target: 'list' },
        'ui.resume': { guard: 'hasSavedRun', target: 'resuming' },
        'ui.startOver': { target: 'list', actions: ['forgetSavedRun', 'clearSavedRun'] },
        'ui.openSettings': { target: 'settings' },
        'ui.openHistory': { target: 'history' },
        'ui.openFacilitator': { target: 'facilitator' },
      },
    },
    list: {
      entry: 'clearTrack',
      on: {
        'ui.pickScenario': { target: 'opening', actions: 'rememberRequest' },
        'ui.pickFile': { target: 'opening', actions: 'rememberRequest' },
        'ui.pickTrack': { target: 'opening', actions: 'startTrack' },
        'ui.back': { target: 'title' },
      },
    },
    opening: {
      tags: ['busy'],
      invoke: {
        id: 'open',
        src: 'openScenario',
        input: ({ context }) => context.request as OpenRequest,
        onDone: [
          {
            guard: { type: 'openedWithProblems', params: ({ event }) => event.output },
            target: 'problems',
            actions: { type: 'takeOpened', params: ({ event }) => event.output },
          },
          {
            target: 'briefing',
            actions: { type: 'takeOpened', params: ({ event }) => event.output },
          },
        ],
        onError: { target: 'error', actions: 'noteLoadFailure' },
      },
      on: { 'ui.back': { target: 'list' } },
    },
    problems: {
      on: { 'ui.back': { target: 'list' } },
    },
    briefing: {
      on: {
        'ui.start': { target: 'playing', actions: 'startFresh' },
        'ui.changeSettings': { actions: 'changeSettings' },
        'ui.back': { target: 'list' },
      },
    },
    resuming: {
      tags: ['busy'],
      invoke: {
        id: 'reopen',
        src: 'reopenSavedRun',
        input: ({ context }) => ({ saved: context.savedRun as SavedRun }),
        onDone: [
          {
            guard: { type: 'reopened', params: ({ event }) => event.output },
            target: 'playing',
            actions: { type: 'takeReopened', params: ({ event }) => event.output },
          },
          {
            target: 'error',
            actions: [
              { type: 'takeReopened', params: ({ event }) => event.output },
              'forgetSavedRun',
              'clearSavedRun',
            ],
          },
        ],
        onError: { target: 'error', actions: 'noteLoadFailure' },
      },
      on: { 'ui.back': { target: 'title' } },
    },
    playing: {
      invoke: [
        {
          id: 'run',
          src: 'playSession',
          input: ({ context }) => ({
            playable: context.playable as PlayableScenario,
            settings: context.settings,
            store: context.deps.store,
            ...(context.resume ? { resume: context.resume } : {}),
          }),
        },
        {
          id: 'stage',
          src: 'loadStage',
          onDone: {
            actions: {
              type: 'takeStage',
              params: ({ event }: { event: DoneActorEvent<CreateStage | null> }) => event.output,
            },
          },
        },
      ],
      on: {
        'run.step': { actions: 'takeStep' },
        'run.tick': { actions: 'takeTick' },
        'run.saved': { actions: 'takeSaved' },
        'run.ended': { target: 'end', actions: 'takeEnded' },
        'ui.choose': { actions: 'forwardChoice' },
        'ui.continue': { actions: 'forwardContinue' },
        'ui.changeSettings': { actions: 'changeSettings' },
        'ui.quit': { target: 'list' },
      },
    },
    end: {
      invoke: {
        id: 'debrief',
        src: 'prepareDebrief',
        input: ({ context }) => ({
          playable: context.playable as PlayableScenario,
          log: context.finished?.log as SessionLog,
          context: context.finished?.context as RunContext,
          store: context.deps.store,
        }),
        onDone: { actions: { type: 'takeDebrief', params: ({ event }) => event.output } },
        onError: { target: 'error', actions: 'noteLoadFailure' },
      },
      on: {
        'ui.nextInTrack': { guard: 'inTrackWithNext', target: 'opening', actions: 'nextTrackStep' },
        'ui.trackProfile': { guard: 'inTrackAtEnd', target: 'trackEnd' },
        'ui.playAgain': { target: 'briefing' },
        'ui.back': { target: 'list' },
      },
    },
    trackEnd: {
      invoke: {
        id: 'trackDebrief',
        src: 'prepareTrackDebrief',
        input: ({ context }) => ({
          track: (context.track as TrackPass).track,
          finished: (context.track as TrackPass).finished,
        }),
        onDone: { actions: { type: 'takeTrackDebrief', params: ({ event }) => event.output } },
        onError: { target: 'error', actions: 'noteLoadFailure' },
      },
      on: { 'ui.back': { target: 'list' } },
    },
    history: {
      initial: 'loading',
      states: {
        loading: {
          tags: ['busy'],
          invoke: {
            id: 'history',
            src: 'loadHistory',
            input: ({ context }) => ({ store: context.deps.store }),
            onDone: {
              target: 'ready',
              actions: { type: 'takeHistory', params: ({ event }) => event.output },
            },
            onError: { target: '#shell.error', actions: 'noteLoadFailure' },
          },
        },
        ready: {
          on: { 'ui.openPastRun': { target: '#shell.pastRun', actions: 'choosePastRun' } },
        },
      },
      on: { 'ui.back': { target: 'title' } },
    },
    pastRun: {
      initial: 'loading',
      states: {
        loading: {
          tags: ['busy'],
          invoke: {
            id: 'pastRun',
            src: 'loadPastRun',
            input: ({ context }) => ({
              run: context.chosenRun as FinishedRun,
              all: context.history,
            }),
            onDone: [
              {
                guard: { type: 'pastRunOk', params: ({ event }) => event.output },
                target: 'debrief',
                actions: { type: 'takePastRun', params: ({ event }) => event.output },
              },
              {
                target: '#shell.error',
                actions: { type: 'takePastRun', params: ({ event }) => event.output },
              },
            ],
            onError: { target: '#shell.error', actions: 'noteLoadFailure' },
          },
        },
        debrief: {
          invoke: {
            id: 'debrief',
            src: 'prepareDebrief',
            input: ({ context }) => {
              const { run, past } = context.pastRun as NonNullable<ShellContext['pastRun']>;
              return {
                playable: past.playable,
                log: run.log,
                context: past.context,
                earlier: past.earlier,
                store: context.deps.store,
              };
            },
            onDone: { actions: { type: 'takeDebrief', params: ({ event }) => event.output } },
            onError: { target: '#shell.error', actions: 'noteLoadFailure' },
          },
        },
      },
      on: {
        'ui.backToHistory': { target: 'history' },
        'ui.back': { target: 'list' },
      },
    },
    settings: {
      on: {
        'ui.changeSettings': { actions: 'changeSettings' },
        'ui.back': { target: 'title' },
      },
    },
    facilitator: {
      initial: 'loading',
      states: {
        loading: {
          tags: ['busy'],
          invoke: {
            id: 'facilitator',
            src: 'loadFacilitator',
            onDone: {
              target: 'ready',
              actions: { type: 'takeFacilitator', params: ({ event }) => event.output },
            },
            onError: { target: '#shell.error', actions: 'noteLoadFailure' },
          },
        },
        ready: {},
      },
      on: { 'ui.exitFacilitator': { target: 'title' } },
    },
    error: {
      on: { 'ui.back': { target: 'list' } },
    },
  },
});

export type ShellMachine = typeof shellMachine;

/** Reused by the view for the briefing line of a track step. */
export { trackBriefingNote };
