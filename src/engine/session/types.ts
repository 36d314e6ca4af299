/**
 * The session log: the only thing that needs saving. Replaying it against the scenario
 * rebuilds every snapshot, the final result and the profile.
 */
import type { EndingOutcome, Scores } from '../scenario/schema';
import type { TimePressure } from '../run/types';

export const SESSION_FORMAT = 'leadership-sim-session' as const;
export const SESSION_VERSION = 1 as const;

export type SessionInput =
  | { type: 'continue'; at: number }
  | { type: 'choose'; choiceId: string; at: number }
  | { type: 'timeout'; at: number };

export interface SessionResult {
  endingId: string;
  outcome: EndingOutcome;
  rawScores: Scores;
}

export interface SessionLog {
  format: typeof SESSION_FORMAT;
  version: typeof SESSION_VERSION;
  scenarioId: string;
  /** Content hash of the scenario the run was recorded against (see hashScenario). */
  scenarioHash: string;
  seed: number;
  /** ISO 8601 wall-clock time the run started (informational; replay never reads the clock). */
  startedAt: string;
  timePressure: TimePressure;
  /** Optional participant alias, for cohorts. */
  alias?: string;
  inputs: SessionInput[];
  /** Present once the run has ended; checked against the replay to catch tampering. */
  result?: SessionResult;
  /** Present when a room played it together: votes per choice id at each decision, in order. */
  roomVotes?: Array<Record<string, number>>;
}
