/**
 * One workshop: loaded by an invoked actor, then open with its tabs (sessions, dashboard,
 * replay, compare) beside the intake that checks new sessions; deleting it is invoked too.
 */
import { facilitatorSetup } from './machine-setup';
import type { FacilitatorEvent } from './machine-types';

const TAB_TARGETS = (['dashboard', 'replay', 'compare'] as const).map((tab) => ({
  guard: { type: 'routeTabIs' as const, params: { tab } },
  target: tab,
}));

export const workshopState = facilitatorSetup.createStateConfig({
  initial: 'loading',
  states: {
    loading: {
      invoke: {
        src: 'loadWorkshop',
        input: ({ context }) => ({
          store: context.store!,
          id: context.route.kind === 'workshop' ? context.route.id : '',
        }),
        onDone: [
          {
            guard: {
              type: 'found',
              params: ({ context, event }) => ({
                workshop:
                  event.output.workshop ??
                  (context.route.kind === 'workshop'
                    ? context.unsaved[context.route.id]
                    : undefined),
              }),
            },
            target: 'open',
            actions: {
              type: 'openLoaded',
              params: ({ event }) => ({ workshop: event.output.workshop }),
            },
          },
          { target: '#facilitator.screen.home', actions: 'noteMissing' },
        ],
        onError: {
          target: '#facilitator.screen.home',
          actions: {
            type: 'noteLoadProblem',
            params: ({ event }) => ({ error: event.error }),
          },
        },
      },
    },
    open: {
      type: 'parallel',
      states: {
        tab: {
          initial: 'choosing',
          states: {
            choosing: { always: [...TAB_TARGETS, { target: 'sessions' }] },
            sessions: {},
            dashboard: {},
            replay: {},
            compare: {},
          },
          on: {
            'facilitator.showTab': {
              target: '.choosing',
              actions: { type: 'keepTab', params: ({ event }) => ({ tab: event.tab }) },
            },
            'facilitator.replaySession': {
              target: '.choosing',
              actions: [
                { type: 'keepReplayId', params: ({ event }) => ({ id: event.id }) },
                { type: 'keepTab', params: { tab: 'replay' } },
              ],
            },
          },
        },
        intake: {
          initial: 'idle',
          states: {
            idle: {
              on: {
                'facilitator.addSessions': { target: 'checking', actions: 'startChecking' },
              },
            },
            checking: {
              invoke: {
                src: 'checkIntake',
                input: ({ context, event, self }) => ({
                  sources: (event as Extract<FacilitatorEvent, { type: 'facilitator.addSessions' }>)
                    .sources,
                  library: context.library,
                  sessions: context.workshop?.sessions ?? [],
                  parent: self,
                }),
                onDone: {
                  target: 'idle',
                  actions: [
                    {
                      type: 'addIntake',
                      params: ({ event }) => ({ report: event.output }),
                    },
                    'announceChange',
                  ],
                },
                onError: {
                  target: 'idle',
                  actions: {
                    type: 'noteIntakeProblem',
                    params: ({ event }) => ({ error: event.error }),
                  },
                },
              },
              on: {
                'intake.progress': {
                  actions: {
                    type: 'keepProgress',
                    params: ({ event }) => ({ done: event.done, total: event.total }),
                  },
                },
              },
            },
          },
        },
      },
      on: {
        'facilitator.removeSession': {
          actions: [
            { type: 'removeSession', params: ({ event }) => ({ id: event.id }) },
            'announceChange',
          ],
        },
        'facilitator.renameParticipant': {
          actions: [
            {
              type: 'renameParticipant',
              params: ({ event }) => ({ id: event.id, name: event.name }),
            },
            'announceChange',
          ],
        },
        'facilitator.setAnonymous': {
          actions: [
            {
              type: 'setAnonymous',
              params: ({ event }) => ({ anonymous: event.anonymous }),
            },
            'announceChange',
          ],
        },
        'facilitator.deleteWorkshop': { target: 'deleting' },
      },
    },
    deleting: {
      invoke: {
        src: 'deleteWorkshop',
        input: ({ context }) => ({ store: context.store!, id: context.workshop?.id ?? '' }),
        onDone: {
          target: '#facilitator.screen.home',
          actions: {
            type: 'forgetWorkshop',
            params: ({ event }) => ({ id: event.output }),
          },
        },
        onError: {
          target: 'open',
          actions: {
            type: 'noteDeleteProblem',
            params: ({ event }) => ({ error: event.error }),
          },
        },
      },
    },
  },
  on: {
    'facilitator.back': { target: 'home' },
    'facilitator.navigate': [
      {
        guard: {
          type: 'routeIsOpenWorkshop',
          params: ({ event }) => ({ route: event.route }),
        },
        target: '.open.tab.choosing',
        actions: { type: 'keepRoute', params: ({ event }) => ({ route: event.route }) },
      },
      {
        target: 'routing',
        actions: { type: 'keepRoute', params: ({ event }) => ({ route: event.route }) },
      },
    ],
  },
});
