/**
 * A run on screen, in solo play and in a live room alike: a node takes the player's inputs, and
 * after a decision (or a timeout) its consequence beat is read before the next node, the run's
 * clock standing still until the player continues or, in practice, steps back.
 */
import type { RunContext } from '../engine/run/types';
import type { SessionLog } from '../engine/session/types';
import type { PlayableScenario } from '../services/library-types';
import type { DebriefRequest } from './loaders';
import { shellSetup } from './setup';
import type { ShellContext } from './types';

/** What the debrief of the run just finished needs (solo play and a live room alike). */
export function finishedRunDebrief({ context }: { context: ShellContext }): DebriefRequest {
  return {
    playable: context.playable as PlayableScenario,
    log: context.finished?.log as SessionLog,
    context: context.finished?.context as RunContext,
    store: context.deps.store,
  };
}

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
