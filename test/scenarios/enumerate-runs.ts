/**
 * Brute-force walk of every complete run of a scenario: every choice a player can be offered
 * and every chance outcome. The library's files are small, so this is exact and fast; it uses
 * the same rules (conditions, clamped effects, branch lists) as the run machine.
 */
import type { EndingOutcome, Scenario, Scores } from '../../src/engine/scenario/schema';
import {
  addScores,
  applyEffects,
  choiceScores,
  initialWorld,
  offeredChoices,
  resolveNext,
  zeroScores,
  type WorldState,
} from '../../src/engine/scenario/rules';

export interface RunStep {
  nodeId: string;
  choiceId?: string;
  outcomeIndex?: number;
}

export interface CompleteRun {
  steps: RunStep[];
  endingId: string;
  outcome: EndingOutcome;
  scores: Scores;
  decisions: number;
  world: WorldState;
}

interface Walk {
  nodeId: string;
  world: WorldState;
  scores: Scores;
  steps: RunStep[];
  decisions: number;
}

/** Guards against a runaway walk if a file under test has a cycle the checker missed. */
const MAX_STEPS = 200;

export function enumerateRuns(scenario: Scenario, maxRuns = 500_000): CompleteRun[] {
  const runs: CompleteRun[] = [];
  const pending: Walk[] = [
    {
      nodeId: scenario.start,
      world: initialWorld(scenario),
      scores: zeroScores(),
      steps: [],
      decisions: 0,
    },
  ];
  while (pending.length > 0) {
    const walk = pending.pop() as Walk;
    if (walk.steps.length > MAX_STEPS)
      throw new Error(`${scenario.id}: run longer than ${MAX_STEPS} steps`);
    const node = scenario.nodes[walk.nodeId];
    if (!node) throw new Error(`${scenario.id}: no node "${walk.nodeId}"`);
    if (node.kind === 'ending') {
      runs.push({ ...walk, endingId: walk.nodeId, outcome: node.outcome });
      if (runs.length > maxRuns) throw new Error(`${scenario.id}: more than ${maxRuns} runs`);
    } else {
      pending.push(...successors(scenario, walk));
    }
  }
  return runs;
}

function successors(scenario: Scenario, walk: Walk): Walk[] {
  const node = scenario.nodes[walk.nodeId];
  if (!node || node.kind === 'ending') return [];
  if (node.kind === 'narrative') {
    const steps = [...walk.steps, { nodeId: walk.nodeId }];
    return [{ ...walk, steps, nodeId: resolveNext(node.next, walk.world) }];
  }
  if (node.kind === 'event') {
    return node.outcomes.map((outcome, outcomeIndex) => {
      const world = applyEffects(scenario, walk.world, outcome);
      const steps = [...walk.steps, { nodeId: walk.nodeId, outcomeIndex }];
      return { ...walk, world, steps, nodeId: resolveNext(outcome.next, world) };
    });
  }
  return offeredChoices(node, walk.world).map((choice) => {
    const world = applyEffects(scenario, walk.world, choice);
    return {
      nodeId: resolveNext(choice.next, world),
      world,
      scores: addScores(walk.scores, choiceScores(choice)),
      steps: [...walk.steps, { nodeId: walk.nodeId, choiceId: choice.id }],
      decisions: walk.decisions + 1,
    };
  });
}

/** Pairs of dimensions whose maxima no single complete run reaches together. */
export function conflictingMaxima(runs: CompleteRun[]): Array<[keyof Scores, keyof Scores]> {
  const dimensions: Array<keyof Scores> = ['customerFocus', 'adaptability', 'empowerment'];
  const best = Object.fromEntries(
    dimensions.map((d) => [d, Math.max(...runs.map((run) => run.scores[d]))]),
  ) as Scores;
  const conflicts: Array<[keyof Scores, keyof Scores]> = [];
  dimensions.forEach((a, i) => {
    for (const b of dimensions.slice(i + 1)) {
      const both = runs.some((run) => run.scores[a] === best[a] && run.scores[b] === best[b]);
      if (!both) conflicts.push([a, b]);
    }
  });
  return conflicts;
}
