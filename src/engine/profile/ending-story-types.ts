/**
 * "Why this ending" as data: which branch lists the run passed through, which of their
 * conditions held (with the real meter values and thresholds), which steps set the flags and
 * moved the meters those conditions read, and what single different choice or chance draw
 * would have led elsewhere. All of it is computed with the scenario's own rules (rules.ts).
 */
import type { EndingOutcome } from '../scenario/schema';

/** One condition judged against the world at a branch, leaf by leaf. */
export type ConditionCheck =
  | { kind: 'flag'; flag: string; expected: boolean; actual: boolean; holds: boolean }
  | {
      kind: 'meter';
      meter: string;
      op: 'gte' | 'lte';
      threshold: number;
      actual: number;
      holds: boolean;
      /** How far the meter was from holding (0 when it holds). */
      gap: number;
    }
  | { kind: 'all' | 'any'; parts: ConditionCheck[]; holds: boolean };

/** A step of the run that changed a meter or set a flag. */
export interface Move {
  /** Index in the run's history. */
  step: number;
  kind: 'decision' | 'event';
  nodeId: string;
  choiceId?: string;
  outcomeIndex?: number;
  /** The meter's change after clamping (for meter moves). */
  delta?: number;
  /** The value the step set (for flag moves). */
  set?: boolean;
}

export interface BranchEntryCheck {
  index: number;
  /** The node this entry leads to. */
  to: string;
  /** Absent on the last entry (it has no `when`). */
  when?: ConditionCheck;
  holds: boolean;
  /** True for the entries the rules judged (those before the one taken, and the one taken). */
  judged: boolean;
  /** The ending this entry leads to without any further input, when it does. */
  ending?: { id: string; outcome: EndingOutcome };
}

export interface MeterReading {
  meter: string;
  /** The meter's value at the start of the run (clamped). */
  initial: number;
  /** Its value when the branch was judged: initial plus every move's delta. */
  value: number;
  moves: Move[];
}

export interface FlagReading {
  flag: string;
  value: boolean;
  /** The steps that set the flag before the branch was judged, in run order. */
  setBy: Move[];
}

/** A branch list the run resolved (a `next` with conditions). */
export interface Gate {
  /** History index of the step whose `next` this was. */
  step: number;
  /** The node the branch list belongs to. */
  nodeId: string;
  /** The entry taken and the node it led to. */
  taken: number;
  to: string;
  entries: BranchEntryCheck[];
  /** Every meter and flag any entry's condition reads, as they stood when it was judged. */
  meters: MeterReading[];
  flags: FlagReading[];
}

/** The same run with one step done differently, everything else as it was. */
export interface WhatIf {
  step: number;
  kind: 'decision' | 'event';
  nodeId: string;
  /** The alternative: another offered choice, or another outcome of the chance event. */
  choiceId?: string;
  outcomeIndex?: number;
  /** For an event: the alternative outcome's share of the weights (0–1). */
  chance?: number;
  endingId: string;
  outcome: EndingOutcome;
  /** Per meter read at the deciding branch: alternative value minus the run's value there. */
  meterChanges: Record<string, number>;
}

export interface EndingStory {
  endingId: string;
  outcome: EndingOutcome;
  /** Every branch list along the path, in run order; the last one is the deciding branch. */
  gates: Gate[];
  /** Steps whose alternatives would have taken the story to another node (a route choice). */
  routeSteps: number[];
  /**
   * Every single change (one other offered choice, or one other chance outcome) after which
   * the rest of the run could be played exactly as it was, with the ending it would reach.
   */
  whatIfs: WhatIf[];
  /** Meters and flags at the ending (the engine's final context holds the same). */
  final: { meters: Record<string, number>; flags: Record<string, boolean> };
}
