/** The debrief's reading of one run: ending, archetype, key moments, principles, timing, meters. */
import { DIMENSION_NAMES } from '../../engine/profile/archetypes';
import type { Archetype } from '../../engine/profile/archetypes';
import type { Profile } from '../../engine/profile/types';
import { DIMENSIONS } from '../../engine/scenario/schema';
import type { Dimension, Scenario } from '../../engine/scenario/schema';
import type { TimePressure } from '../../engine/run/types';
import { el, list, paragraph, signed } from '../kit';
import { debriefSection, debriefTable } from './layout';
import {
  OUTCOME_WORDS,
  decisionsBeforeEnding,
  keyMomentLines,
  type KeyMomentLine,
  meterLines,
  principleLines,
  timingFigures,
} from './figures';

export function endingSection(profile: Profile): HTMLElement {
  const wrapper = debriefSection('ending', 'How it ended');
  const outcome = profile.ending.outcome;
  wrapper.append(
    el('p', {
      className: `debrief-outcome debrief-outcome-${outcome}`,
      text: profile.ending.title
        ? `${OUTCOME_WORDS[outcome]}: ${profile.ending.title}`
        : OUTCOME_WORDS[outcome],
    }),
    paragraph(profile.ending.text),
  );
  const leading = decisionsBeforeEnding(profile);
  if (leading.length > 0) {
    wrapper.append(el('h3', { text: 'What led here' }));
    wrapper.append(
      list(
        leading.map((decision) => decision.choiceText),
        true,
      ),
    );
  }
  return wrapper;
}

export function archetypeSection(archetype: Archetype): HTMLElement {
  const wrapper = debriefSection('archetype', 'Your leadership pattern');
  const card = el('article', {
    className: 'debrief-archetype-card',
    attrs: { 'data-archetype': archetype.id },
  });
  card.append(el('h3', { text: archetype.name }), paragraph(archetype.description));
  const groups: Array<[string, string[]]> = [
    ['Strengths', archetype.strengths],
    ['Blind spots', archetype.blindSpots],
    ['What to try next', archetype.tryNext],
  ];
  for (const [title, items] of groups) {
    if (items.length === 0) continue;
    card.append(el('h4', { text: title }), list(items));
  }
  wrapper.append(card);
  return wrapper;
}

function namesOf(dimensions: Dimension[]): string {
  const names = dimensions.map((dimension) => DIMENSION_NAMES[dimension].toLowerCase());
  if (names.length < 2) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** What the moment did, e.g. "Raised customer focus and empowerment the most." */
function effectText(line: KeyMomentLine): string {
  const parts: string[] = [];
  if (line.raisedMost.length > 0) parts.push(`raised ${namesOf(line.raisedMost)} the most`);
  if (line.loweredMost.length > 0) parts.push(`lowered ${namesOf(line.loweredMost)} the most`);
  const sentence = parts.join('; it ');
  return `This decision ${sentence}.`;
}

function momentBlock(line: KeyMomentLine): HTMLElement {
  const { decision } = line;
  const tone = line.loweredMost.length > 0 ? 'lowered' : 'raised';
  const block = el('div', { className: `debrief-moment debrief-moment-${tone}` });
  block.append(
    el('h3', { className: 'debrief-choice', text: decision.choiceText }),
    el('p', { className: 'debrief-effect', text: effectText(line) }),
    paragraph(decision.feedback),
  );
  if (decision.timedOut) {
    block.append(
      paragraph('The time ran out here, so this choice was made for you.', 'debrief-note'),
    );
  }
  const better = decision.bestAlternative;
  if (better) {
    block.append(
      el('p', { className: 'debrief-alternative' }, [
        el('strong', { text: 'A stronger option you had: ' }),
        el('span', { className: 'debrief-choice', text: better.choiceText }),
      ]),
      paragraph(better.feedback),
    );
  }
  return block;
}

export function keyMomentsSection(profile: Profile): HTMLElement {
  const wrapper = debriefSection('moments', 'Key moments');
  const lines = keyMomentLines(profile);
  if (lines.length === 0) {
    const measured = DIMENSIONS.some(
      (dimension) => profile.dimensions[dimension].normalised !== null,
    );
    wrapper.append(
      paragraph(
        measured
          ? 'None of your decisions moved a leadership dimension.'
          : 'This scenario does not score any leadership dimension.',
      ),
    );
  }
  for (const line of lines) wrapper.append(momentBlock(line));
  return wrapper;
}

export function principlesSection(scenario: Scenario, profile: Profile): HTMLElement {
  const wrapper = debriefSection('principles', 'Principles to revisit');
  const lines = principleLines(scenario, profile);
  if (lines.length === 0) {
    wrapper.append(paragraph('No principle stood out as a gap in this run.'));
    return wrapper;
  }
  const entries = el('dl', { className: 'debrief-principles' });
  for (const line of lines)
    entries.append(el('dt', { text: line.title }), el('dd', { text: line.summary }));
  wrapper.append(entries);
  return wrapper;
}

export function timingSection(profile: Profile, timePressure: TimePressure): HTMLElement {
  const wrapper = debriefSection('timing', 'Timing');
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
  const wrapper = debriefSection('meters', 'The business at the end');
  wrapper.append(
    debriefTable(
      'Meters at the start and at the end',
      ['Meter', 'Start', 'End', 'Change'],
      lines.map((line) => [line.label, String(line.start), String(line.end), signed(line.change)]),
    ),
  );
  return wrapper;
}
