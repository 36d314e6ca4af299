/**
 * Small random VALID scenarios (2–12 nodes) for property tests: acyclic, every node reachable
 * from `start`, every path ends, at least one unconditional choice per decision.
 *
 * How validity is guaranteed by construction: node i only leads to nodes with a larger index
 * (so no cycle); every node j > 0 is the child of some earlier node (so all are reachable);
 * a node with nothing after it becomes an ending and every other node leads somewhere (so every
 * path ends). Each node's targets are each the unconditional ("last entry") target of some
 * slot, so conditions never cut a structural edge.
 */
import type {
  Choice,
  EventOutcome,
  Meter,
  Scenario,
  ScenarioNode,
} from '../../src/engine/scenario/schema';
import { chance, pickOne, type Entropy } from './entropy';
import {
  branchListOver,
  randomCondition,
  randomEffects,
  randomNext,
  randomScores,
  type Vocabulary,
} from './scenario-parts';

const MAX_NODES = 12;
const MAX_CHOICES = 6;
const PRINCIPLES = ['listen-first', 'own-the-outcome'];

function randomMeters(entropy: Entropy): Record<string, Meter> {
  const meters: Record<string, Meter> = {};
  const count = entropy.below(3);
  for (let index = 0; index < count; index += 1) {
    const meter: Meter = { label: `Meter ${index}`, initial: entropy.below(11) };
    if (!chance(entropy, 3)) meter.min = 0;
    if (!chance(entropy, 3)) meter.max = 10;
    meters[`m${index}`] = meter;
  }
  return meters;
}

/** For each node, the later nodes it leads to: a spanning tree plus a few extra edges. */
function randomTargets(entropy: Entropy, nodeCount: number): number[][] {
  const targets: number[][] = Array.from({ length: nodeCount }, () => []);
  for (let child = 1; child < nodeCount; child += 1) {
    let parent = entropy.below(child);
    if ((targets[parent] as number[]).length >= MAX_CHOICES) parent = child - 1;
    (targets[parent] as number[]).push(child);
  }
  for (let from = 0; from < nodeCount - 1; from += 1) {
    const list = targets[from] as number[];
    const extra = entropy.below(4);
    for (let index = 0; index < extra && list.length < MAX_CHOICES; index += 1) {
      const to = from + 1 + entropy.below(nodeCount - 1 - from);
      if (!list.includes(to)) list.push(to);
    }
  }
  return targets;
}

function randomChoice(
  entropy: Entropy,
  vocabulary: Vocabulary,
  index: number,
  target: string,
  allowed: string[],
): Choice {
  const choice: Choice = {
    id: `c${index}`,
    text: `Option ${index}`,
    feedback: `Feedback on option ${index}.`,
    next: randomNext(entropy, vocabulary, target, allowed),
  };
  const scores = randomScores(entropy);
  if (scores) choice.scores = scores;
  Object.assign(choice, randomEffects(entropy, vocabulary));
  // The first choice stays unconditional so a player is never stuck.
  if (index > 0 && chance(entropy, 2)) choice.when = randomCondition(entropy, vocabulary);
  if (chance(entropy, 2)) choice.principle = pickOne(entropy, PRINCIPLES);
  return choice;
}

function randomDecision(entropy: Entropy, vocabulary: Vocabulary, targets: string[]): ScenarioNode {
  const count = Math.min(MAX_CHOICES, Math.max(2, targets.length + entropy.below(2)));
  const choices = Array.from({ length: count }, (_, index) =>
    randomChoice(entropy, vocabulary, index, targets[index] ?? pickOne(entropy, targets), targets),
  );
  const node: ScenarioNode = { kind: 'decision', text: 'What do you do?', choices };
  if (chance(entropy, 3)) {
    node.timeLimitSeconds = 5 + entropy.below(20);
    node.timeoutChoice = pickOne(entropy, choices).id;
  }
  return node;
}

function randomEvent(entropy: Entropy, vocabulary: Vocabulary, targets: string[]): ScenarioNode {
  const count = targets.length + entropy.below(2);
  const outcomes: EventOutcome[] = Array.from({ length: count }, (_, index) => ({
    weight: 1 + entropy.below(3),
    text: `Outcome ${index}`,
    ...randomEffects(entropy, vocabulary),
    next: randomNext(entropy, vocabulary, targets[index] ?? pickOne(entropy, targets), targets),
  }));
  return { kind: 'event', text: 'Something happens.', outcomes };
}

function randomNode(entropy: Entropy, vocabulary: Vocabulary, targets: string[]): ScenarioNode {
  if (targets.length === 0) {
    return {
      kind: 'ending',
      text: 'The end.',
      outcome: pickOne(entropy, ['positive', 'mixed', 'negative'] as const),
    };
  }
  switch (entropy.below(3)) {
    case 0:
      return {
        kind: 'narrative',
        text: 'Time passes.',
        next: branchListOver(entropy, vocabulary, targets),
      };
    case 1:
      return randomDecision(entropy, vocabulary, targets);
    default:
      return randomEvent(entropy, vocabulary, targets);
  }
}

export function buildRandomScenario(entropy: Entropy): Scenario {
  const meters = randomMeters(entropy);
  const vocabulary: Vocabulary = {
    meters: Object.keys(meters),
    flags: ['f0', 'f1', 'f2'],
    thresholds: [0, 2, 4, 5, 6, 8, 10],
    deltas: [-4, -3, -2, -1, 1, 2, 3, 4],
  };
  const nodeCount = 2 + entropy.below(MAX_NODES - 1);
  const targets = randomTargets(entropy, nodeCount);
  const nodes: Record<string, ScenarioNode> = {};
  for (let index = 0; index < nodeCount; index += 1) {
    const ids = (targets[index] as number[]).map((target) => `n${target}`);
    nodes[`n${index}`] = randomNode(entropy, vocabulary, ids);
  }
  const scenario: Scenario = {
    formatVersion: 1,
    id: 'generated-small',
    title: 'Generated scenario',
    summary: 'A random scenario made for property tests.',
    role: 'Team lead',
    principles: {
      'listen-first': { title: 'Listen first', summary: 'Hear the customer out before acting.' },
      'own-the-outcome': {
        title: 'Own the outcome',
        summary: 'Take responsibility for the result.',
      },
    },
    start: 'n0',
    nodes,
  };
  if (vocabulary.meters.length > 0) scenario.meters = meters;
  return scenario;
}
