import { describe, expect, it } from 'vitest';
import {
  csvCell,
  decisionRows,
  decisionsCsv,
  DECISION_HEADER,
  SESSION_HEADER,
  sessionRows,
  sessionsCsv,
  toCsv,
} from '../../../src/facilitator/csv';
import { cohortFixture, fixtureLogs } from '../../fixtures/facilitator/fixture';
import { entriesOf } from './helpers';

/** A small RFC 4180 reader, to check the writer round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] as string;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      index += 1;
    } else cell += char;
  }
  return rows;
}

describe('csvCell', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    for (const risky of ['=SUM(A1)', '+1', '-2+3', '@cmd', '\tx', '\rx']) {
      expect(csvCell(risky).replace(/^"/, '').startsWith("'")).toBe(true);
    }
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
  });

  it('writes numbers as numbers, including negative scores', () => {
    expect(csvCell(-2)).toBe('-2');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(true)).toBe('yes');
  });

  it('ends every row with CRLF', () => {
    expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('a,b\r\n1,x\r\n');
  });
});

describe('workshop CSV exports', () => {
  const entries = entriesOf([cohortFixture], fixtureLogs());

  it('has one sessions row per session, with its ending and scores', () => {
    const rows = parseCsv(sessionsCsv(entries));
    expect(rows[0]).toEqual([...SESSION_HEADER]);
    expect(rows).toHaveLength(1 + 5);
    const column = (name: string) =>
      SESSION_HEADER.indexOf(name as (typeof SESSION_HEADER)[number]);
    expect(rows.slice(1).map((row) => row[column('alias')])).toEqual([
      'Ana',
      'Participant 2',
      'Chen',
      'Participant 4',
      'Eve',
    ]);
    expect(rows[1]?.[column('ending')]).toBe('end-good');
    expect(rows[2]?.[column('raw_customerFocus')]).toBe('-1');
    expect(rows[3]?.[column('score_customerFocus')]).toBe('67');
    expect(rows[5]?.[column('finished')]).toBe('no');
    expect(rows[5]?.[column('ending')]).toBe('');
    expect(sessionRows(entries)).toHaveLength(5);
  });

  it('has one decisions row per decision taken, with the choice text quoted and defused', () => {
    const rows = parseCsv(decisionsCsv(entries));
    expect(rows[0]).toEqual([...DECISION_HEADER]);
    // Decisions taken: 2 + 2 + 1 + 2 + 1.
    expect(rows).toHaveLength(1 + 8);
    expect(decisionRows(entries)).toHaveLength(8);
    const column = (name: string) =>
      DECISION_HEADER.indexOf(name as (typeof DECISION_HEADER)[number]);
    const escalate = rows.find((row) => row[column('choice')] === 'escalate');
    expect(escalate?.[column('choice_text')]).toBe('\'=Escalate, to "the boss"');
    const timedOut = rows.filter((row) => row[column('timed_out')] === 'yes');
    expect(timedOut).toHaveLength(1);
    expect(timedOut[0]?.[column('alias')]).toBe('Participant 4');
    expect(timedOut[0]?.[column('participant')]).toBe('4');
  });

  it('writes whole milliseconds, never a timer fraction', () => {
    const [log] = fixtureLogs();
    const fractional = {
      ...log!,
      inputs: log!.inputs.map((input, index) => ({
        ...input,
        at: input.at + 0.0999999 * (index + 1),
      })),
    };
    const [entry] = entriesOf([cohortFixture], [fractional]);
    const sessions = parseCsv(sessionsCsv([entry!]));
    const total = sessions[1]?.[SESSION_HEADER.indexOf('total_ms')];
    expect(total).toBe(String(Math.round(entry!.final.now)));
    expect(total).toMatch(/^\d+$/);
    const decisions = parseCsv(decisionsCsv([entry!]));
    for (const row of decisions.slice(1))
      expect(row[DECISION_HEADER.indexOf('ms_taken')]).toMatch(/^\d+$/);
  });
});
