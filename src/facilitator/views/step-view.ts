/**
 * One replayed step, drawn the way the play screen draws a node (heading, speaker, text,
 * choices, meters) with no timer running, followed by what the participant did there.
 */
import { DIMENSIONS } from '../../engine/scenario/schema';
import { DIMENSION_NAMES } from '../../engine/profile/archetypes';
import { choiceScores } from '../../engine/scenario/rules';
import type { NodeView } from '../../engine/run/types';
import { el, scoresText, secondsText, signed, table } from '../../ui/kit';
import type { ReplayStep } from '../replay-steps';

/** The same heading rule as the play screen, so a replay reads like the run did. */
function nodeHeading(view: NodeView): string {
  if (view.title) return view.title;
  if (view.kind === 'decision') return 'Your decision';
  if (view.kind === 'event') return 'Something happens';
  if (view.kind === 'ending') return 'The end';
  return view.speaker ? view.speaker.name : 'What happens next';
}

function seenPanel(step: ReplayStep): HTMLElement {
  const { view } = step;
  const takenId = step.taken?.choice?.id;
  const panel = el('div', { className: 'panel fac-seen' }, [
    el('h3', { className: 'node-heading', text: nodeHeading(view) }),
  ]);
  if (view.speaker)
    panel.append(
      el('p', { className: 'speaker', text: `${view.speaker.name}, ${view.speaker.role}` }),
    );
  panel.append(el('p', { className: 'node-text', text: view.text }));
  if (view.outcomeText)
    panel.append(el('p', { className: 'outcome-text', text: view.outcomeText }));
  if (view.ending)
    panel.append(el('p', { className: 'fac-ending', text: `Ending: ${view.ending.outcome}` }));
  if (view.kind === 'decision') {
    const choices = view.choices.map((choice) =>
      el(
        'li',
        {
          className: choice.id === takenId ? 'choice fac-taken' : 'choice',
          attrs: { 'data-choice-id': choice.id },
        },
        [
          el('span', { className: 'choice-number', text: String(choice.number) }),
          el('span', { text: choice.text }),
          choice.id === takenId
            ? el('strong', { className: 'fac-taken-mark', text: ' (chosen)' })
            : null,
        ],
      ),
    );
    panel.append(
      el(
        'ol',
        { className: 'choices fac-choices', attrs: { 'aria-label': 'Choices offered' } },
        choices,
      ),
    );
  }
  return panel;
}

function takenPanel(step: ReplayStep): HTMLElement {
  const taken = step.taken;
  const panel = el('div', { className: 'fac-what-happened' }, [
    el('h3', { text: 'What the participant did' }),
  ]);
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
