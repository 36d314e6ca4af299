/**
 * A synchronous content hash of a scenario, stored in every session log so replay can tell
 * whether the scenario changed since the run was recorded. Synchronous on purpose (no
 * crypto.subtle): it runs in node tests, in the browser and inside replay alike.
 */
import type { Scenario } from '../scenario/schema';

/** A JSON.stringify replacer that hands over every plain object with its keys sorted. */
function withSortedKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort())
    sorted[key] = (value as Record<string, unknown>)[key];
  return sorted;
}

/**
 * JSON with object keys sorted at every level, so two files that differ only in key order
 * or whitespace hash the same. `undefined` members are dropped, as JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, withSortedKeys) ?? 'null';
}

/** cyrb53's mixing, kept as two full 32-bit halves: a 64-bit hash as 16 hex digits. */
export function hashText(text: string): string {
  let high = 0xdeadbeef;
  let low = 0x41c6ce57;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    high = Math.imul(high ^ code, 2654435761);
    low = Math.imul(low ^ code, 1597334677);
  }
  high = Math.imul(high ^ (high >>> 16), 2246822507) ^ Math.imul(low ^ (low >>> 13), 3266489909);
  low = Math.imul(low ^ (low >>> 16), 2246822507) ^ Math.imul(high ^ (high >>> 13), 3266489909);
  return (high >>> 0).toString(16).padStart(8, '0') + (low >>> 0).toString(16).padStart(8, '0');
}

/**
 * The scenario's content hash. `$schema` is left out: it only tells an editor where the
 * JSON Schema is and does not change how the scenario plays.
 */
export function hashScenario(scenario: Scenario): string {
  const { $schema: _editorHint, ...content } = scenario;
  return hashText(canonicalJson(content));
}
