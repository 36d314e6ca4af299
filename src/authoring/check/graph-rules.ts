/**
 * Rules about the scenario as a whole journey: every node can be reached from `start`, the
 * graph has no cycle (so every run ends) and an ending can be reached from every node.
 * The graph algorithms themselves live in `../graph` (iterative, shared with the analyser).
 */
import {
  findCycle,
  nodesThatCannotEnd,
  reachableFrom,
  successorsOf,
} from '../../engine/scenario/graph';
import type { Scenario } from '../../engine/scenario/schema';
import type { Finding } from './problem';

function unreachableFindings(scenario: Scenario): Finding[] {
  // With a start that names no node everything would be "unreachable": that one broken
  // reference is reported instead.
  if (!Object.hasOwn(scenario.nodes, scenario.start)) return [];
  const reached = reachableFrom(scenario);
  return Object.keys(scenario.nodes)
    .filter((id) => !reached.has(id))
    .map((id) => ({
      path: ['nodes', id],
      message: `this node can never be reached: no path from the start node "${scenario.start}" leads here`,
    }));
}

function cycleFindings(cycle: string[] | null): Finding[] {
  const first = cycle?.[0];
  if (!cycle || first === undefined) return [];
  const loop = [...cycle, first].map((id) => `"${id}"`).join(' → ');
  return [
    {
      path: ['nodes', first],
      message: `these nodes lead round in a circle: ${loop}; scenarios must always move forward so that every run ends`,
    },
  ];
}

/**
 * Nodes from which no ending can be reached, leaving out those whose trouble is already
 * reported: members of the reported cycle and nodes that point straight at a missing node.
 */
function deadEndFindings(scenario: Scenario, cycle: string[] | null): Finding[] {
  const inCycle = new Set(cycle ?? []);
  return nodesThatCannotEnd(scenario)
    .filter((id) => !inCycle.has(id))
    .filter((id) => {
      const node = scenario.nodes[id];
      return (
        node !== undefined &&
        successorsOf(node).every((target) => Object.hasOwn(scenario.nodes, target))
      );
    })
    .map((id) => ({
      path: ['nodes', id],
      message:
        'no ending can be reached from this node: every way on leads into a loop or to a node that does not exist',
    }));
}

export function graphFindings(scenario: Scenario): Finding[] {
  const cycle = findCycle(scenario);
  return [
    ...unreachableFindings(scenario),
    ...cycleFindings(cycle),
    ...deadEndFindings(scenario, cycle),
  ];
}
