/**
 * Hand-written scenarios in tests stay short: give the nodes (and any extra top-level
 * fields), get a complete scenario object with the required metadata filled in.
 */
import type { Choice, Next, Scenario, ScenarioNode } from '../../src/engine/scenario/schema';

export function tinyScenario(
  nodes: Record<string, ScenarioNode>,
  extra: Partial<Omit<Scenario, 'nodes'>> = {},
): Scenario {
  return {
    formatVersion: 1,
    id: 'tiny',
    title: 'Tiny scenario',
    summary: 'Made by hand for one test.',
    role: 'Tester',
    start: Object.keys(nodes)[0] ?? 'start',
    ...extra,
    nodes,
  };
}

/** A choice with just what a test cares about; text and feedback are filled in. */
export function choice(id: string, next: Next, more: Partial<Choice> = {}): Choice {
  return { id, text: `Choose ${id}`, feedback: `About ${id}.`, next, ...more };
}

export function decision(
  choices: Choice[],
  more: Partial<Omit<ScenarioNode & { kind: 'decision' }, 'kind'>> = {},
): ScenarioNode {
  return { kind: 'decision', text: 'Decide.', choices, ...more };
}

export function narrative(next: Next): ScenarioNode {
  return { kind: 'narrative', text: 'Meanwhile.', next };
}

export function ending(outcome: 'positive' | 'mixed' | 'negative' = 'positive'): ScenarioNode {
  return { kind: 'ending', text: 'The end.', outcome };
}
