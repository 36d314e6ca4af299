import { describe, expect, it } from 'vitest';
import {
  decisionsBeforeEnding,
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

  it('lists each top raising or lowering decision once, for measured dimensions only', () => {
    expect(keyMomentLines(makeProfile())).toEqual([
      { decision: escalated, raisedMost: [], loweredMost: ['customerFocus', 'empowerment'] },
    ]);
  });

  it('orders key moments as they happened and ignores unmeasured dimensions', () => {
    const early = { ...escalated, nodeId: 'early', choiceId: 'praise' };
    const late = { ...escalated, nodeId: 'late', choiceId: 'blame' };
    const profile = makeProfile({
      decisions: [early, escalated, late],
      keyMoments: {
        raised: { customerFocus: [early, late], adaptability: [early], empowerment: [] },
        lowered: { customerFocus: [late], adaptability: [], empowerment: [escalated] },
      },
    });
    expect(keyMomentLines(profile)).toEqual([
      { decision: early, raisedMost: ['customerFocus'], loweredMost: [] },
      { decision: escalated, raisedMost: [], loweredMost: ['empowerment'] },
      { decision: late, raisedMost: [], loweredMost: ['customerFocus'] },
    ]);
  });

  it('looks principles up in the scenario, skipping ids it does not define', () => {
    expect(principleLines(scenario, makeProfile())).toEqual([
      {
        id: 'cut-red-tape',
        title: 'Cut red tape',
        summary: 'Remove approvals that only slow customers down.',
      },
    ]);
  });

  it('keeps the last decisions before the ending, oldest first', () => {
    const decisions = ['a', 'b', 'c', 'd'].map((choiceId) => ({ ...escalated, choiceId }));
    const profile = makeProfile({ decisions });
    expect(decisionsBeforeEnding(profile).map((decision) => decision.choiceId)).toEqual([
      'b',
      'c',
      'd',
    ]);
  });
});
