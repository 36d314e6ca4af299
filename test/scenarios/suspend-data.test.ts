/**
 * SCORM 1.2 keeps at most 4,096 characters of suspend_data. For every library scenario, its
 * longest runs (found by enumerating every complete run) at the slowest realistic pace (ten
 * minutes on every step, fractional milliseconds as performance.now gives them) must fit, and
 * so must every track played end to end; restoring them must give back the very same logs,
 * which replay to the same runs.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { scenarioSchema, tracksFileSchema, type Scenario } from '../../src/engine/scenario/schema';
import {
  decodeResumeState,
  encodeResumeState,
  type ResumeState,
} from '../../src/engine/session/compact-log';
import { replay } from '../../src/engine/session/replay';
import type { SessionLog } from '../../src/engine/session/types';
import { enumerateRuns, type EnumeratedRun } from '../support/enumerate-runs';
import { logFromRun, SLOWEST_PACE, type Pace } from '../support/log-from-steps';
import { SCENARIO_DIR, readJson, scenarioFileNames } from './library-files';

export const SCORM12_SUSPEND_LIMIT = 4096;

const scenarios = scenarioFileNames().map((name) =>
  scenarioSchema.parse(readJson(join(SCENARIO_DIR, name))),
);
const byId = new Map(scenarios.map((scenario) => [scenario.id, scenario]));
const lookup = (id: string) => byId.get(id);
const tracks = tracksFileSchema.parse(readJson(join(SCENARIO_DIR, 'tracks.json'))).tracks;

const WHOLE_MS_PACE: Pace = { decisionMs: 600_000, readMs: 600_000 };
const TIMING_OUT_PACE: Pace = { ...SLOWEST_PACE, letTimersRunOut: true };

/** The runs with the most inputs (ties: the longest choice ids, which cost the most). */
function longestRuns(scenario: Scenario): EnumeratedRun[] {
  const runs = enumerateRuns(scenario);
  const most = Math.max(...runs.map((run) => run.steps.length));
  const weight = (run: EnumeratedRun) => run.steps.join('').length;
  return runs
    .filter((run) => run.steps.length === most)
    .sort((a, b) => weight(b) - weight(a))
    .slice(0, 5);
}

/** The longest encoded log of the scenario's longest runs, at the given pace. */
function longestLog(scenario: Scenario, pace: Pace): SessionLog {
  const logs = longestRuns(scenario).map((run) => logFromRun(scenario, run, pace));
  const size = (log: SessionLog) => encodeResumeState({ finished: [log] }, lookup).length;
  return logs.reduce((longest, log) => (size(log) > size(longest) ? log : longest));
}

function expectRestoresExactly(state: ResumeState, text: string): void {
  const decoded = decodeResumeState(text, lookup);
  expect(decoded).toStrictEqual({ ok: true, state });
  if (!decoded.ok) return;
  const logs = [
    ...decoded.state.finished,
    ...(decoded.state.current ? [decoded.state.current.log] : []),
  ];
  const originals = [...state.finished, ...(state.current ? [state.current.log] : [])];
  logs.forEach((log, index) => {
    const scenario = byId.get(log.scenarioId) as Scenario;
    const restored = replay(scenario, log);
    const original = replay(scenario, originals[index] as SessionLog);
    expect(restored.ok && original.ok).toBe(true);
    expect(restored).toStrictEqual(original);
  });
}

const sizes: Record<string, number> = {};

describe('suspend data for SCORM 1.2 (4,096 characters)', () => {
  it('covers a library', () => {
    expect(scenarios.length).toBeGreaterThan(0);
    expect(tracks.length).toBeGreaterThan(0);
  });

  for (const scenario of scenarios) {
    it(`${scenario.id}: the longest run fits and restores exactly, at every pace`, () => {
      for (const pace of [SLOWEST_PACE, WHOLE_MS_PACE, TIMING_OUT_PACE]) {
        const log = longestLog(scenario, pace);
        const finished: ResumeState = { finished: [log] };
        const text = encodeResumeState(finished, lookup);
        expect(text.length).toBeLessThanOrEqual(SCORM12_SUSPEND_LIMIT);
        expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
        expectRestoresExactly(finished, text);
        const { result: _notYet, ...unfinished } = log;
        const halfWay = { ...unfinished, inputs: log.inputs.slice(0, -1) };
        const current: ResumeState = { finished: [], current: { log: halfWay, elapsedMs: 1234.5 } };
        expectRestoresExactly(current, encodeResumeState(current, lookup));
        // Without the scenario at hand choices are written out in full: still within the limit.
        expect(encodeResumeState(finished).length).toBeLessThanOrEqual(SCORM12_SUSPEND_LIMIT);
        sizes[scenario.id] = Math.max(sizes[scenario.id] ?? 0, text.length);
      }
    });
  }

  for (const track of tracks) {
    it(`track ${track.id}: every scenario at its longest fits and restores exactly`, () => {
      const logs = track.scenarios.map((id) => longestLog(byId.get(id) as Scenario, SLOWEST_PACE));
      const ended: ResumeState = { trackId: track.id, finished: logs };
      const text = encodeResumeState(ended, lookup);
      expect(text.length).toBeLessThanOrEqual(SCORM12_SUSPEND_LIMIT);
      expectRestoresExactly(ended, text);
      const last = logs[logs.length - 1] as SessionLog;
      const { result: _notYet, ...lastUnfinished } = last;
      const playingLast: ResumeState = {
        trackId: track.id,
        finished: logs.slice(0, -1),
        current: {
          log: { ...lastUnfinished, inputs: last.inputs.slice(0, -1) },
          elapsedMs: 9_000_000.5,
        },
      };
      expectRestoresExactly(playingLast, encodeResumeState(playingLast, lookup));
      expect(encodeResumeState(ended).length).toBeLessThanOrEqual(SCORM12_SUSPEND_LIMIT);
      sizes[`track ${track.id}`] = Math.max(
        text.length,
        encodeResumeState(playingLast, lookup).length,
      );
    });
  }

  it('prints the sizes (characters of suspend_data)', () => {
    const rows = Object.entries(sizes).sort((a, b) => b[1] - a[1]);
    console.log(rows.map(([id, size]) => `${String(size).padStart(5)}  ${id}`).join('\n'));
    expect(rows.length).toBe(scenarios.length + tracks.length);
  });
});
