import { describe, expect, it } from 'vitest';
import {
  keyMomentLines,
  meterLines,
  principleLines,
  scoreText,
  timingFigures,
} from '../../../src/ui/debrief/figures';
import { escalated, makeProfile, scenario } from './fixtures';

describe('debrief figures', () => {
  it('shows "not measured" for a null score', () => {
    expect(scoreText(null)).toBe('not measured');
    expect(scoreText(0)).toBe('0');
    expect(scoreText(100)).toBe('100');
  });

  it('reports timing from the profile with seconds to one decimal', () => {
    expect(timingFigures(makeProfile(), 'double')).toEqual({
      decisions: 4,
      averageSeconds: '8.3',
      timedDecisions: 2,
      timedOut: 1,
      pressure: 'Time limits were on, with double time.',
    });
    const none = makeProfile({
      timing: { decisions: 0, averageMs: 0, timedDecisions: 0, timedOut: 0 },
    });
    expect(timingFigures(none, 'off').averageSeconds).toBe('—');
    expect(timingFigures(none, 'off').pressure).toMatch(/switched off/);
  });

  it('gives each meter its start, end and change', () => {
    expect(meterLines(makeProfile())).toEqual([
      { label: 'Customer trust', start: 50, end: 35, change: -15 },
      { label: 'Team morale', start: 60, end: 72, change: 12 },
    ]);
  });

  it('shows where the run lost most against a stronger option, with the dimensions it moved', () => {
    expect(keyMomentLines(makeProfile())).toEqual([
      { decision: escalated, raised: [], lowered: ['customerFocus', 'empowerment'] },
    ]);
  });

  // Changed on purpose (issue 13): two or three moments, chosen by the points lost against the
  // strongest option offered (the top mover per dimension is no longer the rule).
  it('keeps the three costliest decisions, in the order they were made', () => {
    const at = (step: number, lost: number) => ({ ...escalated, step, nodeId: `n${step}`, lost });
    const decisions = [at(0, 2), at(1, 10), at(2, 0), at(3, 5), at(4, 1)];
    const lines = keyMomentLines(makeProfile({ decisions }));
    expect(lines.map((line) => line.decision.nodeId)).toEqual(['n0', 'n1', 'n3']);
  });

  it('fills in with the highest-scoring decisions when fewer than two lost anything', () => {
    const good = (step: number, customerFocus: number) => ({
      ...escalated,
      step,
      nodeId: `n${step}`,
      lost: 0,
      bestOffered: true,
      scores: { customerFocus, adaptability: 0, empowerment: 0 },
    });
    const decisions = [good(0, 1), good(1, 3), good(2, 2)];
    const lines = keyMomentLines(makeProfile({ decisions }));
    expect(lines.map((line) => line.decision.nodeId)).toEqual(['n1', 'n2']);
    expect(lines[0]?.raised).toEqual(['customerFocus']);
  });

  it('looks principles up in the scenario, skipping ids it does not define', () => {
    expect(principleLines(scenario, makeProfile())).toEqual([
      {
        id: 'empower-frontline',
        title: 'Empower the front line',
        summary: 'Let the people nearest the customer decide.',
        lost: 10,
        passedOver: [{ nodeId: 'complaint', choiceText: 'Tell Dana to solve it with her budget.' }],
      },
    ]);
  });
});
