import { describe, expect, it } from 'vitest';
import { encodeResultCode } from '../../../src/engine/session/result-code';
import {
  checkSubmissions,
  pastedSubmissions,
  readSubmission,
  sessionKey,
} from '../../../src/facilitator/intake';
import { cohortOf } from '../../../src/facilitator/cohort';
import { MAX_PASTE_CHARACTERS } from '../../../src/facilitator/limits';
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
    expect(readSubmission('[{"format":"leadership-sim-session"}]')).toMatchObject({
      ok: false,
      message: expect.stringContaining('a list, not a session file'),
    });
    expect(readSubmission('{"format": "leadership-sim-workshop", "version": 1}')).toMatchObject({
      ok: false,
      message: expect.stringContaining('This is a workshop file'),
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
    expect(report.rejected[2]?.reason).toBe(
      'This session belongs to scenario “Cohort fixture”, but its file names a scenario this game does not have (“not-in-library”).',
    );
    expect(report.rejected[3]?.reason).toBe(
      'This session cannot be replayed on “Cohort fixture”. At the decision “First call” it records a choice this decision does not have.',
    );
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

describe('reasons a facilitator understands', () => {
  const logs = fixtureLogs();
  const reasonFor = (log: unknown) =>
    checkSubmissions([{ source: 'x', text: JSON.stringify(log) }], library, new Map()).rejected[0]
      ?.reason;

  it('names the decision by its title and the choice by its text, never ids or input numbers', () => {
    const late = {
      ...logs[1]!,
      result: undefined,
      inputs: [logs[1]!.inputs[0]!, { type: 'choose', choiceId: 'escalate', at: 999_999 }],
    };
    const reason = reasonFor(late)!;
    expect(reason).toBe(
      'This session cannot be replayed on “Cohort fixture”. At the decision “First call” it records the choice “=Escalate, to "the boss"” after the time limit had run out.',
    );
    expect(reason).not.toMatch(/input \d|"escalate"|first/);
    const skipped = {
      ...logs[1]!,
      result: undefined,
      inputs: [logs[1]!.inputs[0]!, { type: 'continue', at: 2000 }],
    };
    expect(reasonFor(skipped)).toContain(
      'At the decision “First call” it moves on without a choice.',
    );
  });

  it('says which scenario a session belongs to when its file names another', () => {
    // Another library scenario whose first decision has other choices.
    const first = cohortFixture.nodes.first as Extract<
      (typeof cohortFixture.nodes)[string],
      { kind: 'decision' }
    >;
    const other = {
      ...cohortFixture,
      id: 'other-one',
      title: 'Another one',
      nodes: {
        ...cohortFixture.nodes,
        first: {
          ...first,
          choices: first.choices.map((choice) => ({ ...choice, id: `x-${choice.id}` })),
          timeoutChoice: `x-${first.timeoutChoice}`,
        },
      },
    };
    const both = libraryOf(cohortFixture, other);
    const moved = { ...logs[0]!, scenarioId: 'other-one' };
    const report = checkSubmissions(
      [{ source: 'm', text: JSON.stringify(moved) }],
      both,
      new Map(),
    );
    expect(report.rejected[0]?.reason).toBe(
      'This session belongs to scenario “Cohort fixture”, not “Another one”: its file names the wrong scenario.',
    );
  });
});

describe('pastedSubmissions', () => {
  const [first, second] = fixtureLogs().map((log) => encodeResultCode(log));

  it('finds every code in an email or chat and names each by its line', () => {
    const text = `Hi,\n[10:42] Anna Berg: ${first}\n> ${second!.slice(0, 70)}\n> ${second!.slice(70)}\n`;
    expect(pastedSubmissions(text)).toEqual({
      items: [
        { source: 'Pasted code 1 (line 2)', text: first },
        { source: 'Pasted code 2 (line 3)', text: second },
      ],
      rejected: [],
    });
  });

  it('takes a pasted session file as one item, and says when nothing is there', () => {
    expect(pastedSubmissions('  {"format":"x"}  ').items).toEqual([
      { source: 'Pasted session file', text: '{"format":"x"}' },
    ]);
    expect(pastedSubmissions('   ')).toEqual({ items: [], rejected: [] });
    expect(pastedSubmissions('see you tomorrow').rejected[0]?.reason).toContain(
      'No result code was found',
    );
  });

  it('refuses a paste over the limit without looking inside it', () => {
    const huge = 'x'.repeat(MAX_PASTE_CHARACTERS + 1);
    expect(pastedSubmissions(huge).rejected[0]?.reason).toContain('over the limit of 1,000,000');
  });
});

describe('cohortOf', () => {
  it('replays stored sessions and reports the ones that no longer replay', () => {
    const logs = fixtureLogs();
    const cohort = cohortOf(
      stored([...logs, { ...logs[0]!, scenarioId: 'gone', scenarioHash: 'x' }]),
      library,
    );
    expect(cohort.entries).toHaveLength(5);
    expect(cohort.unusable).toEqual([
      {
        id: 's6',
        source: 'Ana (file-6.json)',
        reason:
          'This session belongs to scenario “gone”, which is not in this version of the game.',
      },
    ]);
    expect(cohort.entries[0]).toMatchObject({
      alias: 'Ana',
      participant: 1,
      ended: true,
      scenarioChanged: false,
    });
    expect(cohort.entries[1]).toMatchObject({ alias: 'Participant 2' });
    expect(cohort.entries[0]?.profile?.ending.nodeId).toBe('end-good');
    expect(cohort.entries[4]).toMatchObject({ ended: false, profile: null, scores: null });
  });

  it('shows labels only in the anonymous view', () => {
    const cohort = cohortOf(stored(fixtureLogs()), library, true);
    expect(cohort.entries.map((entry) => entry.alias)).toEqual([
      'Participant 1',
      'Participant 2',
      'Participant 3',
      'Participant 4',
      'Participant 5',
    ]);
  });
});
