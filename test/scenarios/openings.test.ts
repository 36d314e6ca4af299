/**
 * Varied openings and shapes (library issue, point 2): no more than two scenarios open the same
 * way, the map in `openings.ts` agrees with the files, and the timed decision and the chance
 * event do not always fall at the same place.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { scenarioSchema, type Scenario } from '../../src/engine/scenario/schema';
import { enumerateRuns, type EnumeratedRun } from '../support/enumerate-runs';
import { OPENINGS } from './openings';
import { SCENARIO_DIR, readJson, scenarioFileNames } from './library-files';

const MAX_SHARING_A_BEAT = 2;
/**
 * A cast role that names a customer ("Customer", "Guest, mother of the bride", "your largest
 * customer"), not staff who serve them ("Customer service agent", "Head of resident services").
 */
function isCustomerRole(role: string): boolean {
  return /\b(customer|guest|patient|resident|client|caller|buyer|shopper)s?\b(?! (services?|support|success|care|experience)\b)/i.test(
    role,
  );
}

const library = scenarioFileNames().map((fileName) => {
  const scenario = scenarioSchema.parse(readJson(join(SCENARIO_DIR, fileName)));
  return { fileName, scenario, runs: enumerateRuns(scenario) };
});

function decisionSteps(scenario: Scenario, run: EnumeratedRun): string[] {
  return run.visited.filter((id) => scenario.nodes[id]?.kind === 'decision');
}

/** Per run, how many decisions come before the first node that matches; the fewest over runs. */
function earliest(
  scenario: Scenario,
  runs: EnumeratedRun[],
  matches: (id: string) => boolean,
): number | undefined {
  const positions = runs.flatMap((run) => {
    const index = run.visited.findIndex(matches);
    if (index < 0) return [];
    return [
      run.visited.slice(0, index).filter((id) => scenario.nodes[id]?.kind === 'decision').length,
    ];
  });
  return positions.length > 0 ? Math.min(...positions) : undefined;
}

function firstTimedPosition(scenario: Scenario, runs: EnumeratedRun[]): number | undefined {
  return earliest(scenario, runs, (id) => {
    const node = scenario.nodes[id];
    return node?.kind === 'decision' && node.timeLimitSeconds !== undefined;
  });
}

function firstEventPosition(scenario: Scenario, runs: EnumeratedRun[]): number | undefined {
  return earliest(scenario, runs, (id) => scenario.nodes[id]?.kind === 'event');
}

describe('openings.ts', () => {
  it('describes every scenario of the library and nothing else', () => {
    expect(Object.keys(OPENINGS).sort()).toEqual(library.map(({ scenario }) => scenario.id).sort());
  });

  it(`lets no more than ${MAX_SHARING_A_BEAT} scenarios share an opening beat`, () => {
    const byBeat = new Map<string, string[]>();
    for (const [id, opening] of Object.entries(OPENINGS))
      byBeat.set(opening.beat, [...(byBeat.get(opening.beat) ?? []), id]);
    const crowded = [...byBeat].filter(([, ids]) => ids.length > MAX_SHARING_A_BEAT);
    expect(crowded).toEqual([]);
  });

  it('puts the timed decision and the chance event at different places across the library', () => {
    const spread = (positions: Array<number | undefined>) => {
      const counts = new Map<number | undefined, number>();
      for (const p of positions) counts.set(p, (counts.get(p) ?? 0) + 1);
      return { distinct: counts.size, mostShared: Math.max(...counts.values()) };
    };
    const timed = spread(library.map(({ scenario, runs }) => firstTimedPosition(scenario, runs)));
    const events = spread(library.map(({ scenario, runs }) => firstEventPosition(scenario, runs)));
    for (const { distinct, mostShared } of [timed, events]) {
      expect(distinct).toBeGreaterThanOrEqual(3);
      expect(mostShared).toBeLessThanOrEqual(Math.ceil(library.length / 2));
    }
  });
});

describe.each(library)('$fileName', ({ scenario, runs }) => {
  const opening = OPENINGS[scenario.id];

  it('opens as openings.ts says', () => {
    expect(opening, 'no entry in openings.ts').toBeDefined();
    if (!opening) return;
    expect(scenario.nodes[scenario.start]?.speaker ?? null).toBe(opening.speaker);
    const firsts = new Set(runs.map((run) => decisionSteps(scenario, run)[0]));
    for (const id of firsts) {
      const node = scenario.nodes[id ?? ''];
      if (node?.kind !== 'decision') throw new Error(`${id} is not a decision`);
      expect(node.timeLimitSeconds !== undefined, `${id} timed`).toBe(opening.firstDecisionTimed);
      expect(node.speaker !== undefined, `${id} has a speaker`).toBe(
        opening.firstAsker !== 'nobody',
      );
      const role = scenario.cast?.[node.speaker ?? '']?.role ?? '';
      if (opening.firstAsker !== 'nobody')
        expect(isCustomerRole(role), `${id} speaker's role "${role}"`).toBe(
          opening.firstAsker === 'customer',
        );
    }
    if (opening.firstDecisionTimed && opening.firstAsker === 'colleague')
      expect(opening.beat).toBe('colleague-asks-permission');
  });
});
