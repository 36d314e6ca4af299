/**
 * One view of a run's current step, used by play, room play and replay alike: the heading,
 * the speaker, the narration (the node's text and a drawn event outcome) and a slot for the
 * controls — choice buttons (play), a vote form (room play) or the choices as read (replay).
 * Every word goes in as text.
 */
import type { NodeView } from '../engine/run/types';
import { el } from './kit';
import { meterMoveList } from './beat';

export interface RunViewOptions {
  /** The heading of a decision without a title of its own ("Your decision", "The room decides"). */
  decisionHeading?: string;
  headingLevel?: 'h2' | 'h3';
  /** Read narration aloud as it changes (play); replay and projector views stay quiet. */
  live?: boolean;
  className?: string;
  label?: string;
}

/** The one heading rule: the node's title, else a word for what kind of step it is. */
export function nodeHeading(view: NodeView, decisionHeading = 'Your decision'): string {
  if (view.title) return view.title;
  if (view.kind === 'decision') return decisionHeading;
  if (view.kind === 'event') return 'Something happens';
  if (view.kind === 'ending') return 'The end';
  return view.speaker ? view.speaker.name : 'What happens next';
}

export interface RunView {
  /** The panel: put it on the page once, then call `show` for every step. */
  element: HTMLElement;
  heading: HTMLElement;
  /** Draws the step; `controls` goes into the controls slot (null empties it). */
  show(view: NodeView, controls: Node | null): void;
  /**
   * Draws a moment between steps (the consequence beat): its own heading, words in the
   * narration (read out politely in play) and controls.
   */
  showMoment(
    moment: { nodeId: string; kind: string; heading: string },
    words: Node[],
    controls: Node | null,
  ): void;
}

export function createRunView(options: RunViewOptions = {}): RunView {
  const heading = el(options.headingLevel ?? 'h2', {
    className: 'node-heading',
    attrs: { tabindex: '-1' },
  });
  const speaker = el('p', { className: 'speaker' });
  const narration = el('section', {
    className: 'narration',
    attrs: {
      'aria-label': 'Narration',
      ...(options.live ? { 'aria-live': 'polite', 'aria-atomic': 'true' } : {}),
    },
  });
  const slot = el('div', { className: 'controls' });
  const element = el(
    'section',
    {
      className: options.className ?? 'panel',
      attrs: options.label ? { 'aria-label': options.label } : {},
    },
    [heading, speaker, narration, slot],
  );
  return {
    element,
    heading,
    show(view, controls) {
      element.dataset.nodeId = view.nodeId;
      element.dataset.nodeKind = view.kind;
      heading.textContent = nodeHeading(view, options.decisionHeading);
      speaker.textContent = view.speaker ? `${view.speaker.name}, ${view.speaker.role}` : '';
      speaker.hidden = !view.speaker;
      narration.replaceChildren(el('p', { className: 'node-text', text: view.text }));
      if (view.outcomeText)
        narration.append(el('p', { className: 'outcome-text', text: view.outcomeText }));
      const moved = meterMoveList(view.outcomeMeters ?? [], 'What moved');
      if (moved) narration.append(moved);
      slot.replaceChildren(...(controls ? [controls] : []));
    },
    showMoment(moment, words, controls) {
      element.dataset.nodeId = moment.nodeId;
      element.dataset.nodeKind = moment.kind;
      heading.textContent = moment.heading;
      speaker.textContent = '';
      speaker.hidden = true;
      narration.replaceChildren(...words);
      slot.replaceChildren(...(controls ? [controls] : []));
    },
  };
}

/** Play's controls at a decision: one numbered button per offered choice (keys 1–6). */
export function choiceButtons(view: NodeView, onChoose: (choiceId: string) => void): HTMLElement {
  return numberedChoices(view.choices, `Choices (press 1 to ${view.choices.length})`, onChoose);
}

/** The one way choices are drawn as buttons: numbered, the number in its own mark. */
export function numberedChoices(
  choices: ReadonlyArray<{ id: string; number: number; text: string }>,
  label: string,
  onChoose: (choiceId: string) => void,
): HTMLElement {
  return el(
    'ol',
    { className: 'choices', attrs: { 'aria-label': label } },
    choices.map((choice) =>
      el('li', {}, [
        el(
          'button',
          {
            className: 'choice',
            attrs: { type: 'button', 'data-choice-id': choice.id },
            on: { click: () => onChoose(choice.id) },
          },
          [
            el('span', { className: 'choice-number', text: String(choice.number) }),
            el('span', { text: choice.text }),
          ],
        ),
      ]),
    ),
  );
}

/** Replay's controls: the choices as they were offered, the one taken marked. */
export function choicesAsRead(view: NodeView, takenId: string | undefined): HTMLElement {
  return el(
    'ol',
    { className: 'choices choices-read', attrs: { 'aria-label': 'Choices offered' } },
    view.choices.map((choice) =>
      el(
        'li',
        {
          className: choice.id === takenId ? 'choice choice-taken' : 'choice',
          attrs: { 'data-choice-id': choice.id },
        },
        [
          el('span', { className: 'choice-number', text: String(choice.number) }),
          el('span', { text: choice.text }),
          choice.id === takenId
            ? el('strong', { className: 'taken-mark', text: ' (chosen)' })
            : null,
        ],
      ),
    ),
  );
}
