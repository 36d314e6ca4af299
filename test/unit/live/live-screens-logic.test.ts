/** The pure parts of the live-room screens: addresses, the run a participant is on, the join link. */
import { describe, expect, it } from 'vitest';
import { codeFromRoute, currentRunIndex, resumePointOf } from '../../../src/shell/live';
import { routeTarget } from '../../../src/shell/routes';
import { facilitatorHash, parseFacilitatorRoute } from '../../../src/facilitator/route';
import { defaultJoinBase, joinUrl, spacedCode } from '../../../src/facilitator/views/live-join';
import type { ParticipantRun, ParticipantState } from '../../../src/live/protocol';

function run(
  index: number,
  ended: boolean,
  ats: number[] = [],
  elapsedMs = 60_000,
): ParticipantRun {
  return {
    index,
    scenarioId: `s${index}`,
    ended,
    elapsedMs,
    debrief: null,
    log: {
      inputs: ats.map((at) => ({ type: 'continue', at })),
    } as unknown as ParticipantRun['log'],
  };
}

describe('live-room addresses and runs', () => {
  it('opens the join screen from #join and #join/CODE, and tidies the code', () => {
    expect(routeTarget('#join')).toBe('join');
    expect(routeTarget('#join/ab-c4')).toBe('join');
    expect(codeFromRoute('#join/ab-c4 7')).toBe('ABC47');
    expect(codeFromRoute('#join')).toBe('');
    expect(codeFromRoute('#join/%E0%A4%A')).toBe('');
  });

  it('round-trips live facilitator routes and never writes the key back', () => {
    expect(parseFacilitatorRoute('#facilitator/live')).toEqual({ kind: 'live', roomId: null });
    expect(parseFacilitatorRoute('#facilitator/live/r1/k%2F1')).toEqual({
      kind: 'live',
      roomId: 'r1',
      key: 'k/1',
    });
    expect(facilitatorHash({ kind: 'live', roomId: 'r1', key: 'secret' })).toBe(
      '#facilitator/live/r1',
    );
    expect(facilitatorHash({ kind: 'live', roomId: null })).toBe('#facilitator/live');
  });

  it('puts the participant on the first run not ended, else the last', () => {
    const state = (runs: ParticipantRun[]) => ({ runs }) as ParticipantState;
    expect(currentRunIndex(state([run(0, true), run(1, false)]))).toBe(1);
    expect(currentRunIndex(state([run(0, true), run(1, true)]))).toBe(1);
    expect(currentRunIndex(state([run(0, false)]))).toBe(0);
  });

  it('resumes a run at its last input, never later than the run has existed', () => {
    expect(resumePointOf(run(0, false)).elapsedMs).toBe(0);
    expect(resumePointOf(run(0, false, [1000, 4000])).elapsedMs).toBe(4000);
    expect(resumePointOf(run(0, false, [9000], 5000)).elapsedMs).toBe(5000);
  });

  it('never offers localhost as the join address, and builds #join/CODE links', () => {
    expect(defaultJoinBase([], 'http://127.0.0.1:4173/#facilitator')).toBe('');
    expect(defaultJoinBase([], 'http://localhost:4173/')).toBe('');
    expect(defaultJoinBase(['http://10.0.0.5:4173/'], 'http://127.0.0.1:4173/')).toBe(
      'http://10.0.0.5:4173/',
    );
    expect(defaultJoinBase([], 'https://sim.example.org/#facilitator')).toBe(
      'https://sim.example.org/',
    );
    expect(joinUrl('http://10.0.0.5:4173/?x=1', 'ABC479')).toBe(
      'http://10.0.0.5:4173/#join/ABC479',
    );
    expect(spacedCode('ABC479')).toBe('ABC 479');
  });
});
