import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  findCycle,
  nodesThatCannotEnd,
  reachableFrom,
  successorsOf,
  topologicalOrder,
} from '../../../src/engine/scenario/graph';
import type { ScenarioNode } from '../../../src/engine/scenario/schema';
import { choice, decision, ending, narrative, tinyScenario } from '../../support/tiny-scenario';
import { arbitraryScenario, generateLayeredScenario } from '../../support/generate-scenario';

describe('successorsOf', () => {
  it('lists a narrative next and every branch entry, without duplicates', () => {
    const node = narrative([
      { when: { flag: 'x' }, next: 'a' },
      { when: { flag: 'y' }, next: 'a' },
      { next: 'b' },
    ]);
    expect(successorsOf(node)).toEqual(['a', 'b']);
  });

  it('lists every choice target, conditional or not, and ignores conditions', () => {
    const node = decision([
      choice('one', 'a'),
      choice('two', [{ when: { flag: 'f' }, next: 'c' }, { next: 'b' }], {
        when: { flag: 'never' },
      }),
    ]);
    expect(successorsOf(node)).toEqual(['a', 'c', 'b']);
  });

  it('lists every event outcome target and nothing for an ending', () => {
    const event: ScenarioNode = {
      kind: 'event',
      text: 'Chance.',
      outcomes: [
        { weight: 1, next: 'x' },
        { weight: 2, next: 'y' },
      ],
    };
    expect(successorsOf(event)).toEqual(['x', 'y']);
    expect(successorsOf(ending())).toEqual([]);
  });

  it('keeps ids that name no node (the caller reports them)', () => {
    expect(successorsOf(narrative('nowhere'))).toEqual(['nowhere']);
  });
});

describe('reachableFrom', () => {
  it('finds the nodes reachable from start, whatever the conditions', () => {
    const scenario = tinyScenario({
      start: decision([choice('a', 'left'), choice('b', 'right', { when: { flag: 'never-set' } })]),
      left: ending(),
      right: ending('negative'),
      orphan: ending(),
    });
    expect([...reachableFrom(scenario)].sort()).toEqual(['left', 'right', 'start']);
  });

  it('tolerates a dangling next and a dangling start', () => {
    const scenario = tinyScenario({ start: narrative('missing'), other: ending() });
    expect([...reachableFrom(scenario)]).toEqual(['start']);
    expect(reachableFrom({ ...scenario, start: 'nope' }).size).toBe(0);
  });
});

describe('findCycle', () => {
  it('returns null for an acyclic scenario', () => {
    expect(findCycle(tinyScenario({ a: narrative('b'), b: ending() }))).toBeNull();
  });

  it('returns the nodes of a cycle in order', () => {
    const scenario = tinyScenario({
      a: narrative('b'),
      b: decision([choice('loop', 'c'), choice('out', 'end')]),
      c: narrative('b'),
      end: ending(),
    });
    expect(findCycle(scenario)).toEqual(['b', 'c']);
  });

  it('finds a self-loop and a cycle among unreachable nodes', () => {
    expect(findCycle(tinyScenario({ a: narrative('a') }))).toEqual(['a']);
    const scenario = tinyScenario({ a: ending(), x: narrative('y'), y: narrative('x') });
    expect(findCycle(scenario)).toEqual(['x', 'y']);
  });

  it('ignores dangling ids and copes with a long chain', () => {
    expect(findCycle(tinyScenario({ a: narrative('ghost') }))).toBeNull();
    const chain: Record<string, ScenarioNode> = {};
    for (let index = 0; index < 20_000; index += 1) chain[`n${index}`] = narrative(`n${index + 1}`);
    chain['n20000'] = ending();
    expect(findCycle(tinyScenario(chain))).toBeNull();
  });
});

describe('nodesThatCannotEnd', () => {
  it('is empty when every node can reach an ending', () => {
    expect(nodesThatCannotEnd(tinyScenario({ a: narrative('b'), b: ending() }))).toEqual([]);
  });

  it('lists nodes stuck in a loop and nodes that only lead to a dangling id', () => {
    const scenario = tinyScenario({
      start: decision([choice('loop', 'spin'), choice('lost', 'lost'), choice('fine', 'end')]),
      spin: narrative('spin'),
      lost: narrative('does-not-exist'),
      end: ending(),
    });
    expect(nodesThatCannotEnd(scenario)).toEqual(['spin', 'lost']);
  });
});

describe('topologicalOrder', () => {
  it('puts every node before the nodes it leads to', () => {
    const scenario = tinyScenario({
      end: ending(),
      start: decision([choice('a', 'middle'), choice('b', 'end')]),
      middle: narrative('end'),
    });
    const order = topologicalOrder(scenario) as string[];
    expect(order).toHaveLength(3);
    expect(order.indexOf('start')).toBeLessThan(order.indexOf('middle'));
    expect(order.indexOf('middle')).toBeLessThan(order.indexOf('end'));
  });

  it('is null for a cyclic scenario and tolerates dangling ids', () => {
    expect(topologicalOrder(tinyScenario({ a: narrative('b'), b: narrative('a') }))).toBeNull();
    expect(topologicalOrder(tinyScenario({ a: narrative('ghost') }))).toEqual(['a']);
  });

  it('orders the big layered scenario', () => {
    const scenario = generateLayeredScenario({ nodes: 500, seed: 7 });
    const order = topologicalOrder(scenario) as string[];
    const position = new Map(order.map((id, index) => [id, index]));
    for (const [id, node] of Object.entries(scenario.nodes)) {
      for (const target of successorsOf(node))
        expect(position.get(id)).toBeLessThan(position.get(target) as number);
    }
  });
});

describe('generated scenarios are structurally valid', () => {
  it('every node and every ending is reachable, no cycle, every node can end', () => {
    fc.assert(
      fc.property(arbitraryScenario(), (scenario) => {
        expect(reachableFrom(scenario).size).toBe(Object.keys(scenario.nodes).length);
        expect(findCycle(scenario)).toBeNull();
        expect(nodesThatCannotEnd(scenario)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
