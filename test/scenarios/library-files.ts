/** Loads the scenario library and the principles catalogue the way the tests need them. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SCENARIO_DIR = join(ROOT, 'scenarios');

/** Scenario files: every `*.json` except generated JSON Schemas and the tracks file. */
export function scenarioFileNames(): string[] {
  return readdirSync(SCENARIO_DIR)
    .filter((name) => name.endsWith('.json'))
    .filter((name) => !name.endsWith('.schema.json') && name !== 'tracks.json')
    .sort();
}

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

export interface CataloguePrinciple {
  title: string;
  summary: string;
}

/**
 * `docs/principles.md`: each principle is a `### Title` heading, the id in backticks on its
 * own line, then the summary as one paragraph.
 */
export function readPrincipleCatalogue(): Map<string, CataloguePrinciple> {
  const text = readFileSync(join(ROOT, 'docs', 'principles.md'), 'utf8');
  const catalogue = new Map<string, CataloguePrinciple>();
  const section = /^### (.+)\n\n`([a-z0-9-]+)`\n\n(.+)$/gm;
  for (const match of text.matchAll(section)) {
    const [, title, id, summary] = match;
    if (title && id && summary) catalogue.set(id, { title: title.trim(), summary: summary.trim() });
  }
  return catalogue;
}
