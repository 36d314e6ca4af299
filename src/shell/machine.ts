/**
 * The app shell as one statechart: which screen is up, the order of screens, and everything
 * the shell waits for (invoked loaders) or runs (the run, as a child actor). Screens render
 * from its snapshot (shell/view.ts) and send it `ui.*` events; the browser's Back button sends
 * `browser.navigated`. The machine touches no DOM, so it is tested with `createActor` in Node.
 */
import type { DoneActorEvent } from 'xstate';
import type { PlayableScenario } from '../services/library-types';
import type { SavedRun } from '../services/run-store';
import type { CreateStage } from '../services/stage';
import type { OpenRequest } from './loaders';
import type { PackageConfig } from '../lms/package-config';
import type { PackageBoot, PackageEntry } from './lms-link';
import { areaStates } from './machine-areas';
import { keepStates, loadingKeptRuns } from './machine-keep';
import { shellSetup } from './setup';
import { finishedRunDebrief, stepAndBeatStates } from './machine-play';
import { liveState } from './machine-live';
import type { TrackPass } from './track';
import { emptyContext } from './types';

export type { ShellContext, ShellDeps, ShellEvent, ShellInput, PlayState } from './types';

/** A package opens where the LMS left the leader (`kind`), in the shell state `target`. */
function packageOpensAt(kind: PackageEntry['kind'], target: string = kind) {
  return {
    guard: {
      type: 'packageOpensAt' as const,
      params: ({ event }: { event: DoneActorEvent<PackageBoot> }) => ({ boot: event.output, kind }),
    },
    target,
    actions: {
      type: 'takePackageBoot' as const,
      params: ({ event }: { event: DoneActorEvent<PackageBoot> }) => event.output,
    },
  };
}

export const shellMachine = shellSetup.createMachine({
  id: 'shell',
  context: ({ input }) => emptyContext(input),
  initial: 'booting',
  on: {
    'app.failed': { target: '.error', actions: 'noteFailure' },
    'browser.navigated': [
      { guard: 'routeIsFacilitator', target: '.facilitator' },
      { guard: 'routeIsJoin', target: '.live' },
      { guard: 'routeIsHistory', target: '.history' },
      { guard: 'routeIsSettings', target: '.settings' },
      { guard: 'routeIsList', target: '.list' },
      { guard: 'routeIsTitle', target: '.title' },
    ],
  },
  states: {
    booting: {
      always: [
        { guard: 'inPackage', target: 'package' },
        { guard: { type: 'bootsTo', params: { target: 'facilitator' } }, target: 'facilitator' },
        { guard: { type: 'bootsTo', params: { target: 'join' } }, target: 'live' },
        { guard: { type: 'bootsTo', params: { target: 'history' } }, target: 'history' },
        { guard: { type: 'bootsTo', params: { target: 'settings' } }, target: 'settings' },
        { guard: { type: 'bootsTo', params: { target: 'list' } }, target: 'list' },
        { target: 'title' },
      ],
    },
    package: {
      tags: ['busy'],
      invoke: {
        id: 'lms',
        src: 'bootPackage',
        input: ({ context }) => ({
          config: context.lmsPackage as PackageConfig,
          deps: {
            findTrack: context.deps.findTrack,
            showProblem: context.deps.showLmsProblem ?? (() => undefined),
          },
        }),
        onDone: [
          packageOpensAt('playing'),
          packageOpensAt('ended', 'end'),
          packageOpensAt('trackEnded', 'trackEnd'),
          packageOpensAt('briefing', 'opening'),
        ],
        onError: { target: 'error', actions: 'noteLoadFailure' },
      },
    },
    title: {
      initial: 'loading',
      states: {
        loading: loadingKeptRuns,
        ready: {},
      },
      on: {
        'ui.play': { target: 'list' },
        'ui.continueRun': {
          guard: 'hasKeptRun',
          target: 'claiming',
          actions: ['chooseKeptRun', 'intendResume'],
        },
        'ui.openSettings': { target: 'settings' },
        'ui.openHistory': { target: 'history' },
        'ui.openFacilitator': { target: 'facilitator' },
      },
    },
    list: {
      entry: 'clearTrack',
      initial: 'loading',
      states: {
        loading: loadingKeptRuns,
        ready: {},
      },
      on: {
        // A scenario or track with an unfinished run asks first: resume it, or start over.
        'ui.pickScenario': [
          { guard: 'hasKeptRun', target: 'unfinished', actions: 'chooseKeptRun' },
          { target: 'opening', actions: 'rememberRequest' },
        ],
        'ui.pickTrack': [
          { guard: 'hasKeptRun', target: 'unfinished', actions: 'chooseKeptRun' },
          { target: 'opening', actions: 'startTrack' },
        ],
        'ui.pickFile': { target: 'opening', actions: 'rememberRequest' },
        'ui.back': { target: 'title' },
      },
    },
    ...keepStates,
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
        'ui.start': { target: 'claiming', actions: 'intendStart' },
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
        input: ({ context }) => ({ saved: context.chosenSaved as SavedRun }),
        onDone: [
          {
            guard: { type: 'reopenedMidRun', params: ({ event }) => event.output },
            target: 'playing',
            actions: { type: 'takeReopened', params: ({ event }) => event.output },
          },
          {
            // A track between parts: its next part's briefing.
            guard: { type: 'reopened', params: ({ event }) => event.output },
            target: 'briefing',
            actions: { type: 'takeReopened', params: ({ event }) => event.output },
          },
          {
            target: 'error',
            actions: [
              { type: 'takeReopened', params: ({ event }) => event.output },
              'forgetChosenRun',
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
            // An LMS package is an assessment: its report counts every decision taken, none undone.
            mode: context.lmsPackage ? ('assessment' as const) : context.runMode,
            ...(context.resume ? { resume: context.resume } : {}),
            ...(context.alias && !context.resume ? { alias: context.alias } : {}),
            ...(context.lms
              ? {
                  observer: context.lms.observe(
                    context.playable as PlayableScenario,
                    context.track,
                  ),
                }
              : {}),
            keep: {
              owner: context.deps.tabId,
              claims: context.deps.claims,
              takeOver: context.takeOver,
              ...(context.track ? { track: context.track } : {}),
            },
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
        'run.takenOver': { target: 'takenOver' },
        'ui.changeSettings': { actions: 'changeSettings' },
        'ui.quit': { target: 'list' },
      },
      initial: 'step',
      states: {
        ...stepAndBeatStates('ended'),
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
        input: finishedRunDebrief,
        onDone: { actions: { type: 'takeDebrief', params: ({ event }) => event.output } },
        onError: { target: 'error', actions: 'noteLoadFailure' },
      },
      on: {
        'ui.nextInTrack': { guard: 'inTrackWithNext', target: 'opening', actions: 'nextTrackStep' },
        'ui.trackProfile': {
          guard: 'inTrackAtEnd',
          target: 'trackEnd',
          actions: 'forgetTrackDebrief',
        },
        // Playing a part again is a run of its own; the track stays kept, to resume from the list.
        'ui.playAgain': { target: 'briefing', actions: 'clearTrack' },
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
    ...areaStates,
    live: liveState,
    error: {
      on: {
        'ui.back': [
          { guard: 'inPackage', target: 'opening', actions: 'openPackageHome' },
          { target: 'list' },
        ],
      },
    },
  },
});

export type ShellMachine = typeof shellMachine;
