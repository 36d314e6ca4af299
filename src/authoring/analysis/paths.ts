/** Structural path counting: no conditions, so it is a plain sum over the DAG. */
import type { Scenario, ScenarioNode } from '../../engine/scenario/schema';
import { successorsOf } from '../../engine/scenario/graph';

/**
 * How many distinct node sequences lead from `start` to an ending, ignoring conditions.
 * Two choices that lead to the same node count once (the path is the same sequence of nodes).
 * A bigint, because a few hundred nodes can already have more than 10^30 paths.
 * `order` must be a topological order of the scenario's nodes.
 */
export function countCompletePaths(scenario: Scenario, order: string[]): bigint {
  const pathsToAnEnding = new Map<string, bigint>();
  for (const id of [...order].reverse()) {
    const node = scenario.nodes[id] as ScenarioNode;
    if (node.kind === 'ending') {
      pathsToAnEnding.set(id, 1n);
      continue;
    }
    let total = 0n;
    for (const target of successorsOf(node)) total += pathsToAnEnding.get(target) ?? 0n;
    pathsToAnEnding.set(id, total);
  }
  return pathsToAnEnding.get(scenario.start) ?? 0n;
}
