/**
 * The shell statechart's named guards, actions and actors; machine.ts lays out its states.
 */
import { assertEvent, assign, sendTo, setup } from 'xstate';
import type { FinishedRun, SavedRun } from '../services/run-store';
import type { CreateStage } from '../services/stage';
import {
  loaders,
  type DebriefReady,
  type FacilitatorModule,
  type Opened,
  type OpenRequest,
  type TrackDebriefReady,
} from './loaders';
import { playSession } from './play-session';
import type { PastRun } from './past-runs';
import type { ReopenedRun } from './saved-run';
import { routeTarget, type RouteTarget } from './routes';
import { advanceTrack, recordTrackStep, startTrack, trackHasNext, trackScenarioId } from './track';
import { FALLBACK_ERROR, type ShellContext, type ShellEvent, type ShellInput } from './types';

export const shellSetup = setup({
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
    stepHasBeat: ({ event }) => event.type === 'run.step' && event.beat !== null,
    runFinished: ({ context }) => context.finished !== null,
    mayStepBack: ({ context }) => context.play?.canStepBack === true,
  },
  actions: {
    clearTrack: assign({ track: null }),
    rememberRequest: assign({
      runMode: ({ context }) => context.settings.playMode,
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
        runMode: 'assessment' as const,
        request: scenarioId ? { kind: 'library' as const, scenarioId } : null,
      };
    }),
    chooseMode: assign(({ context, event }) => {
      assertEvent(event, 'ui.chooseMode');
      if (context.track) return { runMode: event.mode };
      const settings = { ...context.settings, playMode: event.mode };
      context.deps.applySettings(settings);
      return { runMode: event.mode, settings };
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
    clearFinished: assign({ finished: null, play: null }),
    takeStep: assign(({ context, event }) => {
      assertEvent(event, 'run.step');
      return {
        lastLog: event.log,
        play: {
          view: event.view,
          step: event.step,
          countdown: context.play?.countdown ?? null,
          savedInputs: context.play?.savedInputs ?? 0,
          beat: event.beat,
          canStepBack: event.canStepBack,
          mode: event.log.mode ?? 'assessment',
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
    forwardBack: sendTo('run', { type: 'player.back' as const }),
    closeBeat: assign(({ context }) => ({ play: context.play && { ...context.play, beat: null } })),
    forwardBeatClosed: sendTo('run', { type: 'beat.closed' as const }),
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
});
