/**
 * Which decisions the LMS already has: every report sends only what is new, so whatever order
 * and repetition the reports come in, each decision goes out once and in order; and after a
 * SCORM resume, the interactions the LMS lacks are written again and none twice.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DecisionLedger } from '../../../src/lms/decision-ledger';
import { decisionCount, decisionsOf, type DecisionRecord } from '../../../src/lms/decisions';
import { placeRestoredDecisions } from '../../../src/lms/scorm/attempt';
import type { RunReport } from '../../../src/lms/types';
import { libraryScenario, newPlayer, reportOf, type Player } from './support';

const scenario = libraryScenario('doubling-the-team');

/** The report after every input of one run played to its end. */
function reportsOfRun(seed: number, pick: number): RunReport[] {
  const player: Player = newPlayer(scenario, seed);
  const reports: RunReport[] = [];
  while (!player.run.ended()) {
    const view = player.run.view();
    if (view.kind === 'decision')
      player.run.choose(view.choices[pick % view.choices.length]!.id, 0);
    else player.run.continue(0);
    reports.push(reportOf(player));
  }
  return reports;
}

const sentBy = (ledger: DecisionLedger, report: RunReport): DecisionRecord[] => {
  const sent: DecisionRecord[] = [];
  ledger.reportNew(report, (record) => sent.push(record));
  return sent;
};

describe('DecisionLedger', () => {
  const reports = reportsOfRun(7, 1);
  const last = reports[reports.length - 1]!;

  it('sends each decision once, in order, whatever order and repetition the reports come in', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(reports.length - 1), { maxLength: 40 }), (order) => {
        const ledger = new DecisionLedger();
        const sent = order.flatMap((index) => sentBy(ledger, reports[index]!));
        const furthest =
          order.length === 0 ? [] : decisionsOf(scenario, reports[Math.max(...order)]!.context);
        expect(sent).toEqual(furthest);
      }),
    );
  });

  it('keeps runs apart and skips what is marked as already reported', () => {
    const ledger = new DecisionLedger();
    const other = reportsOfRun(8, 0);
    const otherLast = other[other.length - 1]!;
    ledger.markReported(last.log, 2);
    expect(sentBy(ledger, last)).toEqual(decisionsOf(scenario, last.context).slice(2));
    expect(sentBy(ledger, otherLast)).toEqual(decisionsOf(scenario, otherLast.context));
    expect(sentBy(ledger, last)).toEqual([]);
  });
});

describe('placeRestoredDecisions (SCORM resume)', () => {
  const finished = reportsOfRun(7, 1).at(-1)!;
  const underWay = reportsOfRun(9, 0);
  const current = underWay[Math.floor(underWay.length / 2)]!;
  const finishedCount = decisionCount(finished.log.inputs);
  const currentCount = decisionCount(current.log.inputs);
  const resume = { logs: [finished.log], current: { log: current.log, elapsedMs: 1000 } };

  it('has decisions on both sides of the resume point to work with', () => {
    expect(finishedCount).toBeGreaterThan(0);
    expect(currentCount).toBeGreaterThan(1);
  });

  it.each([
    ['no count from the LMS', Number.NaN],
    ['a count of 0', 0],
  ])('with %s, assumes the LMS holds every decision the resume knows', (_, count) => {
    const ledger = new DecisionLedger();
    expect(placeRestoredDecisions(resume, count, ledger)).toBe(finishedCount + currentCount);
    expect(sentBy(ledger, finished)).toEqual([]);
    expect(sentBy(ledger, current)).toEqual([]);
  });

  it('writes again the decisions of the run under way that the LMS lacks', () => {
    const ledger = new DecisionLedger();
    expect(placeRestoredDecisions(resume, finishedCount + 1, ledger)).toBe(finishedCount + 1);
    expect(sentBy(ledger, current)).toEqual(decisionsOf(scenario, current.context).slice(1));
    expect(sentBy(ledger, finished)).toEqual([]);
  });

  it('appends after interactions the LMS holds beyond the resume, writing nothing twice', () => {
    const ledger = new DecisionLedger();
    const count = finishedCount + currentCount + 5;
    expect(placeRestoredDecisions(resume, count, ledger)).toBe(count);
    expect(sentBy(ledger, current)).toEqual([]);
  });
});
