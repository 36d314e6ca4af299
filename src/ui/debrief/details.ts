/**
 * The numbers behind the story, behind a disclosure: timing, the meters at the start and at
 * the end, the best possible run and (from the second attempt) first attempt against latest.
 * Closed by default and left off the printed report, which stays at one or two pages.
 */
import type { AttemptComparison, BestRunLine } from '../../engine/profile/compare';
import type { Profile } from '../../engine/profile/types';
import type { TimePressure } from '../../engine/run/types';
import { el, paragraph, signed } from '../kit';
import { attemptsSection, bestRunSection } from './comparisons';
import { meterLines, timingFigures } from './figures';
import { debriefSection, debriefTable } from './layout';

export function timingSection(profile: Profile, timePressure: TimePressure): HTMLElement {
  const wrapper = debriefSection('timing', 'Timing', 3);
  const figures = timingFigures(profile, timePressure);
  wrapper.append(
    debriefTable(
      'Decisions and time',
      ['Measure', 'Value'],
      [
        ['Decisions made', String(figures.decisions)],
        ['Average time per decision (seconds)', figures.averageSeconds],
        ['Decisions under time pressure', String(figures.timedDecisions)],
        ['Time ran out', String(figures.timedOut)],
      ],
    ),
    paragraph(figures.pressure, 'debrief-note'),
  );
  return wrapper;
}

export function metersSection(profile: Profile): HTMLElement | null {
  const lines = meterLines(profile);
  if (lines.length === 0) return null;
  const wrapper = debriefSection('meters', 'The business at the end', 3);
  wrapper.append(
    debriefTable(
      'Meters at the start and at the end',
      ['Meter', 'Start', 'End', 'Change'],
      lines.map((line) => [line.label, String(line.start), String(line.end), signed(line.change)]),
    ),
  );
  return wrapper;
}

export interface DetailsInput {
  profile: Profile;
  timePressure: TimePressure;
  bestRun: BestRunLine[];
  attempts: AttemptComparison | null;
}

export function detailsBlock(input: DetailsInput): HTMLElement {
  const { profile, timePressure, bestRun, attempts } = input;
  const topics = ['timing', 'meters', 'the best possible run'];
  if (attempts) topics.push('your attempts');
  const last = topics.pop();
  const block = el('details', { className: 'debrief-details' });
  block.append(
    el('summary', { text: `Details: ${topics.join(', ')} and ${last}` }),
    // Two short tables side by side on wide screens.
    el('div', { className: 'debrief-columns' }, [
      timingSection(profile, timePressure),
      metersSection(profile),
    ]),
    bestRunSection(bestRun),
  );
  if (attempts) block.append(attemptsSection(attempts));
  return block;
}
