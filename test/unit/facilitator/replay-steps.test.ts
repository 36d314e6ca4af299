import { describe, expect, it } from 'vitest';
import { replay } from '../../../src/engine/session/replay';
import { decisionSteps, divergenceIndex, replaySteps } from '../../../src/facilitator/replay-steps';
import { cohortFixture, fixtureLogs, libraryScenario } from '../../fixtures/facilitator/fixture';
import { randomSessionLogs } from '../../fixtures/facilitator/random-sessions';
import { entriesOf } from './helpers';

describe('replaySteps', () => {
  const [ana, , chen, late, eve] = entriesOf([cohortFixture], fixtureLogs());

  it('has one step per snapshot, each with what was done there', () => {
    const steps = replaySteps(ana!);
    expect(steps.map((step) => step.context.nodeId)).toEqual([
      'intro',
      'first',
      'second',
      'end-good',
    ]);
    expect(steps[0]?.taken?.choice).toBeUndefined();
    expect(steps[1]?.taken).toMatchObject({
      choice: { id: 'listen' },
      history: { msTaken: 4000, timedOut: false },
    });
    expect(steps[1]?.taken?.offered.map((choice) => choice.id)).toEqual([
      'listen',
      'escalate',
      'fix',
    ]);
    expect(steps[2]?.view.scores).toEqual({ customerFocus: 2, adaptability: 0, empowerment: 1 });
    expect(steps[3]?.taken).toBeUndefined();
    expect(steps[3]?.view.kind).toBe('ending');
    expect(decisionSteps(steps).map((step) => step.index)).toEqual([1, 2]);
  });

  it('records a timeout as the timeout choice', () => {
    expect(replaySteps(late!)[1]?.taken).toMatchObject({
      choice: { id: 'escalate' },
      history: { timedOut: true, msTaken: 30000 },
    });
  });

  it('matches the engine snapshots for generated sessions', () => {
    const scenario = libraryScenario('callback-promise.json');
    const logs = randomSessionLogs(scenario, 20);
    for (const [index, entry] of entriesOf([scenario], logs).entries()) {
      const replayed = replay(scenario, logs[index]!);
      if (!replayed.ok) throw new Error(replayed.message);
      expect(replaySteps(entry).map((step) => step.context)).toEqual(replayed.snapshots);
    }
  });

  it('finds where two sessions part ways', () => {
    expect(divergenceIndex(replaySteps(ana!), replaySteps(ana!))).toBeNull();
    expect(divergenceIndex(replaySteps(ana!), replaySteps(chen!))).toBe(1);
    // Ana and Eve both listened; Eve stopped at the second decision.
    expect(divergenceIndex(replaySteps(ana!), replaySteps(eve!))).toBe(2);
  });
});
