/**
 * Home: the workshops on this computer (listed by an invoked load), creating one, importing a
 * workshop file (read and checked by an invoked actor; a name already taken offers a merge).
 */
import { facilitatorSetup } from './machine-setup';
import type { FacilitatorEvent } from './machine-types';

export const homeState = facilitatorSetup.createStateConfig({
  entry: 'enterHome',
  initial: 'loading',
  states: {
    loading: {
      invoke: {
        src: 'listWorkshops',
        input: ({ context }) => ({ store: context.store! }),
        onDone: {
          target: 'ready',
          actions: {
            type: 'keepListed',
            params: ({ event }) => ({ stored: event.output.stored }),
          },
        },
        onError: {
          target: 'ready',
          actions: {
            type: 'keepListProblem',
            params: ({ event }) => ({ error: event.error }),
          },
        },
      },
    },
    ready: {
      on: {
        'facilitator.createWorkshop': [
          {
            guard: { type: 'hasName', params: ({ event }) => ({ name: event.name }) },
            target: '#facilitator.screen.workshop',
            actions: [
              { type: 'createWorkshop', params: ({ event }) => ({ name: event.name }) },
              'announceChange',
            ],
          },
          { actions: 'noteNameMissing' },
        ],
        'facilitator.importWorkshopFile': {
          target: 'importing',
          actions: {
            type: 'startImport',
            params: ({ event }) => ({ fileName: event.file.name }),
          },
        },
      },
    },
    importing: {
      invoke: {
        src: 'readWorkshopFile',
        input: ({ context, event }) => ({
          file: (event as Extract<FacilitatorEvent, { type: 'facilitator.importWorkshopFile' }>)
            .file,
          library: context.library,
        }),
        onDone: [
          {
            guard: {
              type: 'nameTaken',
              params: ({ event }) => ({ imported: event.output }),
            },
            target: 'offeringMerge',
            actions: {
              type: 'offerMerge',
              params: ({ event }) => ({ imported: event.output }),
            },
          },
          {
            target: '#facilitator.screen.workshop',
            actions: [
              { type: 'importAsNew', params: ({ event }) => ({ imported: event.output }) },
              'announceChange',
            ],
          },
        ],
        onError: {
          target: 'ready',
          actions: {
            type: 'noteImportProblem',
            params: ({ event }) => ({ error: event.error }),
          },
        },
      },
    },
    offeringMerge: {
      on: {
        'facilitator.mergeImport': {
          guard: 'offerStands',
          target: '#facilitator.screen.workshop',
          actions: ['mergeOffered', 'announceChange'],
        },
        'facilitator.importAsNew': {
          guard: 'offerStands',
          target: '#facilitator.screen.workshop',
          actions: ['importOffered', 'announceChange'],
        },
        'facilitator.cancelImport': { target: 'ready', actions: 'dropImport' },
      },
    },
  },
  on: {
    'facilitator.openWorkshop': {
      target: 'workshop',
      actions: { type: 'routeToWorkshop', params: ({ event }) => ({ id: event.id }) },
    },
    'facilitator.startRoom': {
      target: 'room',
      actions: {
        type: 'routeToRoom',
        params: ({ event }) => ({ scenarioId: event.scenarioId }),
      },
    },
    // facilitator.openLive and facilitator.navigate: on the screen state (machine.ts).
  },
});
