/** The debrief's comparisons: against the best possible run, and first attempt versus latest. */
import { DIMENSION_NAMES } from '../../engine/profile/archetypes';
import type { AttemptComparison, BestRunLine } from '../../engine/profile/compare';
import { element, list, paragraph, section, signed, table } from './dom';
import { NOT_MEASURED, OUTCOME_WORDS, scoreText } from './figures';

export function bestRunSection(doc: Document, lines: BestRunLine[]): HTMLElement {
  const wrapper = section(doc, 'best-run', 'Compared with the best possible run');
  wrapper.append(
    paragraph(
      doc,
      'On each dimension, 100 is the highest score any complete run of this scenario can reach. The gap is how far your run was from it.',
    ),
    table(
      doc,
      'Your score and the best possible run',
      ['Dimension', 'You', 'Best run', 'Gap'],
      lines.map((line) => [
        DIMENSION_NAMES[line.dimension],
        scoreText(line.score),
        line.best === null ? NOT_MEASURED : String(line.best),
        line.gap === null ? '—' : String(line.gap),
      ]),
    ),
  );
  for (const line of lines) {
    if (line.gap === null || line.gap === 0 || line.bestRunChoices.length === 0) continue;
    const details = element(doc, 'details', { className: 'debrief-best-path' });
    details.append(
      element(doc, 'summary', {
        text: `One run that reaches 100 on ${DIMENSION_NAMES[line.dimension].toLowerCase()}`,
      }),
      list(doc, line.bestRunChoices, true),
    );
    wrapper.append(details);
  }
  return wrapper;
}

export function attemptsSection(doc: Document, comparison: AttemptComparison): HTMLElement {
  const wrapper = section(doc, 'attempts', 'Your first attempt and this one');
  wrapper.append(
    paragraph(
      doc,
      `You have finished this scenario ${comparison.attempts} times. First attempt compared with the latest:`,
    ),
    table(
      doc,
      'First attempt and latest attempt',
      ['Dimension', 'First', 'Latest', 'Difference'],
      comparison.lines.map((line) => [
        DIMENSION_NAMES[line.dimension],
        scoreText(line.first),
        scoreText(line.latest),
        line.difference === null ? '—' : signed(line.difference),
      ]),
    ),
    paragraph(
      doc,
      `Ending: ${OUTCOME_WORDS[comparison.firstOutcome].toLowerCase()} the first time, ${OUTCOME_WORDS[comparison.latestOutcome].toLowerCase()} this time.`,
    ),
  );
  return wrapper;
}
