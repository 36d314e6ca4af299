/**
 * The shell statechart's named guards, actions and actors; machine.ts lays out its states.
 */
import { assertEvent, assign, sendTo, setup } from 'xstate';
import { slotKey } from '../services/run-store';
import type { CreateStage } from '../services/stage';
import {
  loaders,
  type DebriefReady,
  type FacilitatorModule,
  type KeptRuns,
  type Opened,
  type PastRuns,
  type OpenRequest,
  type TrackDebriefReady,
} from './loaders';
import { playSession } from './play-session';
import { bootPackageActor, type PackageBoot, type PackageEntry } from './lms-link';
import type { ParticipantConnection } from '../live/participant';
import {
  castLiveVote,
  followLiveRoom,
  joinLiveRoom,
  resumeLiveRoom,
  type CountedBallot,
} from './live';
import * as live from './live-updates';
import type { PastRun } from './past-runs';
import type { ReopenedRun } from './saved-run';
import { routeTarget, type RouteTarget } from './routes';
import {
  advanceTrack,
  recordTrackStep,
  startTrack,
  trackHasNext,
  trackScenarioId,
  trackStepRequest,
} from './track';
import { keptFor } from './kept-choice';
import {
  FALLBACK_ERROR,
  FALLBACK_ERROR_UNSAVED,
  type ShellContext,
  type ShellEvent,
  type ShellInput,
} from './types';

const routeIs =
  (target: RouteTarget) =>
  ({ event }: { event: ShellEvent }) =>
    event.type === 'browser.navigated' && routeTarget(event.route) === target;

