/**
 * CSV exports of a workshop: `sessions.csv` (one row per session) and `decisions.csv` (one row
 * per decision taken). RFC 4180 quoting, and text cells that a spreadsheet would run as a
 * formula (starting with = + - @, or a tab / carriage return) get a leading apostrophe.
 * Numbers stay numbers: a score of -2 is data, not a formula.
 */
import { DIMENSIONS } from '../engine/scenario/schema';
import { choiceScores } from '../engine/scenario/rules';
import { wholeMs } from '../ui/kit/format';
import type { CohortEntry } from './types';

export type CsvCell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** Rows joined with CRLF, as RFC 4180 asks; a final line break so tools read the last row. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export const SESSION_HEADER = [
  'session',
  'participant',
  'alias',
  'scenario',
  'scenario_title',
  'seed',
  'started_at',
  'time_pressure',
  'finished',
  'ending',
  'outcome',
  ...DIMENSIONS.map((dimension) => `raw_${dimension}`),
  ...DIMENSIONS.map((dimension) => `score_${dimension}`),
  'archetype',
  'decisions',
  'total_ms',
  'scenario_changed',
  'source',
] as const;

export function sessionRows(entries: readonly CohortEntry[]): CsvCell[][] {
  return entries.map((entry) => {
    const endingNode = entry.ended ? entry.scenario.nodes[entry.final.nodeId] : undefined;
    return [
      entry.id,
      entry.participant,
      entry.alias,
      entry.scenario.id,
      entry.scenario.title,
      entry.log.seed,
      entry.log.startedAt,
      entry.log.timePressure,
      entry.ended,
      entry.ended ? entry.final.nodeId : null,
      endingNode?.kind === 'ending' ? endingNode.outcome : null,
      ...DIMENSIONS.map((dimension) => entry.final.scores[dimension]),
      ...DIMENSIONS.map((dimension) => entry.scores?.[dimension] ?? null),
      entry.archetype?.name ?? null,
      entry.final.history.filter((step) => step.kind === 'decision').length,
      wholeMs(entry.final.now),
      entry.scenarioChanged,
      entry.source,
    ];
  });
}

export const DECISION_HEADER = [
  'session',
  'participant',
  'alias',
  'scenario',
  'step',
  'decision',
  'decision_title',
  'choice',
  'choice_text',
  ...DIMENSIONS.map((dimension) => `score_${dimension}`),
  'ms_taken',
  'timed_out',
  'room_votes',
] as const;

export function decisionRows(entries: readonly CohortEntry[]): CsvCell[][] {
  const rows: CsvCell[][] = [];
  for (const entry of entries) {
    let decisionIndex = 0;
    for (const step of entry.final.history) {
      if (step.kind !== 'decision' || step.choiceId === undefined) continue;
      const node = entry.scenario.nodes[step.nodeId];
      const choice =
        node?.kind === 'decision' ? node.choices.find((c) => c.id === step.choiceId) : undefined;
      const scores = choice ? choiceScores(choice) : null;
      const votes = entry.log.roomVotes?.[decisionIndex];
      decisionIndex += 1;
      rows.push([
        entry.id,
        entry.participant,
        entry.alias,
        entry.scenario.id,
        decisionIndex,
        step.nodeId,
        node?.title ?? null,
        step.choiceId,
        choice?.text ?? null,
        ...DIMENSIONS.map((dimension) => scores?.[dimension] ?? null),
        wholeMs(step.msTaken),
        step.timedOut,
        votes
          ? Object.entries(votes)
              .map(([id, count]) => `${id}: ${count}`)
              .join('; ')
          : null,
      ]);
    }
  }
  return rows;
}

export function sessionsCsv(entries: readonly CohortEntry[]): string {
  return toCsv(SESSION_HEADER, sessionRows(entries));
}

export function decisionsCsv(entries: readonly CohortEntry[]): string {
  return toCsv(DECISION_HEADER, decisionRows(entries));
}
