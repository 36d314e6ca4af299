import { describe, expect, it } from 'vitest';
import { createSessionLog } from '../../../src/engine/session/log';
import { replay, sessionResult } from '../../../src/engine/session/replay';
import type { SessionInput, SessionLog } from '../../../src/engine/session/types';
import { refundScenario } from '../run/fixtures';

const scenario = refundScenario();

function logWith(inputs: SessionInput[], extra: Partial<SessionLog> = {}): SessionLog {
  const log = createSessionLog(scenario, {
    seed: 5,
    startedAt: '2025-01-01T00:00:00Z',
    timePressure: 'normal',
  });
  return { ...log, inputs, ...extra };
}

/** intro → budget (refer-up) → escalate timed out → sad-end. */
const timedOutRun: SessionInput[] = [
  { type: 'continue', at: 1000 },
  { type: 'choose', choiceId: 'refer-up', at: 3000 },
  { type: 'timeout', at: 13_000 },
];
const timedOutResult = {
  endingId: 'sad-end',
  outcome: 'negative' as const,
  rawScores: { customerFocus: -2, adaptability: -2, empowerment: -3 },
};

function failure(log: SessionLog) {
  const outcome = replay(scenario, log);
  if (outcome.ok) throw new Error('expected the replay to fail');
  return outcome;
}

describe('replay', () => {
  it('rebuilds one context per input plus the initial one, and the result', () => {
    const outcome = replay(scenario, logWith(timedOutRun, { result: timedOutResult }));
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.snapshots.map((context) => context.nodeId)).toEqual([
      'intro',
      'budget',
      'escalate',
      'sad-end',
    ]);
    expect(outcome.final).toBe(outcome.snapshots.at(-1));
    expect(outcome.ended).toBe(true);
    expect(outcome.hashMatches).toBe(true);
    expect(outcome.final.history.at(-1)).toMatchObject({
      choiceId: 'wait',
      timedOut: true,
      msTaken: 10_000,
    });
    expect(sessionResult(outcome.final)).toEqual(timedOutResult);
  });

  it('replays a run that has not ended yet', () => {
    const outcome = replay(scenario, logWith(timedOutRun.slice(0, 2)));
    expect(outcome.ok && !outcome.ended && outcome.final.nodeId === 'escalate').toBe(true);
  });

  it('flags a changed scenario without refusing the replay', () => {
    const outcome = replay(scenario, logWith(timedOutRun, { scenarioHash: '0000000000000000' }));
    expect(outcome.ok && outcome.hashMatches).toBe(false);
    expect(outcome.ok).toBe(true);
  });

  it('refuses a log of another format, version or scenario', () => {
    expect(failure({ ...logWith([]), format: 'x' } as unknown as SessionLog).message).toMatch(
      /not a session log/,
    );
    expect(failure({ ...logWith([]), version: 3 } as unknown as SessionLog).message).toMatch(
      /not a session log/,
    );
    expect(failure(logWith([], { scenarioId: 'other' })).message).toBe(
      'This session log belongs to scenario "other", not "refund-test".',
    );
  });

  it.each([
    [
      'an unknown choice',
      [timedOutRun[0]!, { type: 'choose', choiceId: 'nope', at: 2000 }],
      1,
      /"nope", which decision "budget" does not have/,
    ],
    [
      'a choice not offered',
      [timedOutRun[0]!, { type: 'choose', choiceId: 'hidden', at: 2000 }],
      1,
      /"hidden".*was not offered/,
    ],
    [
      'a choice where none is asked',
      [{ type: 'choose', choiceId: 'act', at: 10 }],
      0,
      /not a decision/,
    ],
    [
      'continue at a decision',
      [timedOutRun[0]!, { type: 'continue', at: 2000 }],
      1,
      /had to choose/,
    ],
    [
      'a timeout at an untimed node',
      [timedOutRun[0]!, { type: 'timeout', at: 90_000 }],
      1,
      /no time limit/,
    ],
    [
      'a timeout before the deadline',
      [...timedOutRun.slice(0, 2), { type: 'timeout', at: 12_999 }],
      2,
      /before its time limit ran out/,
    ],
    [
      'a choice after the deadline',
      [...timedOutRun.slice(0, 2), { type: 'choose', choiceId: 'act', at: 13_000 }],
      2,
      /after its time limit/,
    ],
    [
      'an input after the end',
      [...timedOutRun, { type: 'continue', at: 20_000 }],
      3,
      /after the run had already ended/,
    ],
    [
      'time going backwards',
      [timedOutRun[0]!, { type: 'choose', choiceId: 'refer-up', at: 999 }],
      1,
      /goes back/,
    ],
  ] as Array<[string, SessionInput[], number, RegExp]>)(
    'refuses %s, naming the input',
    (_name, inputs, index, message) => {
      const outcome = failure(logWith(inputs));
      expect(outcome.atInput).toBe(index);
      expect(outcome.message).toMatch(message);
      expect(outcome.message).toContain(`input ${index + 1}`);
    },
  );

  it('refuses a result that does not match the replay (tampered)', () => {
    const tamperedScores = {
      ...timedOutResult,
      rawScores: { ...timedOutResult.rawScores, empowerment: 3 },
    };
    expect(failure(logWith(timedOutRun, { result: tamperedScores })).message).toMatch(
      /changed after the run/,
    );
    const tamperedEnding = {
      ...timedOutResult,
      endingId: 'happy-end',
      outcome: 'positive' as const,
    };
    expect(failure(logWith(timedOutRun, { result: tamperedEnding })).message).toMatch(
      /changed after the run/,
    );
    expect(failure(logWith(timedOutRun.slice(0, 2), { result: timedOutResult })).message).toMatch(
      /do not finish the run/,
    );
  });

  it('reports a scenario that cannot be played instead of throwing', () => {
    const broken = {
      ...scenario,
      nodes: {
        ...scenario.nodes,
        intro: { kind: 'narrative' as const, text: 'x', next: 'missing' },
      },
    };
    const outcome = replay(broken, logWith([{ type: 'continue', at: 1 }]));
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.message).toMatch(/cannot be played.*missing/);
  });
});

describe('sessionResult', () => {
  it('is undefined until the run reaches an ending', () => {
    const outcome = replay(scenario, logWith([]));
    expect(outcome.ok && sessionResult(outcome.final)).toBeUndefined();
  });
});
