/**
 * The cohort dashboard for one scenario: who took part and how they did, the spread of each
 * dimension, the endings, and how the room split at every decision.
 */
import type { Scenario } from '../../engine/scenario/schema';
import { DIMENSIONS } from '../../engine/scenario/schema';
import { DIMENSION_NAMES } from '../../engine/profile/archetypes';
import { aggregateCohort, type CohortSummary } from '../aggregate';
import { barChart } from '../../ui/kit';
import { decisionsCsv, sessionsCsv } from '../csv';
import {
  button,
  el,
  labelled,
  oneDecimal,
  plural,
  selectOf,
  sideScrolling,
  table,
} from '../../ui/kit';
import { downloadText } from '../../services/download';
import type { CohortEntry } from '../types';
import { decisionPanel } from './decision-panel';
import { openProjector } from './projector';

const OUTCOME_COLOUR = {
  positive: 'var(--positive)',
  mixed: 'var(--mixed)',
  negative: 'var(--negative)',
} as const;

/** An ending's title; an untitled one by its outcome, never its internal id. */
function endingName(ending: { title?: string; outcome: string }): string {
  return ending.title ?? `An untitled ${ending.outcome} ending`;
}

function participantsTable(summary: CohortSummary): HTMLTableElement {
  const rows = summary.participants.map((row) => [
    row.alias + (row.scenarioChanged ? ' (recorded on an older version of the scenario)' : ''),
    row.ending ? `${endingName(row.ending)} (${row.ending.outcome})` : 'Not finished',
    ...DIMENSIONS.map((dimension) => {
      const value = row.scores?.[dimension];
      return value === null || value === undefined ? '–' : value;
    }),
    row.archetype ?? '–',
  ]);
  return table(
    'Participants',
    ['Participant', 'Ending', ...DIMENSIONS.map((d) => DIMENSION_NAMES[d]), 'Archetype'],
    rows,
    {
      rowHeaders: true,
      rowData: summary.participants.map((row) => ({ participant: String(row.participant) })),
    },
  );
}

function dimensionsTable(summary: CohortSummary): HTMLTableElement {
  const rows = DIMENSIONS.map((dimension) => {
    const spread = summary.dimensions[dimension];
    if (spread.count === 0)
      return [DIMENSION_NAMES[dimension], 'Not measured by this scenario', '–', '–', '–'];
    return [
      DIMENSION_NAMES[dimension],
      oneDecimal(spread.mean),
      `${spread.min}–${spread.max}`,
      oneDecimal(spread.sd),
      spread.count,
    ];
  });
  return table(
    'Scores out of 100 across finished sessions',
    ['Dimension', 'Average', 'Range (min–max)', 'Standard deviation', 'Sessions'],
    rows,
  );
}

function endingsSection(summary: CohortSummary): HTMLElement {
  const bars = summary.endings.map((ending) => ({
    label: `${endingName(ending)} (${ending.outcome})`,
    value: ending.count,
    colour: OUTCOME_COLOUR[ending.outcome],
    valueText: `${ending.count} (${Math.round((100 * ending.count) / Math.max(1, summary.finished))}%)`,
  }));
  return el('section', { className: 'fac-section' }, [
    el('h3', { text: 'Endings' }),
    el('figure', { className: 'fac-figure' }, [
      barChart('Endings reached', bars, { className: 'fac-chart' }),
    ]),
    sideScrolling(
      table(
        'Endings reached',
        ['Ending', 'Outcome', 'Sessions'],
        summary.endings.map((e) => [endingName(e), e.outcome, e.count]),
      ),
    ),
  ]);
}

function exportButtons(entries: readonly CohortEntry[], anonymous: boolean): HTMLElement {
  return el('div', { className: 'fac-exports' }, [
    el('div', { className: 'fac-actions' }, [
      button(
        'Download sessions.csv',
        () => downloadText('sessions.csv', sessionsCsv(entries), 'text/csv'),
        'button',
      ),
      button(
        'Download decisions.csv',
        () => downloadText('decisions.csv', decisionsCsv(entries), 'text/csv'),
        'button',
      ),
    ]),
    el('p', {
      className: 'fac-muted',
      text: anonymous
        ? 'The files name participants as the screen does: “Participant 1”, “Participant 2”… (anonymous view).'
        : 'The files name participants as the screen does; turn on the anonymous view for files without names.',
    }),
  ]);
}

function scenarioDashboard(
  scenario: Scenario,
  entries: readonly CohortEntry[],
  anonymous: boolean,
): HTMLElement {
  const summary = aggregateCohort(scenario, entries);
  const mine = entries.filter((entry) => entry.log.scenarioId === scenario.id);
  const counts = el('p', {
    className: 'fac-counts',
    text: `${plural(summary.sessions, 'session')}, ${summary.finished} finished.`,
    attrs: { 'data-sessions': summary.sessions, 'data-finished': summary.finished },
  });
  const projector = button(
    'Projector view',
    () => openProjector(scenario.title, summary, { anonymous }),
    'button button-primary',
  );
  projector.disabled = summary.decisions.length === 0;
  return el('div', { className: 'fac-dashboard', attrs: { 'data-scenario-id': scenario.id } }, [
    counts,
    el('div', { className: 'fac-actions' }, [projector]),
    exportButtons(mine, anonymous),
    el('section', { className: 'fac-section' }, [
      el('h3', { text: 'Participants' }),
      sideScrolling(participantsTable(summary)),
    ]),
    el('section', { className: 'fac-section' }, [
      el('h3', { text: 'Scores' }),
      sideScrolling(dimensionsTable(summary)),
    ]),
    endingsSection(summary),
    el('section', { className: 'fac-section' }, [
      el('h3', { text: 'Decisions' }),
      ...summary.decisions.map((decision) => decisionPanel(decision, 'h3')),
    ]),
  ]);
}

/** The dashboard tab: one scenario at a time (a workshop may mix several). */
export function renderDashboard(
  host: HTMLElement,
  entries: readonly CohortEntry[],
  anonymous = false,
): void {
  const scenarios = new Map<string, Scenario>();
  for (const entry of entries) scenarios.set(entry.scenario.id, entry.scenario);
  if (scenarios.size === 0) {
    host.replaceChildren(
      el('p', { text: 'No sessions yet: add session files or result codes first.' }),
    );
    return;
  }
  const options = [...scenarios.values()].map((scenario) => ({
    value: scenario.id,
    text: scenario.title,
  }));
  const picker = selectOf(options);
  const body = el('div');
  const show = () => {
    const scenario = scenarios.get(picker.value) ?? [...scenarios.values()][0];
    if (scenario) body.replaceChildren(scenarioDashboard(scenario, entries, anonymous));
  };
  picker.addEventListener('change', show);
  host.replaceChildren(labelled('Scenario', picker), body);
  show();
}
