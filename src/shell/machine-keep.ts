/**
 * The shell's states that keep runs from being lost: a scenario or track with an unfinished run
 * offers Resume or Start over (and Start over asks first); before a run is played the shell
 * checks that no other tab is playing it (and offers to take it over); a tab whose run was
 * taken over by another stops and says so. Spread into the shell statechart (machine.ts).
 */
import { claimKey } from './kept-choice';
import { shellSetup } from './setup';

/** The title's and the list's loading: what they show about kept runs, then the screen. */
export const loadingKeptRuns = shellSetup.createStateConfig({
  tags: ['busy'],
  invoke: {
    id: 'kept',
    src: 'loadKept',
    input: ({ context }) => ({ store: context.deps.store }),
    onDone: {
      target: 'ready',
      actions: { type: 'takeKept', params: ({ event }) => event.output },
    },
    // Nothing known about kept runs still leaves the screen usable.
    onError: { target: 'ready' },
  },
});

export const keepStates = {
  /** The picked scenario or track has an unfinished run: resume it, or start over. */
  unfinished: shellSetup.createStateConfig({
    on: {
      'ui.resume': { target: 'claiming', actions: 'intendResume' },
      'ui.startOver': { target: 'confirmStartOver' },
      'ui.back': { target: 'list' },
    },
  }),
  /** Starting over drops the unfinished run: asked once more, then its briefing opens. */
  confirmStartOver: shellSetup.createStateConfig({
    on: {
      'ui.confirmStartOver': {
        target: 'opening',
        actions: ['restartChosenRun', 'forgetChosenRun'],
      },
      'ui.back': { target: 'unfinished' },
    },
  }),
  /** Is another tab playing this run right now? */
  claiming: shellSetup.createStateConfig({
    tags: ['busy'],
    invoke: {
      id: 'claim',
      src: 'checkClaim',
      input: ({ context }) => ({ claims: context.deps.claims, key: claimKey(context) }),
      onDone: [
        {
          guard: { type: 'heldElsewhere', params: ({ event }) => event.output },
          target: 'heldElsewhere',
        },
        { guard: 'intendsResume', target: 'resuming' },
        { target: 'playing', actions: 'startFresh' },
      ],
      // Not knowing is not a reason to stop the player: the store's owner check still holds.
      onError: [
        { guard: 'intendsResume', target: 'resuming' },
        { target: 'playing', actions: 'startFresh' },
      ],
    },
  }),
  /** Another tab plays this run: take it over here (that tab stops saving), or go back. */
  heldElsewhere: shellSetup.createStateConfig({
    on: {
      'ui.takeOver': [
        { guard: 'intendsResume', target: 'resuming', actions: 'takeOverRun' },
        { target: 'playing', actions: ['takeOverRun', 'startFresh'] },
      ],
      'ui.back': { target: 'list' },
    },
  }),
  /** This tab's run was taken over by another tab: it saves nothing more. */
  takenOver: shellSetup.createStateConfig({
    on: { 'ui.back': { target: 'title' } },
  }),
};
