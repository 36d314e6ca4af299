/**
 * The scenario as a plain directed graph: which node can lead to which, ignoring every
 * condition. The checker uses these to report unreachable nodes, cycles and paths that never
 * end; the analyser uses them to order its work.
 *
 * Every function tolerates a `next` that names no node (or a `start` that names none): such a
 * target simply leads nowhere. The checker reports those dangling ids separately, so nothing
 * here throws on them.
 */
import type { Next, Scenario, ScenarioNode } from './schema';

/** The node ids a `next` can lead to, in file order, whatever the conditions. */
export function targetsOfNext(next: Next): string[] {
  if (typeof next === 'string') return [next];
  return next.map((entry) => entry.next);
}

/**
 * Every node id a node can lead to through any `next`, branch entry, choice or outcome,
 * regardless of conditions; without duplicates, in file order. Ids that name no node are kept
 * (the caller decides what a dangling id means).
 */
export function successorsOf(node: ScenarioNode): string[] {
  const targets: string[] = [];
  switch (node.kind) {
    case 'narrative':
      targets.push(...targetsOfNext(node.next));
      break;
    case 'decision':
      for (const choice of node.choices) targets.push(...targetsOfNext(choice.next));
      break;
    case 'event':
      for (const outcome of node.outcomes) targets.push(...targetsOfNext(outcome.next));
      break;
    case 'ending':
      break;
  }
  return [...new Set(targets)];
}

/** Successors that are real nodes of the scenario (dangling ids dropped). */
function existingSuccessors(scenario: Scenario, id: string): string[] {
  const node = scenario.nodes[id];
  if (!node) return [];
  return successorsOf(node).filter((target) => Object.hasOwn(scenario.nodes, target));
}

/** The node ids reachable from `start` (including it), ignoring conditions. */
export function reachableFrom(scenario: Scenario): Set<string> {
  const reached = new Set<string>();
  if (!Object.hasOwn(scenario.nodes, scenario.start)) return reached;
  const pending = [scenario.start];
  reached.add(scenario.start);
  while (pending.length > 0) {
    const id = pending.pop() as string;
    for (const target of existingSuccessors(scenario, id)) {
      if (reached.has(target)) continue;
      reached.add(target);
      pending.push(target);
    }
  }
  return reached;
}

type Mark = 'visiting' | 'done';

/**
 * One cycle of the graph as node ids in order (the last leads back to the first), or null
 * when the scenario is acyclic. Searches from every node, not only from `start`, so a cycle
 * among unreachable nodes is still found. Iterative, so deep chains cannot overflow the stack.
 */
export function findCycle(scenario: Scenario): string[] | null {
  const marks = new Map<string, Mark>();
  for (const root of Object.keys(scenario.nodes)) {
    if (marks.has(root)) continue;
    const path: string[] = [root];
    const iterators: Iterator<string>[] = [existingSuccessors(scenario, root)[Symbol.iterator]()];
    marks.set(root, 'visiting');
    while (path.length > 0) {
      const step = (iterators[iterators.length - 1] as Iterator<string>).next();
      if (step.done) {
        marks.set(path.pop() as string, 'done');
        iterators.pop();
        continue;
      }
      const target = step.value;
      const mark = marks.get(target);
      if (mark === 'visiting') return path.slice(path.indexOf(target));
      if (mark === 'done') continue;
      marks.set(target, 'visiting');
      path.push(target);
      iterators.push(existingSuccessors(scenario, target)[Symbol.iterator]());
    }
  }
  return null;
}

/**
 * Node ids (in file order) from which no ending can be reached by any route, ignoring
 * conditions. A node whose only way on is a dangling id is listed too: it leads nowhere.
 * Works on cyclic graphs as well (a loop with no exit is listed).
 */
export function nodesThatCannotEnd(scenario: Scenario): string[] {
  const predecessors = new Map<string, string[]>();
  for (const id of Object.keys(scenario.nodes)) {
    for (const target of existingSuccessors(scenario, id)) {
      const list = predecessors.get(target) ?? [];
      list.push(id);
      predecessors.set(target, list);
    }
  }
  const canEnd = new Set<string>();
  const pending: string[] = [];
  for (const [id, node] of Object.entries(scenario.nodes)) {
    if (node.kind === 'ending') {
      canEnd.add(id);
      pending.push(id);
    }
  }
  while (pending.length > 0) {
    const id = pending.pop() as string;
    for (const before of predecessors.get(id) ?? []) {
      if (canEnd.has(before)) continue;
      canEnd.add(before);
      pending.push(before);
    }
  }
  return Object.keys(scenario.nodes).filter((id) => !canEnd.has(id));
}

/**
 * All node ids ordered so that every node comes before each node it can lead to (Kahn's
 * algorithm; ties kept in file order so the result is deterministic). Null when the scenario
 * has a cycle, since no such order exists then.
 */
export function topologicalOrder(scenario: Scenario): string[] | null {
  const ids = Object.keys(scenario.nodes);
  const incoming = new Map<string, number>(ids.map((id) => [id, 0]));
  for (const id of ids) {
    for (const target of existingSuccessors(scenario, id)) {
      incoming.set(target, (incoming.get(target) ?? 0) + 1);
    }
  }
  const ready = ids.filter((id) => incoming.get(id) === 0);
  const order: string[] = [];
  for (let index = 0; index < ready.length; index += 1) {
    const id = ready[index] as string;
    order.push(id);
    for (const target of existingSuccessors(scenario, id)) {
      const remaining = (incoming.get(target) ?? 0) - 1;
      incoming.set(target, remaining);
      if (remaining === 0) ready.push(target);
    }
  }
  return order.length === ids.length ? order : null;
}
