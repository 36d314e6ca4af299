/**
 * Brute force: every complete run of a (small) scenario, one by one, straight from the shared
 * rules. The reference the analyser is property-tested against, so it deliberately shares no
 * code with the analyser beyond rules.ts.
 */
import type { Choice, DecisionNode, Scenario, Scores } from '../../src/engine/scenario/schema';
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

export interface EnumeratedRun {
  endingId: string;
  scores: Scores;
  decisions: number;
  /** Node ids in visiting order, the ending last. */
  visited: string[];
  /** The same step labels the analyser uses: "node", "node:choice", "node#outcome", then the ending. */
  steps: string[];
  /**
   * The meters and flags on arriving at each visited node (aligned with `visited`), so
   * `worlds[i + 1]` is the world just after step `i`'s effects; the ending's is the final world.
   */
  worlds: WorldState[];
}

/** Offered choices plus a timed decision's timeout choice (taken on timeout whatever its `when`). */
function choicesAt(node: DecisionNode, world: WorldState): Choice[] {
  const offered = offeredChoices(node, world);
  if (node.timeLimitSeconds === undefined || node.timeoutChoice === undefined) return offered;
  const timeout = node.choices.find((choice) => choice.id === node.timeoutChoice);
  if (!timeout || offered.includes(timeout)) return offered;
  return node.choices.filter((choice) => choice === timeout || offered.includes(choice));
}

interface RunSoFar {
  nodeId: string;
  world: WorldState;
  scores: Scores;
  decisions: number;
  visited: string[];
  steps: string[];
  worlds: WorldState[];
}

/** Every complete run; throws past `limit` runs so a test never hangs on a huge scenario. */
export function enumerateRuns(scenario: Scenario, limit = 200_000): EnumeratedRun[] {
  const runs: EnumeratedRun[] = [];
  const pending: RunSoFar[] = [
    {
      nodeId: scenario.start,
      world: initialWorld(scenario),
      scores: zeroScores(),
      decisions: 0,
      visited: [],
      steps: [],
      worlds: [],
    },
  ];
  while (pending.length > 0) {
    const run = pending.pop() as RunSoFar;
    const node = scenario.nodes[run.nodeId];
    if (!node) continue;
    const visited = [...run.visited, run.nodeId];
    const worlds = [...run.worlds, run.world];
    const go = (
      step: string,
      world: WorldState,
      next: Parameters<typeof resolveNext>[0],
      scores = zeroScores(),
      decided = 0,
    ) =>
      pending.push({
        nodeId: resolveNext(next, world),
        world,
        scores: addScores(run.scores, scores),
        decisions: run.decisions + decided,
        visited,
        steps: [...run.steps, step],
        worlds,
      });
    if (node.kind === 'ending') {
      runs.push({
        endingId: run.nodeId,
        scores: run.scores,
        decisions: run.decisions,
        visited,
        steps: [...run.steps, run.nodeId],
        worlds,
      });
      if (runs.length > limit) throw new Error(`more than ${limit} runs`);
    } else if (node.kind === 'narrative') {
      go(run.nodeId, run.world, node.next);
    } else if (node.kind === 'event') {
      node.outcomes.forEach((outcome, index) =>
        go(`${run.nodeId}#${index}`, applyEffects(scenario, run.world, outcome), outcome.next),
      );
    } else {
      for (const choice of choicesAt(node, run.world)) {
        go(
          `${run.nodeId}:${choice.id}`,
          applyEffects(scenario, run.world, choice),
          choice.next,
          choiceScores(choice),
          1,
        );
      }
    }
  }
  return runs;
}

/**
 * Replay a list of steps (as in `Analysis.bestRun`) with the rules, checking each step is
 * allowed; returns the run's raw scores, or throws naming the first step that is not possible.
 */
export function replaySteps(scenario: Scenario, steps: string[]): Scores {
  const matches = enumerateRuns(scenario).filter(
    (run) => run.steps.join('\n') === steps.join('\n'),
  );
  const match = matches[0];
  if (!match) throw new Error(`no run follows the steps ${steps.join(' → ')}`);
  return match.scores;
}
