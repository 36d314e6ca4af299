/** The numbers behind the debrief (the screen itself lives in src/ui). */
import type { Dimension, EndingOutcome, Scores } from '../scenario/schema';

/** Lowest and highest raw score any complete run of a scenario can reach, per dimension. */
export type ScoreBounds = Record<Dimension, { min: number; max: number }>;

/**
 * What scoring a run needs to know about its scenario as a whole: the score bounds and, per
 * dimension, the steps of one run that reaches the maximum ("node:choice" for decisions). The
 * authoring analyser computes it from the file (at build time for the library), so the runtime
 * never carries the analyser.
 */
export interface Scoring {
  bounds: ScoreBounds;
  bestRun: Record<Dimension, string[]>;
}

export interface DimensionResult {
  dimension: Dimension;
  raw: number;
  min: number;
  max: number;
  /** 0–100, rounded; null when the scenario cannot move this dimension (min === max). */
  normalised: number | null;
}

export interface DecisionReview {
  nodeId: string;
  nodeTitle?: string;
  choiceId: string;
  choiceText: string;
  feedback: string;
  principleId?: string;
  scores: Scores;
  timedOut: boolean;
  msTaken: number;
  /** The best-scoring alternative that was offered there (by total score), if it beats the choice. */
  bestAlternative?: {
    choiceId: string;
    choiceText: string;
    feedback: string;
    scores: Scores;
    principleId?: string;
  };
}

export interface KeyMoments {
  /** Per dimension: the decisions that raised it most and lowered it most (up to 3 each). */
  raised: Record<Dimension, DecisionReview[]>;
  lowered: Record<Dimension, DecisionReview[]>;
}

export interface Profile {
  scenarioId: string;
  dimensions: Record<Dimension, DimensionResult>;
  ending: { nodeId: string; title?: string; text: string; outcome: EndingOutcome };
  decisions: DecisionReview[];
  keyMoments: KeyMoments;
  timing: {
    decisions: number;
    averageMs: number;
    timedDecisions: number;
    timedOut: number;
  };
  meters: Array<{
    id: string;
    label: string;
    initial: number;
    final: number;
    min?: number;
    max?: number;
  }>;
  /**
   * Principle ids behind decisions worth revisiting (a negative total score, or a better
   * alternative was offered), most frequent first.
   */
  principlesToRevisit: string[];
}
