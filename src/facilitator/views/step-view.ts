/**
 * One replayed step, drawn the way the play screen draws a node (heading, speaker, text,
 * choices, meters) with no timer running, followed by what the participant did there.
 */
import { DIMENSIONS } from '../../engine/scenario/schema';
import { DIMENSION_NAMES } from '../../engine/profile/archetypes';
import { choiceScores } from '../../engine/scenario/rules';
import { el, scoresText, secondsText, signed, table } from '../../ui/kit';
import { choicesAsRead, createRunView } from '../../ui/run-view';
import type { ReplayStep } from '../replay-steps';

/** The step as the participant saw it: the same view of a run as play, read-only. */
function seenPanel(step: ReplayStep): HTMLElement {
  const { view } = step;
  const runView = createRunView({ headingLevel: 'h3', className: 'panel fac-seen' });
  const controls =
    view.kind === 'decision'
      ? choicesAsRead(view, step.taken?.choice?.id)
      : view.ending
        ? el('p', { className: 'fac-ending', text: `Ending: ${view.ending.outcome}` })
        : null;
  runView.show(view, controls);
  return runView.element;
}

function takenPanel(step: ReplayStep): HTMLElement {
  const taken = step.taken;
  const panel = el('div', { className: 'fac-what-happened' }, [
    el('h3', { text: 'What the participant did' }),
  ]);
  if (step.steppedBack) {
    panel.append(
      el('p', { text: 'Stepped back (practice): took the last decision back to choose again.' }),
    );
    return panel;
  }
  if (!taken) {
    panel.append(
      el('p', {
        text:
          step.view.kind === 'ending'
            ? 'The run ended here.'
            : 'The session stops here (the run was not finished).',
      }),
    );
    return panel;
  }
  const time = `after ${secondsText(taken.history.msTaken)}`;
  if (!taken.choice) {
    panel.append(el('p', { text: `Continued ${time}.` }));
    return panel;
  }
  const how = taken.history.timedOut ? 'Ran out of time; the timeout choice was taken' : 'Chose';
  panel.append(
    el('p', { className: 'fac-choice-made', text: `${how} ${time}: “${taken.choice.text}”` }),
  );
  const rows = taken.offered.map((choice) => [
    choice.id === taken.choice?.id ? `${choice.text} (chosen)` : choice.text,
    scoresText(choiceScores(choice)),
    choice.feedback,
  ]);
  panel.append(
    table(
      'Choices offered, with their scores and feedback',
      ['Choice', 'Scores', 'Feedback'],
      rows,
    ),
  );
  return panel;
}

function runningPanel(step: ReplayStep): HTMLElement {
  const { view } = step;
  const scores = el(
    'ul',
    { className: 'fac-running-scores', attrs: { 'aria-label': 'Running scores' } },
    DIMENSIONS.map((dimension) =>
      el('li', { text: `${DIMENSION_NAMES[dimension]}: ${signed(view.scores[dimension])}` }),
    ),
  );
  const meters = el(
    'ul',
    { className: 'meters', attrs: { 'aria-label': 'Meters' } },
    view.meters.map((meter) =>
      el('li', {
        className: 'meter',
        attrs: { 'data-meter-id': meter.id },
        text: `${meter.label}: ${meter.value}`,
      }),
    ),
  );
  meters.hidden = view.meters.length === 0;
  return el('div', { className: 'fac-running' }, [
    el('h3', { text: 'Running scores and meters' }),
    scores,
    meters,
  ]);
}

export function stepView(step: ReplayStep): HTMLElement {
  return el(
    'div',
    {
      className: 'fac-step',
      attrs: {
        'data-step': step.index,
        'data-node-id': step.context.nodeId,
        'data-scores': JSON.stringify(step.context.scores),
        'data-meters': JSON.stringify(step.context.meters),
      },
    },
    [seenPanel(step), takenPanel(step), runningPanel(step)],
  );
}