export const shellSetup = setup({
  types: {
    context: {} as ShellContext,
    events: {} as ShellEvent,
    input: {} as ShellInput,
    tags: {} as 'busy',
  },
  actors: {
    ...loaders,
    playSession,
    joinLiveRoom,
    resumeLiveRoom,
    followLiveRoom,
    castLiveVote,
    bootPackage: bootPackageActor,
  },
  guards: {
    routeIsTitle: routeIs('title'),
    routeIsList: routeIs('list'),
    routeIsHistory: routeIs('history'),
    routeIsSettings: routeIs('settings'),
    routeIsFacilitator: routeIs('facilitator'),
    bootsTo: ({ context }, params: { target: RouteTarget }) =>
      routeTarget(context.initialRoute) === params.target,
    routeIsJoin: routeIs('join'),
    inPackage: ({ context }) => context.lmsPackage !== null,
    packageOpensAt: (_, params: { boot: PackageBoot; kind: PackageEntry['kind'] }) =>
      params.boot.entry.kind === params.kind,
    liveJoined: (_, connection: ParticipantConnection | null) => connection !== null,
    liveHasNoRun: ({ context }) => (context.live?.state.runs.length ?? 0) === 0,
    liveRunEnded: ({ context }) => live.currentLiveRun(context)?.ended === true,
    liveDebriefReady: ({ context }) => Boolean(live.currentLiveRun(context)?.debrief),
    hasNextLiveRun: ({ context }) => live.hasNextLiveRun(context),
    hasKeptRun: ({ context, event }) => keptFor(context, event) !== undefined,
    heldElsewhere: (_, held: boolean) => held,
    intendsResume: ({ context }) => context.intent === 'resume',
    reopenedMidRun: (_, reopened: ReopenedRun) => reopened.ok && reopened.resume !== null,
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
    takePackageBoot: assign((_, { link, entry }: PackageBoot) => {
      const lms = { lms: link };
      if (entry.kind === 'briefing') return { ...lms, request: entry.request, track: entry.track };
      if (entry.kind === 'trackEnded') return { ...lms, track: entry.track };
      if (entry.kind === 'ended') {
        const { playable, finished } = entry;
        return { ...lms, playable, finished, lastLog: finished.log, track: null };
      }
      return { ...lms, playable: entry.playable, resume: entry.resume, track: entry.track };
    }),
    /** A package has no list: its home is the briefing of its scenario, or of the track's part. */
    openPackageHome: assign(({ context }) => {
      const scenarioId =
        (context.track && trackScenarioId(context.track)) ?? context.lmsPackage?.scenarioIds[0];
      return { request: scenarioId ? { kind: 'library' as const, scenarioId } : null };
    }),
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
      return {
        ...trackStepRequest(track ? startTrack(track) : null),
        runMode: 'assessment' as const,
      };
    }),
    chooseMode: assign(({ context, event }) => {
      assertEvent(event, 'ui.chooseMode');
      if (context.track) return { runMode: event.mode };
      const settings = { ...context.settings, playMode: event.mode };
      context.deps.applySettings(settings);
      return { runMode: event.mode, settings };
    }),
    nextTrackStep: assign(({ context }) =>
      trackStepRequest(context.track ? advanceTrack(context.track) : null),
    ),
    takeOpened: assign((_, opened: Opened) =>
      'playable' in opened
        ? { playable: opened.playable, problems: [], resume: null }
        : { problems: opened.problems },
    ),
    takeReopened: assign((_, reopened: ReopenedRun) =>
      reopened.ok
        ? { playable: reopened.playable, resume: reopened.resume, track: reopened.track }
        : { errorMessage: reopened.message },
    ),
    takeKept: assign((_, kept: KeptRuns) => ({ kept })),
    chooseKeptRun: assign(({ context, event }) => ({
      chosenSaved: keptFor(context, event) ?? null,
    })),
    intendResume: assign({ intent: 'resume' as const, takeOver: false }),
    intendStart: assign(({ event }) => ({
      intent: 'start' as const,
      takeOver: false,
      // The name typed on the briefing; kept until the run starts, after the claim.
      alias: event.type === 'ui.start' ? (event.alias ?? '') : '',
    })),
    takeOverRun: assign({ takeOver: true }),
    /** Start over: the chosen run is dropped, and its scenario (or track) opens from the start. */
    forgetChosenRun: assign(({ context }) => {
      const chosen = context.chosenSaved;
      if (!chosen) return {};
      const key = slotKey(chosen);
      void context.deps.store.clearUnfinished(key);
      const unfinished = context.kept.unfinished.filter((run) => slotKey(run) !== key);
      return { kept: { ...context.kept, unfinished }, chosenSaved: null };
    }),
    restartChosenRun: assign(({ context }) => {
      const chosen = context.chosenSaved;
      if (chosen?.track) {
        const saved = chosen.track.track;
        return trackStepRequest(startTrack(context.deps.findTrack(saved.id) ?? saved));
      }
      const scenarioId = chosen?.scenarioId ?? '';
      return { track: null, request: { kind: 'library' as const, scenarioId } };
    }),
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
    forgetTrackDebrief: assign({ trackDebrief: null }),
    takeTrackDebrief: assign((_, trackDebrief: TrackDebriefReady) => ({ trackDebrief })),
    takeHistory: assign((_, past: PastRuns) => ({
      history: past.runs,
      historyTracks: past.tracks,
    })),
    choosePastTrack: assign(({ context, event }) => {
      assertEvent(event, 'ui.openPastTrack');
      return { pastTrack: context.historyTracks[event.index] ?? null, trackDebrief: null };
    }),
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
      errorMessage: ({ context, event }) => {
        if (event.type === 'app.failed' && event.message) return event.message;
        return context.deps.store.isDurable() ? FALLBACK_ERROR : FALLBACK_ERROR_UNSAVED;
      },
    }),
    noteLoadFailure: assign(({ context, event }) => {
      // The player reads a plain sentence; the cause goes to the console for whoever debugs it.
      if ('error' in event) console.error('A step of the game failed:', event.error);
      const durable = context.deps.store.isDurable();
      return { errorMessage: durable ? FALLBACK_ERROR : FALLBACK_ERROR_UNSAVED };
    }),
    takeLiveConnection: assign((_, connection: ParticipantConnection) =>
      live.connected(connection),
    ),
    noteJoinProblem: assign((_, error: unknown) => live.joinFailed(error)),
    takeLiveState: assign(({ context, event }) => {
      assertEvent(event, 'live.state');
      return live.roomState(context, event.state);
    }),
    takeLiveOnline: assign(({ context, event }) => {
      assertEvent(event, 'live.connection');
      return live.roomOnline(context, event.online);
    }),
    noteLiveRefused: assign(({ context, event }) => {
      assertEvent(event, 'live.refused');
      return live.roomNotice(context, event.message);
    }),
    noteLiveVoteProblem: assign(({ context }, error: unknown) =>
      live.roomNotice(context, live.voteProblemText(error)),
    ),
    takeBallot: assign(({ context }, counted: CountedBallot) =>
      live.ballotCounted(context, counted.ballot, counted.vote),
    ),
    noteLiveDeleted: assign({
      live: null,
      joinProblem: 'The facilitator deleted this room. Join another room with its code.',
    }),
    leaveLive: assign({ live: null }),
    requestLiveRun: assign(({ context }) => live.liveRunRequest(context)),
    takeLiveResume: assign(({ context }) => live.liveResume(context)),
    takeEndedLiveRun: assign(({ context }) => live.endedLiveRun(context)),
    nextLiveRun: assign(({ context }) => live.nextLiveRun(context)),
  },
});
