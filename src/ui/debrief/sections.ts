/** The debrief's reading of one run: ending, archetype, key moments, principles, timing, meters. */
import { DIMENSION_NAMES } from '../../engine/profile/archetypes';
import type { Archetype } from '../../engine/profile/archetypes';
import type { Profile } from '../../engine/profile/types';
import { DIMENSIONS } from '../../engine/scenario/schema';
import type { Dimension, Scenario } from '../../engine/scenario/schema';
import type { TimePressure } from '../../engine/run/types';
import { element, list, paragraph, section, signed, table } from './dom';
import {
  OUTCOME_WORDS,
  decisionsBeforeEnding,
  keyMomentLines,
  type KeyMomentLine,
  meterLines,
  principleLines,
  timingFigures,
} from './figures';

export function endingSection(doc: Document, profile: Profile): HTMLElement {
  const wrapper = section(doc, 'ending', 'How it ended');
  const outcome = profile.ending.outcome;
  wrapper.append(
    element(doc, 'p', {
      className: `debrief-outcome debrief-outcome-${outcome}`,
      text: profile.ending.title
        ? `${OUTCOME_WORDS[outcome]}: ${profile.ending.title}`
        : OUTCOME_WORDS[outcome],
    }),
    paragraph(doc, profile.ending.text),
  );
  const leading = decisionsBeforeEnding(profile);
  if (leading.length > 0) {
    wrapper.append(element(doc, 'h3', { text: 'What led here' }));
    wrapper.append(
      list(
        doc,
        leading.map((decision) => decision.choiceText),
        true,
      ),
    );
  }
  return wrapper;
}

export function archetypeSection(doc: Document, archetype: Archetype): HTMLElement {
  const wrapper = section(doc, 'archetype', 'Your leadership pattern');
  const card = element(doc, 'article', {
    className: 'debrief-archetype-card',
    attributes: { 'data-archetype': archetype.id },
  });
  card.append(element(doc, 'h3', { text: archetype.name }), paragraph(doc, archetype.description));
  const groups: Array<[string, string[]]> = [
    ['Strengths', archetype.strengths],
    ['Blind spots', archetype.blindSpots],
    ['What to try next', archetype.tryNext],
  ];
  for (const [title, items] of groups) {
    if (items.length === 0) continue;
    card.append(element(doc, 'h4', { text: title }), list(doc, items));
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

function momentBlock(doc: Document, line: KeyMomentLine): HTMLElement {
  const { decision } = line;
  const tone = line.loweredMost.length > 0 ? 'lowered' : 'raised';
  const block = element(doc, 'div', { className: `debrief-moment debrief-moment-${tone}` });
  block.append(
    element(doc, 'h3', { className: 'debrief-choice', text: decision.choiceText }),
    element(doc, 'p', { className: 'debrief-effect', text: effectText(line) }),
    paragraph(doc, decision.feedback),
  );
  if (decision.timedOut) {
    block.append(
      paragraph(doc, 'The time ran out here, so this choice was made for you.', 'debrief-note'),
    );
  }
  const better = decision.bestAlternative;
  if (better) {
    block.append(
      element(doc, 'p', { className: 'debrief-alternative' }, [
        element(doc, 'strong', { text: 'A stronger option you had: ' }),
        element(doc, 'span', { className: 'debrief-choice', text: better.choiceText }),
      ]),
      paragraph(doc, better.feedback),
    );
  }
  return block;
}

export function keyMomentsSection(doc: Document, profile: Profile): HTMLElement {
  const wrapper = section(doc, 'moments', 'Key moments');
  const lines = keyMomentLines(profile);
  if (lines.length === 0) {
    const measured = DIMENSIONS.some(
      (dimension) => profile.dimensions[dimension].normalised !== null,
    );
    wrapper.append(
      paragraph(
        doc,
        measured
          ? 'None of your decisions moved a leadership dimension.'
          : 'This scenario does not score any leadership dimension.',
      ),
    );
  }
  for (const line of lines) wrapper.append(momentBlock(doc, line));
  return wrapper;
}

export function principlesSection(
  doc: Document,
  scenario: Scenario,
  profile: Profile,
): HTMLElement {
  const wrapper = section(doc, 'principles', 'Principles to revisit');
  const lines = principleLines(scenario, profile);
  if (lines.length === 0) {
    wrapper.append(paragraph(doc, 'No principle stood out as a gap in this run.'));
    return wrapper;
  }
  const entries = element(doc, 'dl', { className: 'debrief-principles' });
  for (const line of lines)
    entries.append(
      element(doc, 'dt', { text: line.title }),
      element(doc, 'dd', { text: line.summary }),
    );
  wrapper.append(entries);
  return wrapper;
}

export function timingSection(
  doc: Document,
  profile: Profile,
  timePressure: TimePressure,
): HTMLElement {
  const wrapper = section(doc, 'timing', 'Timing');
  const figures = timingFigures(profile, timePressure);
  wrapper.append(
    table(
      doc,
      'Decisions and time',
      ['Measure', 'Value'],
      [
        ['Decisions made', String(figures.decisions)],
        ['Average time per decision (seconds)', figures.averageSeconds],
        ['Decisions under time pressure', String(figures.timedDecisions)],
        ['Time ran out', String(figures.timedOut)],
      ],
    ),
    paragraph(doc, figures.pressure, 'debrief-note'),
  );
  return wrapper;
}

export function metersSection(doc: Document, profile: Profile): HTMLElement | null {
  const lines = meterLines(profile);
  if (lines.length === 0) return null;
  const wrapper = section(doc, 'meters', 'The business at the end');
  wrapper.append(
    table(
      doc,
      'Meters at the start and at the end',
      ['Meter', 'Start', 'End', 'Change'],
      lines.map((line) => [line.label, String(line.start), String(line.end), signed(line.change)]),
    ),
  );
  return wrapper;
}
