import { describe, expect, it } from 'vitest';
import { canonicalJson, hashScenario, hashText } from '../../../src/engine/session/hash';
import type { Scenario } from '../../../src/engine/scenario/schema';
import { refundScenario } from '../run/fixtures';

/** The same object with every key order reversed, at every level. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([key, member]) => [key, reverseKeys(member)]),
    );
  }
  return value;
}

describe('canonical JSON and the scenario hash', () => {
  it('sorts keys at every level and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}',
    );
    expect(canonicalJson({ a: undefined, b: 'x' })).toBe('{"b":"x"}');
  });

  it('is 16 hex digits, stable and sensitive to one character', () => {
    expect(hashText('abc')).toMatch(/^[0-9a-f]{16}$/);
    expect(hashText('abc')).toBe(hashText('abc'));
    expect(hashText('abc')).not.toBe(hashText('abd'));
    expect(hashText('')).not.toBe(hashText(' '));
  });

  it('ignores key order and the $schema editor hint, but not content', () => {
    const scenario = refundScenario();
    const hash = hashScenario(scenario);
    expect(hashScenario(reverseKeys(scenario) as Scenario)).toBe(hash);
    expect(hashScenario({ ...scenario, $schema: './scenario.schema.json' })).toBe(hash);
    expect(hashScenario({ ...scenario, title: 'Refund!' })).not.toBe(hash);
  });
});
