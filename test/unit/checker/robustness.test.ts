/**
 * Hostile input: files over the size limit, absurd nesting, binary data, and random damage to
 * a valid scenario. The checker must answer with sentences, never an exception or a crash.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkScenarioText } from '../../../src/authoring/check/index';
import { MAX_FILE_BYTES } from '../../../src/engine/scenario/schema';
import { validScenarioObject } from './fixtures';

const onlyMessage = (name: string, text: string | Uint8Array): string => {
  const result = checkScenarioText(name, text);
  expect(result.ok).toBe(false);
  expect(result.problems).toHaveLength(1);
  return result.problems[0]?.message ?? '';
};

describe('input limits', () => {
  it('rejects bytes over 1 MB before reading them', () => {
    const bytes = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x20);
    expect(onlyMessage('big.json', bytes)).toContain('at most 1 MB');
  });

  it('rejects text over 1 MB, counting UTF-8 bytes rather than characters', () => {
    const text = `{"title": "${'é'.repeat(MAX_FILE_BYTES / 2)}"}`;
    expect(text.length).toBeLessThan(MAX_FILE_BYTES);
    expect(onlyMessage('big.json', text)).toContain('at most 1 MB');
  });

  it('survives 100,000 unclosed brackets', () => {
    expect(onlyMessage('deep.json', '['.repeat(100_000))).toContain('levels deep');
  });

  it('survives 100,000 nested objects, closed properly', () => {
    const text = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
    expect(onlyMessage('deep.json', text)).toContain('levels deep');
  });

  it('survives deeply nested conditions within the nesting limit', () => {
    const scenario = validScenarioObject();
    let condition: unknown = { flag: 'x' };
    for (let level = 0; level < 25; level += 1)
      condition = { all: [condition, { meter: 'nope', gte: 'x' }] };
    const nodes = scenario.nodes as Record<string, { choices?: Array<Record<string, unknown>> }>;
    const choice = nodes.decide?.choices?.[2];
    if (choice) choice.when = condition;
    const result = checkScenarioText('deep-condition.json', JSON.stringify(scenario));
    expect(result.ok).toBe(false);
    expect(result.problems.length).toBe(25);
    expect(result.problems[0]?.message).toContain('should be a number, but it is text');
  });

  it('reports text with a NUL character as binary', () => {
    expect(onlyMessage('nul.json', '{"a": 1}\u0000')).toContain('not a text file');
  });
});

/** Every path to a value inside a JSON value, breadth first (the scenario is small). */
function pathsOf(root: unknown): Array<Array<string | number>> {
  const paths: Array<Array<string | number>> = [];
  const pending: Array<{ value: unknown; path: Array<string | number> }> = [
    { value: root, path: [] },
  ];
  for (let item = pending.shift(); item; item = pending.shift()) {
    paths.push(item.path);
    const { value, path } = item;
    if (Array.isArray(value))
      value.forEach((child, index) => pending.push({ value: child, path: [...path, index] }));
    else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value))
        pending.push({ value: child, path: [...path, key] });
    }
  }
  return paths;
}

function replaceAt(root: unknown, path: Array<string | number>, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (replacement === undefined && !Array.isArray(parent)) delete parent[last];
  else parent[last] = replacement;
  return copy;
}

describe('never throws, whatever the input', () => {
  const valid = validScenarioObject();
  const paths = pathsOf(valid);

  it('handles any damage to one value of a valid scenario with sentences', () => {
    const damage = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(undefined));
    fc.assert(
      fc.property(fc.constantFrom(...paths), damage, (path, replacement) => {
        const text = JSON.stringify(replaceAt(valid, path, replacement)) ?? '';
        const result = checkScenarioText('damaged.json', text);
        for (const problem of result.problems) {
          expect(problem.message).not.toContain('internal error');
          expect(problem.file).toBe('damaged.json');
        }
        expect(result.ok).toBe(result.problems.length === 0);
      }),
      { numRuns: 400 },
    );
  });

  it('handles arbitrary text and bytes', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.uint8Array({ maxLength: 200 })), (content) => {
        const result = checkScenarioText('random.json', content);
        expect(result.ok).toBe(false);
        expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
