/**
 * Which decisions of each run the LMS already has. Progress is reported after every input, so
 * each report sends only the decisions that are new since the last one; a resumed run starts
 * from what the LMS held, so no decision is reported twice (SCORM interactions, cmi5 statements).
 */
import type { SessionLog } from '../engine/session/types';
import { decisionsOf, type DecisionRecord } from './decisions';
import type { RunReport } from './types';

/** A run is known by what its session log is known by: scenario, seed and start time. */
function runKey(log: SessionLog): string {
  return `${log.scenarioId}\n${log.seed}\n${log.startedAt}`;
}

export class DecisionLedger {
  private readonly reported = new Map<string, number>();

  /** The LMS holds the first `count` decisions of this run. */
  markReported(log: SessionLog, count: number): void {
    this.reported.set(runKey(log), count);
  }

  /** Hands `send` every decision of the report's run that the LMS does not have yet, in order. */
  reportNew(report: RunReport, send: (record: DecisionRecord) => void): void {
    const key = runKey(report.log);
    const reported = this.reported.get(key) ?? 0;
    const decisions = decisionsOf(report.scenario, report.context);
    for (const record of decisions.slice(reported)) send(record);
    this.reported.set(key, Math.max(reported, decisions.length));
  }
}
