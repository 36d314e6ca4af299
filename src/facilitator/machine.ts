/**
 * The facilitator area as one statechart: home (the workshops on this computer, import, room
 * play), a workshop (sessions, dashboard, replay, compare), room play. Loads and saves are
 * invoked promise actors: leaving a place stops its actor, so a late result never lands on a
 * screen the facilitator has left. Workshops are never changed in place: every change makes a
 * new workshop, shown at once and queued for the store by the `persistence` region, which keeps
 * the last stored copy of each so a failed write can say exactly what was and was not kept.
 */
import { facilitatorSetup } from './machine-setup';
import { homeState } from './machine-home';
import { workshopState } from './machine-workshop';
import { persistenceState } from './machine-persistence';
import { HOME_ROUTE } from './route';

export const facilitatorMachine = facilitatorSetup.createMachine({
  id: 'facilitator',
  type: 'parallel',
  context: ({ input }) => ({
    deps: input.deps,
    route: input.initialRoute ?? HOME_ROUTE,
    library: new Map(),
    scenarios: [],
    store: null,
    storage: { mode: 'browser', problem: null },
    workshops: [],
    listProblem: null,
    workshop: null,
    unsaved: {},
    saved: {},
    saveProblem: null,
    intake: { kind: 'idle' },
    importStatus: { kind: 'idle' },
    roomKeep: { kind: 'none' },
    replayId: null,
    notice: null,
    startProblem: null,
    live: null,
  }),
  states: {
    screen: {
      initial: 'starting',
      states: {
        starting: {
          invoke: {
            src: 'startUp',
            input: ({ context }) => ({ deps: context.deps }),
            onDone: {
              target: 'routing',
              actions: { type: 'keepStart', params: ({ event }) => ({ started: event.output }) },
            },
            onError: {
              target: 'broken',
              actions: {
                type: 'keepStartProblem',
                params: ({ event }) => ({ error: event.error }),
              },
            },
          },
          on: {
            'facilitator.navigate': {
              actions: { type: 'keepRoute', params: ({ event }) => ({ route: event.route }) },
            },
          },
        },
        routing: {
          always: [
            { guard: 'routeIsWorkshop', target: 'workshop' },
            { guard: 'routeIsRoom', target: 'room' },
            { guard: 'routeIsLive', target: 'live' },
            { target: 'home' },
          ],
        },
        home: homeState,
        workshop: workshopState,
        room: {
          invoke: {
            src: 'listWorkshops',
            input: ({ context }) => ({ store: context.store! }),
            onDone: {
              actions: {
                type: 'keepListed',
                params: ({ event }) => ({ stored: event.output.stored }),
              },
            },
            onError: {
              actions: { type: 'keepListProblem', params: ({ event }) => ({ error: event.error }) },
            },
          },
          on: {
            'facilitator.back': { target: 'home' },
            'facilitator.openWorkshop': {
              target: 'workshop',
              actions: { type: 'routeToWorkshop', params: ({ event }) => ({ id: event.id }) },
            },
            'room.keep': {
              actions: [
                { type: 'keepRoomRun', params: ({ event }) => ({ request: event.request }) },
                'announceChange',
              ],
            },
          },
        },
        /** A live room (its own machine, in the view: src/facilitator/live-room-machine.ts). */
        live: {
          on: { 'facilitator.back': { target: 'home' } },
        },
        broken: {},
      },
      // Every screen but the start (which keeps the route for later) and an open workshop
      // (which may only switch tabs) goes through routing for a new address or a live room.
      on: {
        'facilitator.openLive': {
          target: '.routing',
          actions: { type: 'routeToLive', params: ({ event }) => ({ roomId: event.roomId }) },
        },
        'facilitator.navigate': {
          target: '.routing',
          actions: { type: 'keepRoute', params: ({ event }) => ({ route: event.route }) },
        },
      },
    },
    persistence: persistenceState,
  },
});
