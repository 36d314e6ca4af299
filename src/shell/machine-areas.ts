/**
 * The shell's areas beside play: the history of finished runs and tracks (each reopening its
 * debrief), settings and the facilitator tools. Spread into the shell statechart (machine.ts).
 */
import type { FinishedRun, FinishedTrack } from '../services/run-store';
import { shellSetup } from './setup';
import type { ShellContext } from './types';

export const areaStates = {
  history: shellSetup.createStateConfig({
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
        on: {
          'ui.openPastRun': { target: '#shell.pastRun', actions: 'choosePastRun' },
          'ui.openPastTrack': { target: '#shell.pastTrack', actions: 'choosePastTrack' },
        },
      },
    },
    on: { 'ui.back': { target: 'title' } },
  }),
  pastRun: shellSetup.createStateConfig({
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
  }),
  /** A finished track reopened from the history: its combined profile, rebuilt from its parts. */
  pastTrack: shellSetup.createStateConfig({
    invoke: {
      id: 'trackDebrief',
      src: 'prepareTrackDebrief',
      input: ({ context }) => {
        const done = context.pastTrack as FinishedTrack;
        return { track: done.track, finished: done.parts };
      },
      onDone: { actions: { type: 'takeTrackDebrief', params: ({ event }) => event.output } },
      onError: { target: '#shell.error', actions: 'noteLoadFailure' },
    },
    on: {
      'ui.backToHistory': { target: 'history' },
      'ui.back': { target: 'list' },
    },
  }),
  settings: shellSetup.createStateConfig({
    on: {
      'ui.changeSettings': { actions: 'changeSettings' },
      'ui.back': { target: 'title' },
    },
  }),
  facilitator: shellSetup.createStateConfig({
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
  }),
};
