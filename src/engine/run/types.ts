/**
 * The run's data: what the XState machine carries in context and what views read.
 * Time is always "ms since the run started", supplied by the caller (the engine has no clock).
 */
import type { Dimension, EndingOutcome, Scores } from '../scenario/schema';

export type { Dimension, Scores };

/** How the player chose to handle time limits (WCAG "timing adjustable"); recorded in the log. */
export type TimePressure = 'normal' | 'off' | 'double';

export interface RunOptions {
  seed: number;
  timePressure: TimePressure;
}

export interface HistoryEntry {
  nodeId: string;
  kind: 'narrative' | 'decision' | 'event';
  /** The choice taken at a decision (the timeout choice when it timed out). */
  choiceId?: string;
  /** Index of the outcome drawn at an event. */
  outcomeIndex?: number;
  /** ms from entering the node to leaving it. */
  msTaken: number;
  timedOut: boolean;
  /** Choices that were offered (ids), for the debrief's "best alternative" and replay. */
  offered?: string[];
}

export interface RunContext {
  scenarioId: string;
  nodeId: string;
  scores: Scores;
  meters: Record<string, number>;
  flags: Record<string, boolean>;
  history: HistoryEntry[];
  seed: number;
  /** Current state of the seeded PRNG (advances on every event draw). */
  rngState: number;
  timePressure: TimePressure;
  /** ms since start at which the current node was entered. */
  enteredAt: number;
  /** ms since start at which the current timed decision times out; null when not timed. */
  deadline: number | null;
  /** ms since start of the latest input the run has seen. */
  now: number;
  /** At an event node: index of the outcome drawn on entering it (its effects already applied). */
  drawnOutcome?: number;
  /** What the latest step changed (an input plus any event drawn on the node it led to). */
  lastChange?: RunChange;
  /** At an ending node: its outcome, so a result can be built from the context alone. */
  endingOutcome?: EndingOutcome;
  /** At an event node: how its drawn outcome moved the meters (clamped), for the screen to say. */
  drawnMeterDelta?: Record<string, number>;
  /**
   * The context just before the latest decision was taken, kept until the next decision: a
   * practice step-back returns to it. Its own `beforeDecision` is dropped (one step back only).
   */
  beforeDecision?: RunContext;
  /** Decisions the player took back (practice), in order; absent when there were none. */
  steppedBack?: SteppedBack[];
}

/** A decision taken and then undone by a practice step-back. */
export interface SteppedBack {
  nodeId: string;
  choiceId: string;
  timedOut: boolean;
}

/** Score and (clamped) meter changes of one step; meters that did not move are left out. */
export interface RunChange {
  scoreDelta: Scores;
  meterDelta: Record<string, number>;
  timedOut: boolean;
}

/** Events sent to the run actor. `at` is ms since the run started. */
export type RunEvent =
  | { type: 'player.continue'; at: number }
  | { type: 'player.choose'; choiceId: string; at: number }
  | { type: 'timer.expired'; at: number }
  /** Sent after restoring a persisted snapshot so a timed decision re-arms its timer. */
  | { type: 'run.resumed'; at: number }
  /** Practice: undo the latest decision (and what followed it) and decide again. */
  | { type: 'player.back'; at: number };

/** What a view needs to show the current node; built by `selectView` from a snapshot. */
export interface NodeView {
  nodeId: string;
  kind: 'narrative' | 'decision' | 'event' | 'ending';
  title?: string;
  text: string;
  speaker?: { id: string; name: string; role: string };
  mood?: 'neutral' | 'happy' | 'worried' | 'angry' | 'thoughtful';
  /** Offered choices only, numbered 1..n in file order (keys 1–6 pick them). */
  choices: Array<{ id: string; text: string; number: number }>;
  /** At an event: the text of the outcome drawn for this run, if the outcome has one. */
  outcomeText?: string;
  /** At an event: the meters its drawn outcome moved, with their new values. */
  outcomeMeters?: MeterMove[];
  /** Timed decision: deadline in run ms and the full limit after time pressure is applied. */
  deadline: number | null;
  timeLimitMs: number | null;
  meters: Array<{ id: string; label: string; value: number; min?: number; max?: number }>;
  scores: Scores;
  ending?: { outcome: 'positive' | 'mixed' | 'negative' };
  /** What the last input changed (for the "reaction" animation and sounds). */
  lastChange?: {
    scoreDelta: Scores;
    meterDelta: Record<string, number>;
    timedOut: boolean;
  };
}

/** One meter moved by one cause (a choice, a chance outcome): by how much, and to what value. */
export interface MeterMove {
  id: string;
  label: string;
  delta: number;
  value: number;
}
