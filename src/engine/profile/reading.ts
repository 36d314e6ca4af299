/**
 * A profile of this run, not a template: the archetype named by the scores, introduced with
 * the leader's own decisions as evidence; strengths and a blind spot, each tied to a decision
 * the leader actually took. The prose comes from archetypes.json; the evidence from the run.
 */
import { DIMENSIONS, type Dimension } from '../scenario/schema';
import { ARCHETYPE_CONTENT, bandOf, scoresOf, selectArchetype, type Archetype } from './archetypes';
import { totalScore } from './decision-review';
import { isHigh } from './bands';
import type { DecisionReview, Profile } from './types';

export interface Strength {
  dimension: Dimension;
  text: string;
  /** The decision that raised this dimension most. */
  decision: DecisionReview;
}

export interface BlindSpot {
  dimension: Dimension;
  text: string;
  /** The decision that lowered this dimension most, when one did. */
  decision?: DecisionReview;
}

export interface RunReading {
  archetype: Archetype;
  /** One or two decisions of this run that show the archetype's pattern, in run order. */
  evidence: DecisionReview[];
  /** Up to two dimensions at developing or above, strongest first, each with its decision. */
  strengths: Strength[];
  blindSpot: BlindSpot | null;
}

const MAX_EVIDENCE = 2;
const MAX_STRENGTHS = 2;
/** A strength needs at least a developing score (bands.ts). */
const STRENGTH_FLOOR = 40;

function measured(profile: Profile): Array<{ dimension: Dimension; score: number }> {
  return DIMENSIONS.flatMap((dimension) => {
    const score = profile.dimensions[dimension].normalised;
    return score === null ? [] : [{ dimension, score }];
  });
}

/**
 * How well a decision shows the pattern: its scores on high dimensions count for it, its
 * scores on low dimensions count against (a low dimension is shown by a choice that lowered it).
 */
function patternFit(review: DecisionReview, weights: Partial<Record<Dimension, number>>): number {
  return DIMENSIONS.reduce((sum, d) => sum + (weights[d] ?? 0) * review.scores[d], 0);
}

function evidenceFor(profile: Profile): DecisionReview[] {
  const weights: Partial<Record<Dimension, number>> = {};
  for (const { dimension, score } of measured(profile)) {
    const band = bandOf(score);
    weights[dimension] = band === 'high' ? 1 : band === 'low' ? -1 : 0;
  }
  const byFit = profile.decisions
    .map((review) => ({ review, fit: patternFit(review, weights) }))
    .filter((entry) => entry.fit > 0)
    .sort((a, b) => b.fit - a.fit)
    .slice(0, MAX_EVIDENCE)
    .map((entry) => entry.review);
  if (byFit.length === 0) {
    // A balanced pattern: the decision that moved the scores most, either way.
    const strongest = [...profile.decisions].sort(
      (a, b) => Math.abs(totalScore(b.scores)) - Math.abs(totalScore(a.scores)),
    )[0];
    if (strongest && totalScore(strongest.scores) !== 0) byFit.push(strongest);
  }
  return byFit.sort((a, b) => a.step - b.step);
}

/** Strengths quote the strongest example, preferring one the evidence has not quoted already. */
function strengthsOf(profile: Profile, evidence: DecisionReview[]): Strength[] {
  const used = new Set<DecisionReview>(evidence);
  const strengths: Strength[] = [];
  const candidates = measured(profile)
    .filter((entry) => entry.score >= STRENGTH_FLOOR)
    .sort((a, b) => b.score - a.score);
  for (const { dimension } of candidates) {
    const raising = profile.decisions
      .filter((review) => review.scores[dimension] > 0)
      .sort((a, b) => b.scores[dimension] - a.scores[dimension]);
    // The strongest example; another one only when it is just as strong on this dimension.
    const top = raising[0];
    const decision =
      raising.find((r) => !used.has(r) && top && r.scores[dimension] === top.scores[dimension]) ??
      top;
    if (!decision) continue;
    used.add(decision);
    strengths.push({ dimension, text: ARCHETYPE_CONTENT.dimensions[dimension].strength, decision });
    if (strengths.length === MAX_STRENGTHS) break;
  }
  return strengths;
}

function blindSpotOf(profile: Profile, evidence: DecisionReview[]): BlindSpot | null {
  const lowest = measured(profile).sort((a, b) => a.score - b.score)[0];
  if (!lowest || isHigh(lowest.score)) return null;
  const { dimension } = lowest;
  const spot: BlindSpot = { dimension, text: ARCHETYPE_CONTENT.dimensions[dimension].blindSpot };
  const lowering = profile.decisions
    .filter((review) => review.scores[dimension] < 0)
    .sort((a, b) => a.scores[dimension] - b.scores[dimension]);
  // Like the strengths: the clearest example, another one only when it is just as clear.
  const worst = lowering[0];
  const decision =
    lowering.find(
      (r) => !evidence.includes(r) && worst && r.scores[dimension] === worst.scores[dimension],
    ) ?? worst;
  if (decision) spot.decision = decision;
  return spot;
}

export function readRun(profile: Profile): RunReading {
  const evidence = evidenceFor(profile);
  return {
    archetype: selectArchetype(scoresOf(profile.dimensions)),
    evidence,
    strengths: strengthsOf(profile, evidence),
    blindSpot: blindSpotOf(profile, evidence),
  };
}
