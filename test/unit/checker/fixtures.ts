/** Reading the checker's fixture files (raw bytes, as the CLI does). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const FIXTURES_DIR = fileURLToPath(new URL('../../fixtures/checker/', import.meta.url));

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(`${FIXTURES_DIR}${name}`));
}

export function validScenarioObject(): Record<string, unknown> {
  return JSON.parse(readFileSync(`${FIXTURES_DIR}valid.json`, 'utf8')) as Record<string, unknown>;
}
