import { describe, expect, it } from 'vitest';
import { DIMENSIONS } from '../../../src/engine/scenario/schema';
import { aggregateCohort, median, spreadOf } from '../../../src/facilitator/aggregate';
import { cohortFixture, fixtureLogs, libraryScenario } from '../../fixtures/facilitator/fixture';
import { randomSessionLog, randomSessionLogs } from '../../fixtures/facilitator/random-sessions';
import { entriesOf } from './helpers';

describe('median and spread', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('gives mean, range and population standard deviation', () => {
    const spread = spreadOf('customerFocus', [2, 4, 4, 4, 5, 5, 7, 9]);
    expect(spread).toMatchObject({ count: 8, mean: 5, min: 2, max: 9, sd: 2 });
    expect(spreadOf('adaptability', [])).toMatchObject({ count: 0, mean: null, sd: null });
  });
});

describe('aggregateCohort on hand-made sessions', () => {
  const entries = entriesOf([cohortFixture], fixtureLogs());
  const summary = aggregateCohort(cohortFixture, entries);

  it('counts sessions, finished runs and endings', () => {
    expect(summary.sessions).toBe(5);
    expect(summary.finished).toBe(4);
    const endings = Object.fromEntries(
      summary.endings.map((ending) => [ending.nodeId, ending.count]),
    );
    expect(endings).toEqual({ 'end-good': 1, 'end-mixed': 1, 'end-bad': 2 });
  });

  it('lists participants with aliases, defaulting to "Participant N"', () => {
    expect(summary.participants.map((row) => row.alias)).toEqual([
      'Ana',
      'Participant 2',
      'Chen',
      'Participant 4',
      'Eve',
    ]);
    expect(summary.participants[4]).toMatchObject({
      ended: false,
      ending: null,
      scores: null,
      archetype: null,
    });
    expect(summary.participants[0]?.ending).toMatchObject({
      nodeId: 'end-good',
      outcome: 'positive',
    });
    expect(summary.participants[0]?.archetype).toEqual(expect.any(String));
  });

  it('splits the room at each decision, counting a timeout as its timeout choice', () => {
    const [first, second] = summary.decisions;
    expect(first?.nodeId).toBe('first');
    expect(first).toMatchObject({ reached: 5, decided: 5, timedOut: 1, medianMs: 6000 });
    expect(first?.choices.map((choice) => [choice.choiceId, choice.count])).toEqual([
      ['listen', 2],
      ['escalate', 2],
      ['fix', 1],
    ]);
    expect(first?.choices[0]?.share).toBeCloseTo(0.4);
    expect(first?.choices[2]).toMatchObject({
      scores: { customerFocus: 1, adaptability: 2, empowerment: -2 },
      feedback: 'Quick, but the team learns nothing.',
    });
    // Eve sits on the second decision: she reached it without deciding.
    expect(second).toMatchObject({
      nodeId: 'second',
      reached: 4,
      decided: 3,
      timedOut: 0,
      medianMs: 4000,
    });
    expect(second?.choices.map((choice) => choice.count)).toEqual([1, 2]);
  });

  it('averages the 0–100 scores of finished sessions only', () => {
    // Bounds: customer focus -1..2, so raw 2, -1, 1, -1 → 100, 0, 67, 0.
    expect(summary.participants.map((row) => row.scores?.customerFocus ?? null)).toEqual([
      100,
      0,
      67,
      0,
      null,
    ]);
    const spread = summary.dimensions.customerFocus;
    expect(spread).toMatchObject({ count: 4, min: 0, max: 100 });
    expect(spread.mean).toBeCloseTo(41.75);
    expect(spread.sd).toBeCloseTo(
      Math.sqrt((58.25 ** 2 + 41.75 ** 2 + 25.25 ** 2 + 41.75 ** 2) / 4),
    );
  });

  it('leaves out sessions of other scenarios', () => {
    const other = libraryScenario('callback-promise.json');
    const mixed = entriesOf(
      [cohortFixture, other],
      [...fixtureLogs(), ...randomSessionLogs(other, 3)],
    );
    expect(aggregateCohort(cohortFixture, mixed).sessions).toBe(5);
    expect(aggregateCohort(other, mixed).sessions).toBe(3);
  });
});

describe('aggregateCohort on generated sessions of a library scenario', () => {
  const scenario = libraryScenario('saturday-returns.json');
  const logs = [
    ...randomSessionLogs(scenario, 60),
    randomSessionLog(scenario, { seed: 999, maxInputs: 3 }),
  ];
  const entries = entriesOf([scenario], logs);
  const summary = aggregateCohort(scenario, entries);

  it('adds up: every decision taken lands in exactly one choice', () => {
    const taken = entries.flatMap((entry) =>
      entry.final.history.filter((step) => step.kind === 'decision'),
    );
    const counted = summary.decisions.reduce((sum, decision) => sum + decision.decided, 0);
    expect(counted).toBe(taken.length);
    for (const decision of summary.decisions) {
      expect(decision.choices.reduce((sum, choice) => sum + choice.count, 0)).toBe(
        decision.decided,
      );
      expect(decision.reached).toBeGreaterThanOrEqual(decision.decided);
      if (decision.decided > 0)
        expect(decision.choices.reduce((sum, choice) => sum + choice.share, 0)).toBeCloseTo(1);
    }
    expect(summary.endings.reduce((sum, ending) => sum + ending.count, 0)).toBe(summary.finished);
    expect(summary.finished).toBe(60);
  });

  it('keeps every average inside its range and each spread consistent', () => {
    for (const dimension of DIMENSIONS) {
      const spread = summary.dimensions[dimension];
      const values = entries.flatMap((entry) =>
        typeof entry.scores?.[dimension] === 'number' ? [entry.scores[dimension] as number] : [],
      );
      expect(spread.count).toBe(values.length);
      if (values.length === 0) continue;
      expect(spread.min).toBe(Math.min(...values));
      expect(spread.max).toBe(Math.max(...values));
      expect(spread.mean as number).toBeGreaterThanOrEqual(spread.min as number);
      expect(spread.mean as number).toBeLessThanOrEqual(spread.max as number);
      expect(spread.sd as number).toBeLessThanOrEqual(
        ((spread.max as number) - (spread.min as number)) / 2 + 1e-9,
      );
    }
  });
});
