/**
 * Session files, result codes and LMS suspend codes handed out before session log version 2
 * (the fixture was written by the game at commit a6e99b2) still load and replay exactly, and
 * version 2 logs (mode, step-backs) go through every codec unchanged.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SimulatedClock } from 'xstate';
import { scenarioSchema, type Scenario } from '../../../src/engine/scenario/schema';
import { parseSessionLog } from '../../../src/engine/session/log';
import { replay } from '../../../src/engine/session/replay';
import { decodeResultCode, encodeResultCode } from '../../../src/engine/session/result-code';
import { decodeResumeState, encodeResumeState } from '../../../src/engine/session/compact-log';
import { startLiveRun } from '../../../src/engine/session/live-run';
import { modeOfLog, type SessionLog } from '../../../src/engine/session/types';
import type { RunContext } from '../../../src/engine/run/types';

interface OldRun {
  name: string;
  scenario: unknown;
  log: SessionLog;
  resultCode: string;
  final: Pick<RunContext, 'nodeId' | 'scores' | 'meters' | 'flags' | 'history'>;
}

const fixture = JSON.parse(
  readFileSync(join(process.cwd(), 'test/fixtures/sessions/version-1.json'), 'utf8'),
) as { compactResumeState: string; runs: OldRun[] };

const runs = fixture.runs.map((run) => ({ ...run, scenario: scenarioSchema.parse(run.scenario) }));
const lookup = (id: string): Scenario | undefined =>
  runs.find((run) => run.scenario.id === id)?.scenario;

describe('logs made before version 2', () => {
  it.each(runs.map((run) => [run.name, run] as const))(
    '%s: the session file loads as version 1 and replays to the same final state',
    (_name, run) => {
      const parsed = parseSessionLog(JSON.stringify(run.log));
      if (!parsed.ok) throw new Error(parsed.message);
      expect(parsed.log).toEqual(run.log);
      expect(parsed.log.version).toBe(1);
      expect(modeOfLog(parsed.log)).toBe('assessment');
      const outcome = replay(run.scenario, parsed.log);
      if (!outcome.ok) throw new Error(outcome.message);
      expect(outcome.hashMatches).toBe(true);
      expect(outcome.ended).toBe(true);
      const { nodeId, scores, meters, flags, history } = outcome.final;
      expect({ nodeId, scores, meters, flags, history }).toEqual(run.final);
    },
  );

  it.each(runs.map((run) => [run.name, run] as const))(
    '%s: its result code decodes to the same log',
    (_name, run) => {
      const decoded = decodeResultCode(run.resultCode);
      expect(decoded).toEqual({ ok: true, log: run.log });
      expect(encodeResultCode(run.log)).toBe(run.resultCode);
    },
  );

  it('the LMS suspend code decodes to the same logs and encodes back to the same text', () => {
    const decoded = decodeResumeState(fixture.compactResumeState, lookup);
    expect(decoded).toEqual({ ok: true, state: { finished: runs.map((run) => run.log) } });
    expect(encodeResumeState({ finished: runs.map((run) => run.log) })).toBe(
      fixture.compactResumeState,
    );
  });
});

/** A practice run of the first fixture scenario with a step-back at every decision but the last. */
function practiceLog(): SessionLog {
  const scenario = runs[0]?.scenario as Scenario;
  const clock = new SimulatedClock();
  const run = startLiveRun(scenario, {
    seed: 77,
    timePressure: 'normal',
    startedAt: '2026-12-02T10:00:00.000Z',
    mode: 'practice',
    clock,
  });
  let at = 0;
  let backs = 0;
  for (let guard = 0; guard < 80 && !run.ended(); guard += 1) {
    at += 400;
    clock.set(at);
    const view = run.view();
    if (view.kind !== 'decision') run.continue(at);
    else {
      const last = view.choices[view.choices.length - 1];
      run.choose(last?.id ?? '', at);
      if (run.canStepBack() && backs < 3) {
        backs += 1;
        expect(run.back(at)).toBe(true);
        run.choose(view.choices[0]?.id ?? '', at);
      }
    }
  }
  expect(run.ended()).toBe(true);
  return run.log();
}

describe('version 2 logs', () => {
  const log = practiceLog();

  it('record the mode and the step-backs', () => {
    expect(log.version).toBe(2);
    expect(log.mode).toBe('practice');
    expect(log.inputs.filter((input) => input.type === 'back').length).toBe(3);
  });

  it('round-trip through the session file, the result code and the LMS suspend code', () => {
    expect(parseSessionLog(JSON.stringify(log))).toEqual({ ok: true, log });
    expect(decodeResultCode(encodeResultCode(log))).toEqual({ ok: true, log });
    for (const withScenarios of [lookup, undefined]) {
      const text = encodeResumeState(
        { finished: [log], current: { log: runs[0]?.log as SessionLog, elapsedMs: 12 } },
        withScenarios,
      );
      expect(decodeResumeState(text, withScenarios)).toEqual({
        ok: true,
        state: { finished: [log], current: { log: runs[0]?.log, elapsedMs: 12 } },
      });
    }
    const assessment = { ...log, mode: 'assessment' as const, inputs: [] };
    expect(decodeResumeState(encodeResumeState({ finished: [assessment] }))).toEqual({
      ok: true,
      state: { finished: [assessment] },
    });
  });

  it('replay refuses a step-back in an assessment log or in a version 1 log', () => {
    const scenario = runs[0]?.scenario as Scenario;
    const asAssessment = replay(scenario, { ...log, mode: 'assessment', result: undefined });
    expect(asAssessment.ok).toBe(false);
    if (!asAssessment.ok)
      expect(asAssessment.message).toMatch(/only a run played in practice mode may do/);
  });
});
