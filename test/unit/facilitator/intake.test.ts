import { describe, expect, it } from 'vitest';
import { encodeResultCode } from '../../../src/engine/session/result-code';
import {
  buildCohort,
  checkSubmissions,
  readSubmission,
  sessionKey,
  splitPastedCodes,
} from '../../../src/facilitator/intake';
import { cohortFixture, fixtureLogs } from '../../fixtures/facilitator/fixture';
import { stored } from './helpers';
import { libraryOf } from '../../support/library';

const library = libraryOf(cohortFixture);

describe('readSubmission', () => {
  it('reads session files and result codes alike', () => {
    const [log] = fixtureLogs();
    expect(readSubmission(JSON.stringify(log))).toMatchObject({ ok: true, log });
    expect(readSubmission(`  ${encodeResultCode(log!)}\n`)).toMatchObject({ ok: true, log });
  });

  it('says plainly what anything else is', () => {
    expect(readSubmission('')).toEqual({ ok: false, message: 'The file is empty.' });
    expect(readSubmission('hello')).toMatchObject({
      ok: false,
      message: expect.stringContaining('neither a session file'),
    });
    expect(readSubmission('{"format":"x"}')).toMatchObject({
      ok: false,
      message: expect.stringContaining('not a session log'),
    });
  });
});

describe('checkSubmissions', () => {
  const logs = fixtureLogs();

  it('checks each item on its own: good ones load, bad ones get a reason', () => {
    const tampered = {
      ...logs[0]!,
      result: {
        ...logs[0]!.result!,
        rawScores: { customerFocus: 9, adaptability: 0, empowerment: 0 },
      },
    };
    const stranger = { ...logs[1]!, scenarioId: 'not-in-library' };
    const notOffered = {
      ...logs[2]!,
      inputs: [
        { type: 'continue', at: 1 },
        { type: 'choose', choiceId: 'nope', at: 2 },
      ],
    };
    const report = checkSubmissions(
      [
        { source: 'good.json', text: JSON.stringify(logs[3]) },
        { source: 'broken.json', text: '{ not json' },
        { source: 'tampered.json', text: JSON.stringify(tampered) },
        { source: 'stranger.json', text: JSON.stringify(stranger) },
        { source: 'not-offered.json', text: JSON.stringify(notOffered) },
        { source: 'code', text: encodeResultCode(logs[4]!) },
      ],
      library,
      new Map(),
    );
    expect(report.accepted.map((item) => item.source)).toEqual(['good.json', 'code']);
    expect(report.rejected.map((item) => item.source)).toEqual([
      'broken.json',
      'tampered.json',
      'stranger.json',
      'not-offered.json',
    ]);
    expect(report.rejected[0]?.reason).toContain('not valid JSON');
    expect(report.rejected[1]?.reason).toContain('changed after the run');
    expect(report.rejected[2]?.reason).toContain('"not-in-library"');
    expect(report.rejected[3]?.reason).toContain('"nope"');
  });

  it('notices duplicates: same scenario, seed and inputs, in the batch or already kept', () => {
    const renamed = { ...logs[0]!, alias: 'Someone else', startedAt: '2030-01-01T00:00:00.000Z' };
    const report = checkSubmissions(
      [
        { source: 'a.json', text: JSON.stringify(logs[0]) },
        { source: 'a-copy.json', text: JSON.stringify(renamed) },
        { source: 'b.json', text: JSON.stringify(logs[1]) },
      ],
      library,
      new Map([[sessionKey(logs[1]!), 'earlier.json']]),
    );
    expect(report.accepted.map((item) => item.source)).toEqual(['a.json']);
    expect(report.duplicates).toEqual([
      { source: 'a-copy.json', sameAs: 'a.json' },
      { source: 'b.json', sameAs: 'earlier.json' },
    ]);
  });

  it('flags sessions recorded against different scenario content, but loads them', () => {
    const older = { ...logs[0]!, scenarioHash: '0000000000000000' };
    const report = checkSubmissions(
      [{ source: 'old.json', text: JSON.stringify(older) }],
      library,
      new Map(),
    );
    expect(report.accepted).toHaveLength(1);
    expect(report.accepted[0]).toMatchObject({
      source: 'old.json',
      log: older,
      scenarioChanged: true,
      replayed: { ok: true, ended: true },
    });
    expect(
      checkSubmissions([{ source: 'new.json', text: JSON.stringify(logs[0]) }], library, new Map())
        .accepted[0]?.scenarioChanged,
    ).toBe(false);
  });
});

describe('splitPastedCodes', () => {
  it('takes one code per non-empty line and names it by line', () => {
    expect(splitPastedCodes('A\r\n\n  B  \n')).toEqual([
      { source: 'Pasted code on line 1', text: 'A' },
      { source: 'Pasted code on line 3', text: 'B' },
    ]);
  });
});

describe('buildCohort', () => {
  it('replays stored sessions and reports the ones that no longer replay', () => {
    const logs = fixtureLogs();
    const cohort = buildCohort(stored([...logs, { ...logs[0]!, scenarioId: 'gone' }]), library);
    expect(cohort.entries).toHaveLength(5);
    expect(cohort.unusable).toEqual([
      { source: 'file-6.json', reason: 'Scenario "gone" is not in this library.' },
    ]);
    expect(cohort.entries[0]).toMatchObject({ alias: 'Ana', ended: true, scenarioChanged: false });
    expect(cohort.entries[0]?.profile?.ending.nodeId).toBe('end-good');
    expect(cohort.entries[4]).toMatchObject({ ended: false, profile: null, scores: null });
  });
});
