/** One decision's room split: the chart, the numbers, each choice's scores and feedback. */
import { barChart } from '../../ui/kit';
import { el, plural, scoresText, secondsText, sideScrolling, table } from '../../ui/kit';
import type { DecisionSummary } from '../aggregate';

/** The decision's title, or the start of its text: never its internal id. */
export function decisionHeading(decision: DecisionSummary): string {
  if (decision.title) return decision.title;
  const text = decision.text.replace(/\s+/g, ' ').trim();
  return text.length > 60 ? `${text.slice(0, 60).trimEnd()}…` : text;
}

export function decisionFacts(decision: DecisionSummary): string {
  const timed = decision.timedOut > 0 ? `, ${decision.timedOut} ran out of time` : '';
  return `Reached by ${plural(decision.reached, 'person', 'people')}, decided by ${decision.decided}${timed}. Median time to decide: ${secondsText(decision.medianMs)}.`;
}

/** One colour per choice position, from the palette's custom properties. */
const CHOICE_COLOURS = ['coral', 'teal', 'gold', 'violet', 'positive', 'mixed'];

export function splitChart(decision: DecisionSummary, large = false): HTMLElement {
  return barChart(
    `How the room split at ${decisionHeading(decision)}`,
    decision.choices.map((choice, index) => ({
      label: choice.text,
      value: choice.count,
      valueText: `${choice.count} (${Math.round(choice.share * 100)}%)`,
      colour: `var(--${CHOICE_COLOURS[index % CHOICE_COLOURS.length]})`,
    })),
    { className: large ? 'fac-chart fac-chart-large' : 'fac-chart' },
  );
}

export function splitTable(decision: DecisionSummary): HTMLTableElement {
  return table(
    `Choices at ${decisionHeading(decision)}`,
    ['Choice', 'People', 'Share', 'Scores', 'Feedback'],
    decision.choices.map((choice) => [
      choice.text,
      choice.count,
      `${Math.round(choice.share * 100)}%`,
      scoresText(choice.scores),
      choice.feedback,
    ]),
  );
}

export function decisionPanel(
  decision: DecisionSummary,
  headingLevel: 'h3' | 'h2' = 'h3',
): HTMLElement {
  return el(
    'section',
    {
      className: 'fac-decision',
      attrs: { 'data-node-id': decision.nodeId, 'data-reached': decision.reached },
    },
    [
      el(headingLevel, { text: decisionHeading(decision) }),
      el('p', { className: 'fac-decision-text', text: decision.text }),
      el('p', { className: 'fac-muted', text: decisionFacts(decision) }),
      el('figure', { className: 'fac-figure' }, [splitChart(decision)]),
      // Five columns do not fit a phone: the table scrolls, not the page.
      sideScrolling(splitTable(decision)),
    ],
  );
}
