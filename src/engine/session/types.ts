/**
 * The session log: the only thing that needs saving. Replaying it against the scenario
 * rebuilds every snapshot, the final result and the profile.
 */
import type { EndingOutcome, Scores } from '../scenario/schema';
import type { TimePressure } from '../run/types';

export const SESSION_FORMAT = 'leadership-sim-session' as const;
/** The version this game writes. Version 1 logs (no mode, no step-backs) are still read as they are. */
export const SESSION_VERSION = 2 as const;
export type SessionVersion = 1 | typeof SESSION_VERSION;

/**
 * How a run was played. Assessment: only the story's consequences during play. Practice: the
 * feedback, the principle and the score changes after each choice, and the player may step
 * back one decision (a `back` input) and try another.
 */
export type PlayMode = 'assessment' | 'practice';
export const PLAY_MODES: readonly PlayMode[] = ['assessment', 'practice'];

export type SessionInput =
  | { type: 'continue'; at: number }
  | { type: 'choose'; choiceId: string; at: number }
  | { type: 'timeout'; at: number }
  /** Version 2, practice only: undo the latest decision and everything after it. */
  | { type: 'back'; at: number };

export interface SessionResult {
  endingId: string;
  outcome: EndingOutcome;
  rawScores: Scores;
}

export interface SessionLog {
  format: typeof SESSION_FORMAT;
  version: SessionVersion;
  /** Version 2: how the run was played. A version 1 log has none (it played as assessment). */
  mode?: PlayMode;
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

/** The mode a log was played in; a version 1 log knew no other than assessment. */
export function modeOfLog(log: Pick<SessionLog, 'mode'>): PlayMode {
  return log.mode ?? 'assessment';
}

/** How many times the player stepped back in this log. */
export function stepBacksOf(log: Pick<SessionLog, 'inputs'>): number {
  return log.inputs.filter((input) => input.type === 'back').length;
}
