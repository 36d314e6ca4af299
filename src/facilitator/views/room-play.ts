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

function voteInputs(
  view: NodeView,
): Array<{ choiceId: string; input: HTMLInputElement; field: HTMLElement }> {
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

export function renderRoomPlay(host: HTMLElement, options: RoomPlayOptions): () => void {
  const { scenario } = options;
  const run: LiveRun = startLiveRun(scenario, {
    seed: randomSeed(),
    timePressure: 'off',
    startedAt: new Date().toISOString(),
    alias: 'The room',
  });
  const roomVotes: Array<Record<string, number>> = [];
  const startedMs = performance.now();
  const at = () => Math.max(run.context().now, Math.round(performance.now() - startedMs));
  const runView = createRunView({
    decisionHeading: 'The room decides',
    className: 'fac-room-step',
  });
  const controls = el('div', { className: 'fac-room-controls' });
  const message = el('p', { className: 'fac-message', attrs: { role: 'status' } });
  const panel = el('section', { className: 'fac-room' }, [
    el('p', { className: 'fac-room-scenario', text: `Room play: ${scenario.title}` }),
    runView.element,
    message,
    button('Stop room play', () => finish(), 'button button-quiet'),
  ]);
  host.replaceChildren(panel);

  function finish(): void {
    run.stop();
    options.onExit();
  }

  function decide(choiceId: string, votes: Record<string, number>): void {
    if (!run.choose(choiceId, at())) {
      message.textContent = 'That choice could not be taken; try again.';
      return;
    }
    roomVotes.push(votes);
    show();
  }

  function tally(view: NodeView, boxes: ReturnType<typeof voteInputs>): void {
    const counts = boxes.map((box) => ({
      choiceId: box.choiceId,
      count: parseVoteCount(box.input.value),
    }));
    if (counts.some((entry) => entry.count === null)) {
      message.textContent = 'Each vote count must be a whole number, 0 or more.';
      return;
    }
    const votes = Object.fromEntries(
      counts.map((entry) => [entry.choiceId, entry.count as number]),
    );
    const outcome = resolveVotes(
      counts.map((entry) => ({ choiceId: entry.choiceId, count: entry.count as number })),
    );
    if (outcome.kind === 'no-votes') {
      message.textContent = 'Enter at least one vote.';
      return;
    }
    if (outcome.kind === 'winner') return decide(outcome.choiceId, votes);
    const tied = view.choices.filter((choice) => outcome.choiceIds.includes(choice.id));
    message.textContent = `A tie between ${tied.map((choice) => choice.number).join(' and ')}: the facilitator picks.`;
    controls.append(
      el(
        'div',
        { className: 'fac-actions fac-tie' },
        tied.map((choice) =>
          button(
            `Facilitator picks ${choice.number}: ${choice.text}`,
            () => decide(choice.id, votes),
            'button',
          ),
        ),
      ),
    );
  }

  function showDecision(view: NodeView): void {
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
      controls.querySelector('.fac-tie')?.remove();
      tally(view, boxes);
    });
    controls.replaceChildren(form);
  }

  function show(): void {
    const view = run.view();
    message.textContent = '';
    if (run.ended()) {
      const log: SessionLog = { ...run.log(), roomVotes };
      run.stop();
      options.onEnded?.(log);
      renderRoomEnd(
        host,
        { scenario, scoring: options.scoring },
        log,
        options.onExit,
        options.keep,
      );
      return;
    }
    panel.dataset.nodeId = view.nodeId;
    panel.dataset.nodeKind = view.kind;
    runView.show(view, controls);
    if (view.kind === 'decision') showDecision(view);
    else
      controls.replaceChildren(
        button('Continue', () => run.continue(at()) && show(), 'button button-primary'),
      );
    runView.heading.focus();
  }

  show();
  return () => run.stop();
}
