/**
 * A run on screen, in solo play and in a live room alike: a node takes the player's inputs, and
 * after a decision (or a timeout) its consequence beat is read before the next node, the run's
 * clock standing still until the player continues or, in practice, steps back.
 */
import { shellSetup } from './setup';

/** The `step` and `beat` states of a run; `ended` is where the run's end leads. */
export function stepAndBeatStates(ended: string) {
  return {
    /** A node is on screen and takes the player's inputs. */
    step: shellSetup.createStateConfig({
      on: {
        'run.step': [
          { guard: 'stepHasBeat', target: 'beat', actions: 'takeStep' },
          { actions: 'takeStep' },
        ],
        'run.ended': { target: ended, actions: 'takeEnded' },
        'ui.choose': { actions: 'forwardChoice' },
        'ui.continue': { actions: 'forwardContinue' },
      },
    }),
    /** What followed from the decision just taken (or that time ran out), before the next node. */
    beat: shellSetup.createStateConfig({
      on: {
        'run.step': [
          { guard: 'stepHasBeat', target: 'beat', actions: 'takeStep' },
          { target: 'step', actions: 'takeStep' },
        ],
        // The decision led to the ending: the beat is read first, then the ending.
        'run.ended': { actions: 'takeEnded' },
        'ui.continue': [
          { guard: 'runFinished', target: ended, actions: 'closeBeat' },
          { target: 'step', actions: ['closeBeat', 'forwardBeatClosed'] },
        ],
        'ui.stepBack': { guard: 'mayStepBack', actions: 'forwardBack' },
      },
    }),
  };
}
