/**
 * The consequence beat on the play screen: what followed from the decision just taken, before
 * the next scene. Assessment shows only the story (the choice, its consequence, the meters it
 * moved); practice adds the coaching (feedback, principle, score changes) and a step back.
 * Words for the screen reader are built here too, so what is heard matches what is shown.
 */
import type { Beat } from '../engine/run/beat';
import type { MeterMove } from '../engine/run/types';
import { DIMENSION_NAMES } from '../engine/profile/archetypes';
import { DIMENSIONS } from '../engine/scenario/schema';
import { button, el, signed } from './kit';

export interface BeatHandlers {
  continue(): void;
  stepBack(): void;
}

/** The meters a cause moved, as a list (empty moves draw nothing). */
export function meterMoveList(moves: readonly MeterMove[], label: string): HTMLElement | null {
  if (moves.length === 0) return null;
  return el(
    'ul',
    { className: 'meter-moves', attrs: { 'aria-label': label } },
    moves.map((move) =>
      el(
        'li',
        {
          className: move.delta > 0 ? 'meter-move meter-up' : 'meter-move meter-down',
          attrs: { 'data-meter-id': move.id, 'data-delta': move.delta },
        },
        [
          el('span', { className: 'meter-move-label', text: move.label }),
          el('span', { className: 'meter-move-delta', text: ` ${signed(move.delta)}` }),
          el('span', { className: 'meter-move-value', text: ` (now ${move.value})` }),
        ],
      ),
    ),
  );
}

/** What the assertive region says when time ran out. */
export function timeoutAnnouncement(beat: Beat): string {
  return `Time ran out. The team went with: ${beat.choiceText}`;
}

function practicePart(beat: Beat): HTMLElement | null {
  const notes = beat.practice;
  if (!notes) return null;
  return el(
    'section',
    { className: 'practice-notes', attrs: { 'aria-label': 'Practice feedback' } },
    [
      el('h3', { text: 'Feedback' }),
      el('p', { className: 'practice-feedback', text: notes.feedback }),
      notes.principle
        ? el('p', { className: 'practice-principle' }, [
            el('strong', { text: `Principle: ${notes.principle.title}. ` }),
            document.createTextNode(notes.principle.summary),
          ])
        : null,
      el(
        'ul',
        {
          className: 'practice-scores',
          attrs: { 'aria-label': 'How this choice moved your scores' },
        },
        DIMENSIONS.map((dimension) =>
          el('li', {
            attrs: { 'data-dimension': dimension },
            text: `${DIMENSION_NAMES[dimension]} ${signed(notes.scores[dimension])}`,
          }),
        ),
      ),
    ],
  );
}

export interface BeatOptions {
  canStepBack: boolean;
  /** The run ends with this decision: the button leads to the ending. */
  toEnding: boolean;
}

/** The beat drawn in the run view: the heading, the words (read politely), the controls. */
export interface BeatParts {
  heading: string;
  words: Node[];
  controls: HTMLElement;
  continueButton: HTMLButtonElement;
}

export function renderBeat(beat: Beat, options: BeatOptions, handlers: BeatHandlers): BeatParts {
  const continueButton = button(
    options.toEnding ? 'See how it ends' : 'Continue',
    handlers.continue,
    'button button-primary continue',
  );
  const stepBack =
    beat.practice && options.canStepBack
      ? button('Step back and choose again', handlers.stepBack, 'button step-back')
      : null;
  // After a timeout the assertive alert says what the team went with; the words do not repeat it.
  const words = [
    beat.timedOut
      ? null
      : el('p', { className: 'beat-choice', text: `You chose: ${beat.choiceText}` }),
    beat.consequence ? el('p', { className: 'beat-consequence', text: beat.consequence }) : null,
    meterMoveList(beat.meters, 'What moved'),
  ].filter((node): node is HTMLElement => node !== null);
  const controls = el('div', { className: 'beat' }, [
    practicePart(beat),
    el('div', { className: 'actions beat-actions' }, [continueButton, stepBack]),
  ]);
  return {
    heading: beat.timedOut ? 'Time ran out' : 'What happened',
    words,
    controls,
    continueButton,
  };
}
