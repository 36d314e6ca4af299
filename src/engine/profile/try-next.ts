/**
 * One thing to try next, chosen from what the leader did NOT do in this run: never an option
 * the run took (by id or by wording), never a principle the run practised (revisit.ts).
 * In order: the stronger option passed over where the run lost most; for a near-best run, a
 * stretch from the best run of the weakest dimension; else an idea from the archetype's prose.
 */
import type { Choice, Dimension, Scenario, Scores } from '../scenario/schema';
import { choiceScores } from '../scenario/rules';
import { DIMENSIONS } from '../scenario/schema';
import { allArchetypes, type Archetype } from './archetypes';
import { decisionStep } from './compare';
import { betterOptions, principlesPractised } from './revisit';
import type { DecisionReview, Profile, Scoring } from './types';

interface SuggestedOption {
  nodeId: string;
  nodeTitle?: string;
  choiceId: string;
  choiceText: string;
  feedback: string;
  scores: Scores;
  principleId?: string;
  /** What the run took at that decision, when it reached it. */
  instead?: { choiceId: string; choiceText: string };
}

export type TryNext =
  | ({ kind: 'better-option'; lost: number } & SuggestedOption)
  | ({ kind: 'stretch'; dimension: Dimension } & SuggestedOption)
  | { kind: 'idea'; text: string; principleId?: string };

interface RunFacts {
  takenIds: Set<string>;
  takenTexts: Set<string>;
  practised: Set<string>;
}

const key = (nodeId: string, choiceId: string) => `${nodeId}\u0000${choiceId}`;

function factsOf(profile: Profile): RunFacts {
  return {
    takenIds: new Set(profile.decisions.map((review) => key(review.nodeId, review.choiceId))),
    takenTexts: new Set(profile.decisions.map((review) => review.choiceText.trim())),
    practised: principlesPractised(profile.decisions),
  };
}

/** Not taken in this run, not worded like anything taken, not a principle the run practised. */
function isNew(facts: RunFacts, nodeId: string, choice: Choice): boolean {
  if (facts.takenIds.has(key(nodeId, choice.id))) return false;
  if (facts.takenTexts.has(choice.text.trim())) return false;
  return choice.principle === undefined || !facts.practised.has(choice.principle);
}

function suggestion(
  scenario: Scenario,
  nodeId: string,
  choice: Choice,
  taken?: DecisionReview,
): SuggestedOption {
  const node = scenario.nodes[nodeId];
  const option: SuggestedOption = {
    nodeId,
    choiceId: choice.id,
    choiceText: choice.text,
    feedback: choice.feedback,
    scores: choiceScores(choice),
  };
  if (node?.title !== undefined) option.nodeTitle = node.title;
  if (choice.principle !== undefined) option.principleId = choice.principle;
  if (taken) option.instead = { choiceId: taken.choiceId, choiceText: taken.choiceText };
  return option;
}

function betterOption(scenario: Scenario, profile: Profile, facts: RunFacts): TryNext | null {
  const byLoss = profile.decisions
    .filter((review) => review.lost > 0)
    .sort((a, b) => b.lost - a.lost || a.step - b.step);
  for (const review of byLoss) {
    const node = scenario.nodes[review.nodeId];
    if (node?.kind !== 'decision') continue;
    const option = betterOptions(node, review).find((choice) =>
      isNew(facts, review.nodeId, choice),
    );
    if (option)
      return {
        kind: 'better-option',
        lost: review.lost,
        ...suggestion(scenario, review.nodeId, option, review),
      };
  }
  return null;
}

/** From the weakest dimension up: a choice of that dimension's best run this run did not make. */
function stretch(
  scenario: Scenario,
  scoring: Scoring,
  profile: Profile,
  facts: RunFacts,
): TryNext | null {
  const dimensions = DIMENSIONS.filter((d) => {
    const score = profile.dimensions[d].normalised;
    return score !== null && score < 100;
  }).sort(
    (a, b) => (profile.dimensions[a].normalised ?? 0) - (profile.dimensions[b].normalised ?? 0),
  );
  for (const dimension of dimensions) {
    const steps = (scoring.bestRun[dimension] ?? []).flatMap((step) => {
      const found = decisionStep(scenario, step);
      return found && isNew(facts, found.nodeId, found.choice) ? [found] : [];
    });
    const taken = (nodeId: string) => profile.decisions.find((review) => review.nodeId === nodeId);
    // A decision the leader reached reads best ("where you chose X"); else the first new one.
    const pick = steps.find((step) => taken(step.nodeId)) ?? steps[0];
    if (pick)
      return {
        kind: 'stretch',
        dimension,
        ...suggestion(scenario, pick.nodeId, pick.choice, taken(pick.nodeId)),
      };
  }
  return null;
}

function idea(archetype: Archetype, facts: RunFacts): TryNext | null {
  const fresh = (candidate: Archetype) =>
    candidate.tryNext.find(
      (item) => item.principle === undefined || !facts.practised.has(item.principle),
    );
  const found =
    fresh(archetype) ??
    allArchetypes()
      .map(fresh)
      .find((item) => item !== undefined);
  if (!found) return null;
  return found.principle === undefined
    ? { kind: 'idea', text: found.text }
    : { kind: 'idea', text: found.text, principleId: found.principle };
}

export function tryNext(
  scenario: Scenario,
  scoring: Scoring,
  profile: Profile,
  archetype: Archetype,
): TryNext | null {
  const facts = factsOf(profile);
  return (
    (profile.nearBest ? null : betterOption(scenario, profile, facts)) ??
    stretch(scenario, scoring, profile, facts) ??
    idea(archetype, facts)
  );
}
