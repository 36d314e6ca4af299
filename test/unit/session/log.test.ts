import { describe, expect, it } from 'vitest';
import { createSessionLog, parseSessionLog } from '../../../src/engine/session/log';
import { hashScenario } from '../../../src/engine/session/hash';
import type { SessionLog } from '../../../src/engine/session/types';
import { refundScenario } from '../run/fixtures';

const scenario = refundScenario();

function sampleLog(): SessionLog {
  const log = createSessionLog(scenario, {
    seed: 9,
    startedAt: '2025-01-01T10:00:00.000Z',
    timePressure: 'double',
    alias: 'Ana',
  });
  log.inputs.push(
    { type: 'continue', at: 100 },
    { type: 'choose', choiceId: 'refer-up', at: 900 },
    { type: 'timeout', at: 20_900 },
  );
  log.result = {
    endingId: 'sad-end',
    outcome: 'negative',
    rawScores: { customerFocus: -2, adaptability: -2, empowerment: -3 },
  };
  return log;
}

function messageFor(text: string): string {
  const parsed = parseSessionLog(text);
  if (parsed.ok) throw new Error('expected a failure');
  return parsed.message;
}

describe('createSessionLog', () => {
  it('starts an empty log carrying the scenario id and hash', () => {
    const log = createSessionLog(scenario, {
      seed: 1,
      startedAt: '2025-01-01T00:00:00Z',
      timePressure: 'normal',
    });
    expect(log).toEqual({
      format: 'leadership-sim-session',
      version: 2,
      mode: 'assessment',
      scenarioId: 'refund-test',
      scenarioHash: hashScenario(scenario),
      seed: 1,
      startedAt: '2025-01-01T00:00:00Z',
      timePressure: 'normal',
      inputs: [],
    });
  });
});

describe('parseSessionLog', () => {
  it('reads back what was written', () => {
    const log = sampleLog();
    expect(parseSessionLog(JSON.stringify(log))).toEqual({ ok: true, log });
  });

  it('drops fields it does not know', () => {
    const parsed = parseSessionLog(JSON.stringify({ ...sampleLog(), extra: 1 }));
    expect(parsed.ok && 'extra' in parsed.log).toBe(false);
  });

  it('explains what is wrong in plain words, never throwing', () => {
    expect(messageFor('{oops')).toMatch(/not valid JSON/);
    expect(messageFor('[1,2]')).toMatch(/does not hold a JSON object/);
    expect(messageFor(JSON.stringify({ ...sampleLog(), format: 'other' }))).toMatch(
      /not a session log from this game/,
    );
    expect(messageFor(JSON.stringify({ ...sampleLog(), version: 3 }))).toMatch(
      /newer version.*log version 3/,
    );
    expect(messageFor(JSON.stringify({ ...sampleLog(), version: 'one' }))).toMatch(
      /unknown version/,
    );
  });

  it('names the place of a damaged field', () => {
    const log = sampleLog() as unknown as { inputs: Array<Record<string, unknown>> } & Record<
      string,
      unknown
    >;
    log.inputs[1] = { type: 'choose', choiceId: 'refer-up', at: 'soon' };
    expect(messageFor(JSON.stringify(log))).toBe(
      'The session log is damaged: inputs[1].at must be a number of milliseconds.',
    );
    log.inputs[1] = { type: 'jump', at: 1 };
    expect(messageFor(JSON.stringify(log))).toBe(
      'The session log is damaged: inputs[1].type must be "continue", "choose", "timeout" or "back".',
    );
    const { seed: _seed, ...withoutSeed } = sampleLog();
    expect(messageFor(JSON.stringify(withoutSeed))).toBe(
      'The session log is damaged: seed is missing.',
    );
    expect(messageFor(JSON.stringify({ ...sampleLog(), timePressure: 'fast' }))).toMatch(
      /timePressure must be "normal", "off" or "double"/,
    );
    expect(
      messageFor(JSON.stringify({ ...sampleLog(), inputs: [{ type: 'continue', at: -5 }] })),
    ).toMatch(/inputs\[0\]\.at must not be negative/);
  });
});

describe('session log versions', () => {
  it('writes version 2 with the mode it was played in', () => {
    const log = createSessionLog(scenario, {
      seed: 1,
      startedAt: '2025-01-01T00:00:00Z',
      timePressure: 'normal',
      mode: 'practice',
    });
    expect(log.version).toBe(2);
    expect(log.mode).toBe('practice');
  });

  it('reads a version 1 log exactly as it was written: no mode added, no step-back allowed', () => {
    const { mode: _mode, ...rest } = sampleLog();
    const versionOne = { ...rest, version: 1 };
    expect(parseSessionLog(JSON.stringify(versionOne))).toEqual({ ok: true, log: versionOne });
    const withBack = { ...versionOne, inputs: [{ type: 'back', at: 5 }] };
    expect(messageFor(JSON.stringify(withBack))).toBe(
      'The session log is damaged: inputs[0].type must be "continue", "choose" or "timeout".',
    );
  });

  it('needs a mode in version 2', () => {
    const { mode: _mode, ...withoutMode } = sampleLog();
    expect(messageFor(JSON.stringify(withoutMode))).toBe(
      'The session log is damaged: mode is missing.',
    );
    expect(messageFor(JSON.stringify({ ...sampleLog(), mode: 'exam' }))).toBe(
      'The session log is damaged: mode must be "assessment" or "practice".',
    );
  });
});
