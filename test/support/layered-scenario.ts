/**
 * A big deterministic scenario for the bench and the analyser's performance test: a layered
 * DAG where each node leads to `branching` nodes of the next layer, so the number of complete
 * paths grows like branching^layers (500 nodes with the defaults: about 10^36 paths) while the
 * file stays a realistic size.
 *
 * Conditions read the `trust` meter (0–100, moved in steps of 10) and three flags, so the
 * world states that matter at a node stay few (at most 11 × 2^3); `budget` has no bounds and
 * is never read, like the many meters real scenarios only display.
 */
import type {
  Choice,
  EventOutcome,
  Scenario,
  ScenarioNode,
} from '../../src/engine/scenario/schema';
import { chance, pickOne, seededEntropy, type Entropy } from './entropy';
import {
  branchListOver,
  randomCondition,
  randomEffects,
  randomNext,
  randomScores,
  type Vocabulary,
} from './scenario-parts';

export interface LayeredOptions {
  nodes: number;
  seed: number;
  /** Nodes per layer (default 8). */
  width?: number;
  /** Distinct successors of each node, 1–6 (default 4). */
  branching?: number;
}

const ENDING_OUTCOMES = ['positive', 'mixed', 'negative'] as const;
const MIN_ENDINGS = 3;

const conditionVocabulary: Vocabulary = {
  meters: ['trust'],
  flags: ['escalated', 'refunded', 'apologised'],
  thresholds: [20, 40, 50, 60, 80],
  deltas: [-20, -10, 10, 20],
};

/** Effects may also move `budget`, which nothing reads. */
const effectVocabulary: Vocabulary = { ...conditionVocabulary, meters: ['trust', 'budget'] };

/**
 * Successor indexes in the next layer for each node of this layer. Node j always covers the
 * targets t with t mod size === j, so every node of the next layer has a predecessor.
 */
function linkLayers(
  entropy: Entropy,
  fromSize: number,
  toSize: number,
  branching: number,
): number[][] {
  return Array.from({ length: fromSize }, (_, from) => {
    const targets: number[] = [];
    for (let to = from % toSize; to < toSize; to += fromSize) targets.push(to);
    const wanted = Math.min(branching, toSize);
    while (targets.length < wanted) {
      const to = entropy.below(toSize);
      if (!targets.includes(to)) targets.push(to);
    }
    return targets;
  });
}

function layeredChoice(entropy: Entropy, index: number, target: string, targets: string[]): Choice {
  const choice: Choice = {
    id: `option-${index}`,
    text: `Option ${index}`,
    feedback: `What option ${index} says about your leadership.`,
    next: randomNext(entropy, conditionVocabulary, target, targets),
    ...randomEffects(entropy, effectVocabulary),
  };
  const scores = randomScores(entropy);
  if (scores) choice.scores = scores;
  if (index > 0 && chance(entropy, 2))
    choice.when = randomCondition(entropy, conditionVocabulary, 1);
  return choice;
}

function layeredNode(entropy: Entropy, targets: string[]): ScenarioNode {
  const roll = entropy.below(10);
  if (roll === 0)
    return {
      kind: 'narrative',
      text: 'Word spreads.',
      next: branchListOver(entropy, conditionVocabulary, targets),
    };
  if (roll === 1) {
    const outcomes: EventOutcome[] = targets.map((target, index) => ({
      weight: 1 + index,
      ...randomEffects(entropy, effectVocabulary),
      next: target,
    }));
    return { kind: 'event', text: 'The market shifts.', outcomes };
  }
  const count = Math.min(6, targets.length + entropy.below(2));
  const choices = Array.from({ length: count }, (_, index) =>
    layeredChoice(entropy, index, targets[index] ?? pickOne(entropy, targets), targets),
  );
  const node: ScenarioNode = { kind: 'decision', text: 'Your call.', choices };
  if (chance(entropy, 4)) {
    node.timeLimitSeconds = 20;
    node.timeoutChoice = pickOne(entropy, choices).id;
  }
  return node;
}

function layerIds(layer: number, size: number): string[] {
  return Array.from({ length: size }, (_, index) => `l${layer}-n${index}`);
}

export function generateLayeredScenario(options: LayeredOptions): Scenario {
  const width = options.width ?? 8;
  const branching = options.branching ?? 4;
  const entropy = seededEntropy(options.seed);
  const layers = Math.max(1, Math.floor((options.nodes - 1 - MIN_ENDINGS) / width));
  const endingIds = Array.from(
    { length: Math.max(MIN_ENDINGS, options.nodes - 1 - layers * width) },
    (_, i) => `ending-${i}`,
  );
  const nodes: Record<string, ScenarioNode> = {};
  const firstLayer = layerIds(1, width);
  // An event fans out to the whole first layer: no choice count limit applies to outcomes.
  nodes['briefing'] = {
    kind: 'event',
    text: 'Your shift begins.',
    outcomes: firstLayer.map((next) => ({ weight: 1, next })),
  };
  for (let layer = 1; layer <= layers; layer += 1) {
    const next = layer < layers ? layerIds(layer + 1, width) : endingIds;
    const links = linkLayers(entropy, width, next.length, branching);
    layerIds(layer, width).forEach((id, index) => {
      nodes[id] = layeredNode(
        entropy,
        (links[index] as number[]).map((target) => next[target] as string),
      );
    });
  }
  endingIds.forEach((id, index) => {
    nodes[id] = {
      kind: 'ending',
      text: `Ending ${index}.`,
      outcome: ENDING_OUTCOMES[index % 3] ?? 'mixed',
    };
  });
  return {
    formatVersion: 1,
    id: `layered-${options.nodes}-${options.seed}`,
    title: 'Layered stress scenario',
    summary: 'A generated scenario with an enormous number of paths.',
    role: 'Operations lead',
    meters: {
      trust: { label: 'Customer trust', initial: 50, min: 0, max: 100 },
      budget: { label: 'Budget', initial: 1000 },
    },
    start: 'briefing',
    nodes,
  };
}
