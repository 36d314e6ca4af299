/**
 * Saving, apart from where the facilitator is: changed workshops wait in `unsaved` and are
 * written one after another; a copy changed while it was being written is written again; a
 * failure keeps what was not written (on screen and in `unsaved`) and tries again on the next
 * change or when asked.
 */
import { facilitatorSetup } from './machine-setup';

export const persistenceState = facilitatorSetup.createStateConfig({
  initial: 'idle',
  states: {
    idle: {
      always: { guard: 'hasUnsaved', target: 'saving' },
      on: { 'workshop.changed': { guard: 'hasUnsaved', target: 'saving' } },
    },
    saving: {
      invoke: {
        src: 'saveWorkshops',
        input: ({ context }) => ({
          store: context.store!,
          workshops: Object.values(context.unsaved),
        }),
        onDone: {
          target: 'idle',
          actions: { type: 'markSaved', params: ({ event }) => ({ written: event.output }) },
        },
        onError: {
          target: 'failed',
          actions: { type: 'keepSaveProblem', params: ({ event }) => ({ error: event.error }) },
        },
      },
    },
    failed: {
      on: {
        'facilitator.retrySave': { guard: 'hasUnsaved', target: 'saving' },
        'workshop.changed': { guard: 'hasUnsaved', target: 'saving' },
      },
    },
  },
});
