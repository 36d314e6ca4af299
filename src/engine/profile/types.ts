/** The numbers behind the debrief (the screen itself lives in src/ui). */
import type { Dimension, EndingOutcome, Scores } from '../scenario/schema';
import type { EndingStory } from './ending-story-types';

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
  /** Index of this decision in the run's history (how the ending story refers to it). */
  step: number;
  /** Ids of the choices offered there (the one taken included, even after a timeout). */
  offered: string[];
  /** True when no option offered there had a higher total score than the one taken. */
  bestOffered: boolean;
  /** Total points the run lost here against the best option offered (0 when bestOffered). */
  lost: number;
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
   * Principles of the better options the run passed over, weighted by the points it lost
   * there; never a principle the run applied with the best option offered at some decision.
   */
  principlesToRevisit: PrincipleToRevisit[];
  /** Total points lost against the best option offered, over every decision of the run. */
  lostPoints: number;
  /** The run lost at most NEAR_BEST_LOSS points in all: it says so and offers a stretch. */
  nearBest: boolean;
  /** Why the run reached its ending: the branches that chose it and what moved them. */
  endingStory: EndingStory;
  /**
   * Practice: the decisions the player took back and chose again, in order (empty for a run
   * without step-backs). The scores count only the choices that stood.
   */
  stepBacks?: StepBackNote[];
}

export interface StepBackNote {
  nodeId: string;
  nodeTitle?: string;
  /** The choice that was taken back (the timeout choice when the time had run out). */
  choiceId: string;
  choiceText: string;
  timedOut: boolean;
}

export interface PrincipleToRevisit {
  principleId: string;
  /** Points lost at the decisions where a better option with this principle was passed over. */
  lost: number;
  /** Those decisions: where, what was taken, and the better option passed over. */
  moments: Array<{ nodeId: string; choiceId: string; betterChoiceId: string; lost: number }>;
}
