/**
 * Room play: the facilitator runs a scenario on the projector and, at each decision, types in
 * how many people in the room backed each choice. The majority goes on (the facilitator breaks
 * a tie); the run is untimed (a room discussion is not a race) and records the split.
 */
import type { Scenario } from '../../engine/scenario/schema';
import type { Scoring } from '../../engine/profile/types';
import type { NodeView } from '../../engine/run/types';
import { startLiveRun, type LiveRun } from '../../engine/session/live-run';
import type { SessionLog } from '../../engine/session/types';
import { button, el, labelled } from '../../ui/kit';
import { createRunView } from '../../ui/run-view';
import { randomSeed } from '../../services/random';
import { parseVoteCount, resolveVotes } from '../room-votes';
import { renderRoomEnd } from './room-end';
import type { RoomKeepOptions } from './room-keep-panel';

export interface RoomPlayOptions {
  scenario: Scenario;
  scoring: Scoring;
  /** Offers "Keep this run in a workshop" at the end when given. */
  keep?: RoomKeepOptions;
  onEnded?: (log: SessionLog) => void;
  onExit: () => void;
}

type VoteBox = { choiceId: string; input: HTMLInputElement; field: HTMLElement };
type Votes = Record<string, number>;

function voteInputs(view: NodeView): VoteBox[] {
  return view.choices.map((choice) => {
    const input = el('input', {
      attrs: { type: 'number', min: 0, step: 1, inputmode: 'numeric', value: '0' },
    });
    return {
      choiceId: choice.id,
      input,
      field: labelled(`Votes for ${choice.number}: ${choice.text}`, input, 'field fac-vote'),
    };
  });
}

/** What the typed counts decide: a choice, a tie for the facilitator, or what to fix first. */
type Tally =
  | { kind: 'problem'; message: string }
  | { kind: 'winner'; choiceId: string; votes: Votes }
  | { kind: 'tie'; tied: NodeView['choices']; votes: Votes };

function tally(view: NodeView, boxes: readonly VoteBox[]): Tally {
  const counts = boxes.map((box) => ({
    choiceId: box.choiceId,
    count: parseVoteCount(box.input.value),
  }));
  if (counts.some((entry) => entry.count === null))
    return { kind: 'problem', message: 'Each vote count must be a whole number, 0 or more.' };
  const whole = counts.map((entry) => ({ choiceId: entry.choiceId, count: entry.count as number }));
  const votes = Object.fromEntries(whole.map((entry) => [entry.choiceId, entry.count]));
  const outcome = resolveVotes(whole);
  if (outcome.kind === 'no-votes') return { kind: 'problem', message: 'Enter at least one vote.' };
  if (outcome.kind === 'winner') return { kind: 'winner', choiceId: outcome.choiceId, votes };
  const tied = view.choices.filter((choice) => outcome.choiceIds.includes(choice.id));
  return { kind: 'tie', tied, votes };
}

/** The vote form of one decision; `onTally` gets what the counts decide. */
function voteForm(view: NodeView, onTally: (result: Tally) => void): HTMLFormElement {
  const boxes = voteInputs(view);
  const form = el('form', { className: 'fac-votes', attrs: { 'aria-label': 'Room votes' } }, [
    ...boxes.map((box) => box.field),
    el('button', {
      className: 'button button-primary',
      text: "Go with the room's majority",
      attrs: { type: 'submit' },
    }),
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    onTally(tally(view, boxes));
  });
  return form;
}

/** The facilitator's pick among `choices` (a tie, or a vote nobody cast), one button each. */
export function pickButtons(choices: NodeView['choices'], decide: (id: string) => void) {
  return el(
    'div',
    { className: 'fac-actions fac-tie' },
    choices.map((choice) =>
      button(
        `Facilitator picks ${choice.number}: ${choice.text}`,
        () => decide(choice.id),
        'button',
      ),
    ),
  );
}

function startRoomRun(scenario: Scenario): { run: LiveRun; at: () => number } {
  const run = startLiveRun(scenario, {
    seed: randomSeed(),
    timePressure: 'off',
    startedAt: new Date().toISOString(),
    alias: 'The room',
  });
  const startedMs = performance.now();
  const at = () => Math.max(run.context().now, Math.round(performance.now() - startedMs));
  return { run, at };
}

/** The room's panel: the scenario's name, the run's view, a status line and a way out. */
function roomPanel(
  scenario: Scenario,
  runView: HTMLElement,
  message: HTMLElement,
  stop: () => void,
) {
  return el('section', { className: 'fac-room' }, [
    el('p', { className: 'fac-room-scenario', text: `Room play: ${scenario.title}` }),
    runView,
    message,
    button('Stop room play', stop, 'button button-quiet'),
  ]);
}

/**
 * What a tally does: a problem is said, a winner is taken, a tie puts the facilitator's pick
 * buttons under the form (replacing those of an earlier tie).
 */
function tallyHandler(
  controls: HTMLElement,
  message: HTMLElement,
  decide: (choiceId: string, votes: Votes) => void,
) {
  return (result: Tally): void => {
    controls.querySelector('.fac-tie')?.remove();
    if (result.kind === 'problem') message.textContent = result.message;
    else if (result.kind === 'winner') decide(result.choiceId, result.votes);
    else {
      const numbers = result.tied.map((choice) => choice.number).join(' and ');
      message.textContent = `A tie between ${numbers}: the facilitator picks.`;
      controls.append(pickButtons(result.tied, (id) => decide(id, result.votes)));
    }
  };
}

export function renderRoomPlay(host: HTMLElement, options: RoomPlayOptions): () => void {
  const { scenario } = options;
  const { run, at } = startRoomRun(scenario);
  const roomVotes: Votes[] = [];
  const runView = createRunView({
    decisionHeading: 'The room decides',
    className: 'fac-room-step',
  });
  const controls = el('div', { className: 'fac-room-controls' });
  const message = el('p', { className: 'fac-message', attrs: { role: 'status' } });
  const panel = roomPanel(scenario, runView.element, message, () => {
    run.stop();
    options.onExit();
  });
  host.replaceChildren(panel);

  const decide = (choiceId: string, votes: Votes): void => {
    if (!run.choose(choiceId, at())) {
      message.textContent = 'That choice could not be taken; try again.';
      return;
    }
    roomVotes.push(votes);
    show();
  };
  const onTally = tallyHandler(controls, message, decide);
  const end = (): void => {
    const log: SessionLog = { ...run.log(), roomVotes };
    run.stop();
    options.onEnded?.(log);
    renderRoomEnd(host, { scenario, scoring: options.scoring }, log, options.onExit, options.keep);
  };
  function show(): void {
    if (run.ended()) return end();
    const view = run.view();
    message.textContent = '';
    panel.dataset.nodeId = view.nodeId;
    panel.dataset.nodeKind = view.kind;
    runView.show(view, controls);
    if (view.kind === 'decision') controls.replaceChildren(voteForm(view, onTally));
    else
      controls.replaceChildren(
        button('Continue', () => run.continue(at()) && show(), 'button button-primary'),
      );
    runView.heading.focus();
  }

  show();
  return () => run.stop();
}
