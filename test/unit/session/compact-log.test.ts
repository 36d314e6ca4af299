import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decodeResumeState,
  encodeResumeState,
  type ResumeState,
} from '../../../src/engine/session/compact-log';
import {
  canonicalIsoToMs,
  CompactReader,
  CompactWriter,
  msToIso,
} from '../../../src/engine/session/compact-text';
import { hashScenario } from '../../../src/engine/session/hash';
import type { SessionInput, SessionLog } from '../../../src/engine/session/types';
import { refundScenario } from '../run/fixtures';

const scenario = refundScenario();
const lookup = (id: string) => (id === scenario.id ? scenario : undefined);

function logOf(inputs: SessionInput[], extra: Partial<SessionLog> = {}): SessionLog {
  return {
    format: 'leadership-sim-session',
    version: 1,
    scenarioId: scenario.id,
    scenarioHash: hashScenario(scenario),
    seed: 11,
    startedAt: '2026-12-01T09:00:00.000Z',
    timePressure: 'normal',
    inputs,
    ...extra,
  };
}

const played = logOf([
  { type: 'continue', at: 3000 },
  { type: 'choose', choiceId: 'refer-up', at: 9000.25 },
  { type: 'timeout', at: 19000.25 },
]);

const inputArbitrary: fc.Arbitrary<SessionInput> = fc.oneof(
  fc.record({ type: fc.constant('continue' as const), at: fc.double({ min: 0, noNaN: true }) }),
  fc.record({ type: fc.constant('timeout' as const), at: fc.nat() }),
  fc.record({
    type: fc.constant('choose' as const),
    choiceId: fc.oneof(
      fc.constantFrom('use-budget', 'refer-up', 'act', 'wait'),
      fc.string({ minLength: 1 }),
    ),
    at: fc.oneof(fc.nat({ max: 3_600_000 }), fc.double({ min: 0, max: 1e7, noNaN: true })),
  }),
);

const logArbitrary: fc.Arbitrary<SessionLog> = fc
  .record({
    scenarioId: fc.oneof(fc.constant(scenario.id), fc.string()),
    scenarioHash: fc.oneof(fc.constant(hashScenario(scenario)), fc.string()),
    seed: fc.oneof(fc.integer(), fc.nat({ max: 2 ** 32 }), fc.constant(Number.MAX_SAFE_INTEGER)),
    startedAt: fc.oneof(
      fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
      fc.string(),
    ),
    timePressure: fc.constantFrom('normal' as const, 'off' as const, 'double' as const),
    alias: fc.option(fc.string({ unit: 'grapheme' }), { nil: undefined }),
    inputs: fc.array(inputArbitrary, { maxLength: 30 }),
    result: fc.option(
      fc.record({
        endingId: fc.string(),
        outcome: fc.constantFrom('positive' as const, 'mixed' as const, 'negative' as const),
        rawScores: fc.record({
          customerFocus: fc.integer({ min: -40, max: 40 }),
          adaptability: fc.integer({ min: -40, max: 40 }),
          empowerment: fc.double({ noNaN: true }),
        }),
      }),
      { nil: undefined },
    ),
    roomVotes: fc.option(
      fc.array(fc.dictionary(fc.string(), fc.nat(), { noNullPrototype: true })),
      { nil: undefined },
    ),
  })
  .map(({ alias, result, roomVotes, ...rest }) => {
    const log: SessionLog = { format: 'leadership-sim-session', version: 1, ...rest };
    if (alias !== undefined) log.alias = alias;
    if (result !== undefined) log.result = result;
    if (roomVotes !== undefined) log.roomVotes = roomVotes;
    // fast-check builds some objects without a prototype; a log read from JSON has one.
    return structuredClone(log);
  });

describe('compact text', () => {
  it('writes whole numbers with a case change at their end', () => {
    const text = new CompactWriter().uint(0).uint(25).uint(26).uint(600_000).toString();
    expect(text).toBe('A' + 'Z' + '1A' + 'ht0Y');
    const reader = new CompactReader(text);
    expect([reader.uint(), reader.uint(), reader.uint(), reader.uint()]).toEqual([
      0, 25, 26, 600_000,
    ]);
    expect(reader.atEnd()).toBe(true);
  });

  it('keeps every number exactly, -0 and fractions included', () => {
    fc.assert(
      fc.property(fc.double(), fc.integer(), (double, whole) => {
        const reader = new CompactReader(
          new CompactWriter().number(double).number(whole).toString(),
        );
        expect(Object.is(reader.number(), double)).toBe(true);
        expect(reader.number()).toBe(whole);
      }),
    );
  });

  it('writes ISO times as toISOString does, and refuses what it would not write back', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(0), max: new Date('9999-12-31'), noInvalidDate: true }),
        (date) => {
          expect(msToIso(date.getTime())).toBe(date.toISOString());
          expect(canonicalIsoToMs(date.toISOString())).toBe(date.getTime());
        },
      ),
    );
    expect(canonicalIsoToMs('2026-02-30T10:00:00.000Z')).toBeNull();
    expect(canonicalIsoToMs('2026-12-01T10:00:00Z')).toBeNull();
  });
});

describe('resume state codec', () => {
  it('restores any logs exactly, with or without the scenario at hand', () => {
    fc.assert(
      fc.property(
        fc.array(logArbitrary, { maxLength: 4 }),
        fc.option(logArbitrary, { nil: undefined }),
        fc.option(fc.string(), { nil: undefined }),
        fc.double({ min: 0, noNaN: true }),
        (finished, currentLog, trackId, elapsedMs) => {
          const state: ResumeState = { finished };
          if (trackId !== undefined) state.trackId = trackId;
          if (currentLog) state.current = { log: currentLog, elapsedMs };
          for (const scenarios of [lookup, undefined]) {
            const text = encodeResumeState(state, scenarios);
            expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
            expect(decodeResumeState(text, scenarios)).toStrictEqual({ ok: true, state });
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('writes a choice of the unchanged scenario in one character', () => {
    const withScenario = encodeResumeState({ finished: [played] }, lookup);
    const withoutScenario = encodeResumeState({ finished: [played] });
    expect(withoutScenario.length - withScenario.length).toBe('refer-up'.length + 1);
  });

  it('refuses, in plain words, to guess choices of a scenario that has changed', () => {
    const text = encodeResumeState({ finished: [played] }, lookup);
    const changed = { ...scenario, title: 'Refund, revised' };
    expect(decodeResumeState(text, () => changed)).toEqual({
      ok: false,
      message:
        'The saved progress cannot be restored: scenario "refund-test" has changed since it was saved.',
    });
    expect(decodeResumeState(text)).toMatchObject({ ok: false });
  });

  it('reports damaged text instead of throwing', () => {
    const text = encodeResumeState({ finished: [played] }, lookup);
    const damaged = [
      '',
      'hello',
      text.slice(0, -3),
      `${text}A`,
      text.replace('lsr1', 'lsr2'),
      '€€€',
    ];
    for (const sample of damaged) {
      expect(decodeResumeState(sample, lookup)).toEqual({
        ok: false,
        message: 'The saved progress is damaged and cannot be restored.',
      });
    }
  });
});
