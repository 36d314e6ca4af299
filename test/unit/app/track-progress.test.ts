import { describe, expect, it } from 'vitest';
import { TrackProgress } from '../../../src/app/track-progress';
import type { PlayableScenario } from '../../../src/services/library-types';
import type { Track } from '../../../src/engine/scenario/schema';
import type { SessionLog } from '../../../src/engine/session/types';

const track: Track = {
  id: 'two-step',
  title: 'Two steps',
  summary: 'A track of two scenarios.',
  scenarios: ['first', 'second'],
};

describe('TrackProgress', () => {
  it('walks the track in order and knows when it is at the last scenario', () => {
    const start = TrackProgress.start(track);
    expect(start.scenarioId()).toBe('first');
    expect(start.briefingNote()).toBe('Scenario 1 of 2 in the track “Two steps”');
    expect(start.hasNext()).toBe(true);
    const last = start.next();
    expect(last.scenarioId()).toBe('second');
    expect(last.hasNext()).toBe(false);
    expect(last.next().scenarioId()).toBeUndefined();
  });

  it('collects every finished run of one pass in one list', () => {
    const start = TrackProgress.start(track);
    const playable = (id: string) => ({ scenario: { id } }) as PlayableScenario;
    const log = { scenarioId: 'first' } as SessionLog;
    start.recordFinished(playable('first'), log);
    const second = start.next();
    second.recordFinished(playable('second'), { scenarioId: 'second' } as SessionLog);
    expect(second.finished.map((step) => step.playable.scenario.id)).toEqual(['first', 'second']);
    expect(TrackProgress.start(track).finished).toEqual([]);
  });
});
