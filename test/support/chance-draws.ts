/**
 * Chance draws: an assignment of one outcome to every event node of a scenario. Grouping the
 * enumerated runs by draw separates what the player decided from what the dice decided, so a
 * test can ask "whatever the dice do, does the best play end well?".
 */
import type { Scenario } from '../../src/engine/scenario/schema';
import type { EnumeratedRun } from './enumerate-runs';

/** Event node id → index of the outcome drawn there. */
export type Draw = Record<string, number>;

export interface DrawGroup {
  draw: Draw;
  /** "event#1, other#0": for test titles and messages. */
  label: string;
  /** Every complete run whose drawn outcomes agree with `draw` (events it never visits are free). */
  runs: EnumeratedRun[];
}

/** The outcomes a run drew, read from its "node#index" steps. */
export function drawnOutcomes(run: EnumeratedRun): Draw {
  const drawn: Draw = {};
  for (const step of run.steps) {
    const match = /^(.+)#(\d+)$/.exec(step);
    if (match?.[1] !== undefined && match[2] !== undefined) drawn[match[1]] = Number(match[2]);
  }
  return drawn;
}

/** Every assignment of an outcome to each event node (one empty draw when there are none). */
export function allDraws(scenario: Scenario): Draw[] {
  let draws: Draw[] = [{}];
  for (const [id, node] of Object.entries(scenario.nodes)) {
    if (node.kind !== 'event') continue;
    draws = draws.flatMap((draw) => node.outcomes.map((_, index) => ({ ...draw, [id]: index })));
  }
  return draws;
}

function agrees(run: EnumeratedRun, draw: Draw): boolean {
  return Object.entries(drawnOutcomes(run)).every(([id, index]) => draw[id] === index);
}

export function groupByDraw(scenario: Scenario, runs: EnumeratedRun[]): DrawGroup[] {
  return allDraws(scenario).map((draw) => ({
    draw,
    label:
      Object.entries(draw)
        .map(([id, index]) => `${id}#${index}`)
        .join(', ') || 'no chance events',
    runs: runs.filter((run) => agrees(run, draw)),
  }));
}
