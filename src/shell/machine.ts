/**
 * The app shell as one statechart: which screen is up, the order of screens, and everything
 * the shell waits for (invoked loaders) or runs (the run, as a child actor). Screens render
 * from its snapshot (shell/view.ts) and send it `ui.*` events; the browser's Back button sends
 * `browser.navigated`. The machine touches no DOM, so it is tested with `createActor` in Node.
 */
import type { DoneActorEvent } from 'xstate';
import type { RunContext } from '../engine/run/types';
import type { SessionLog } from '../engine/session/types';
import type { PlayableScenario } from '../services/library-types';
import type { FinishedRun, SavedRun } from '../services/run-store';
import type { CreateStage } from '../services/stage';
import type { OpenRequest } from './loaders';
import { shellSetup } from './setup';
import type { TrackPass } from './track';
import { emptyContext, type ShellContext } from './types';

export type { ShellContext, ShellDeps, ShellEvent, ShellInput, PlayState } from './types';

export const shellMachine = shellSetup.createMachine({
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
        'ui.chooseMode': { actions: 'chooseMode' },
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
      entry: 'clearFinished',
      invoke: [
        {
          id: 'run',
          src: 'playSession',
          input: ({ context }) => ({
            playable: context.playable as PlayableScenario,
            settings: context.settings,
            store: context.deps.store,
            mode: context.runMode,
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
        'run.tick': { actions: 'takeTick' },
        'run.saved': { actions: 'takeSaved' },
        'ui.changeSettings': { actions: 'changeSettings' },
        'ui.quit': { target: 'list' },
      },
      initial: 'step',
      states: {
        /** A node is on screen and takes the player's inputs. */
        step: {
          on: {
            'run.step': [
              { guard: 'stepHasBeat', target: 'beat', actions: 'takeStep' },
              { actions: 'takeStep' },
            ],
            'run.ended': { target: 'ended', actions: 'takeEnded' },
            'ui.choose': { actions: 'forwardChoice' },
            'ui.continue': { actions: 'forwardContinue' },
          },
        },
        /**
         * What followed from the decision just taken (or that time ran out), before the next
         * node; the run's clock stands still until the player continues or steps back.
         */
        beat: {
          on: {
            'run.step': [
              { guard: 'stepHasBeat', target: 'beat', actions: 'takeStep' },
              { target: 'step', actions: 'takeStep' },
            ],
            // The decision led to the ending: the beat is read first, then the ending.
            'run.ended': { actions: 'takeEnded' },
            'ui.continue': [
              { guard: 'runFinished', target: 'ended', actions: 'closeBeat' },
              { target: 'step', actions: ['closeBeat', 'forwardBeatClosed'] },
            ],
            'ui.stepBack': { guard: 'mayStepBack', actions: 'forwardBack' },
          },
        },
        /** The ending's moment: its text and the cast's reaction, then the way to the debrief. */
        ended: {
          on: { 'ui.openDebrief': { target: '#shell.end' } },
        },
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
