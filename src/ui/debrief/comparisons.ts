/** The debrief's comparisons: against the best possible run, and first attempt versus latest. */
import { DIMENSION_NAMES } from '../../engine/profile/archetypes';
import type { AttemptComparison, BestRunLine } from '../../engine/profile/compare';
import { el, list, paragraph, signed } from '../kit';
import { debriefSection, debriefTable } from './layout';
import { NOT_MEASURED, OUTCOME_WORDS, scoreText } from './figures';

export function bestRunSection(lines: BestRunLine[]): HTMLElement {
  const wrapper = debriefSection('best-run', 'Compared with the best possible run', 3);
  wrapper.append(
    paragraph(
      'On each dimension, 100 is the highest score any complete run of this scenario can reach. The gap is how far your run was from it.',
    ),
    debriefTable(
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
    const details = el('details', { className: 'debrief-best-path' });
    details.append(
      el('summary', {
        text: `One run that reaches 100 on ${DIMENSION_NAMES[line.dimension].toLowerCase()}`,
      }),
      list(line.bestRunChoices, true),
    );
    wrapper.append(details);
  }
  return wrapper;
}

export function attemptsSection(comparison: AttemptComparison): HTMLElement {
  const wrapper = debriefSection('attempts', 'Your first attempt and this one', 3);
  wrapper.append(
    paragraph(
      `You have finished this scenario ${comparison.attempts} times. First attempt compared with the latest:`,
    ),
    debriefTable(
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
      `Ending: ${OUTCOME_WORDS[comparison.firstOutcome].toLowerCase()} the first time, ${OUTCOME_WORDS[comparison.latestOutcome].toLowerCase()} this time.`,
    ),
  );
  return wrapper;
}
