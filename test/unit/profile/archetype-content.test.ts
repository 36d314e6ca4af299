/**
 * The archetypes' prose lives in a content file: it is checked with zod (every archetype, no
 * unknown field, sentences of a sensible length), and every principle its ideas name is one of
 * the catalogue's (docs/principles.md), so "never suggest what the run practised" can match it.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ARCHETYPE_IDS,
  archetypeContentSchema,
} from '../../../src/engine/profile/archetype-content';
import { ROOT, readPrincipleCatalogue } from '../../scenarios/library-files';

const file = join(ROOT, 'src', 'engine', 'profile', 'archetypes.json');
const raw = JSON.parse(readFileSync(file, 'utf8')) as unknown;

describe('archetypes.json', () => {
  it('is valid against its schema', () => {
    const parsed = archetypeContentSchema.safeParse(raw);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it('has every archetype the selection can name', () => {
    const parsed = archetypeContentSchema.parse(raw);
    expect(Object.keys(parsed.archetypes).sort()).toEqual([...ARCHETYPE_IDS].sort());
  });

  it('refuses an unknown field or a missing archetype', () => {
    const parsed = archetypeContentSchema.parse(raw);
    const extra = {
      ...parsed,
      archetypes: {
        ...parsed.archetypes,
        gatekeeper: { ...parsed.archetypes.gatekeeper, blurb: 'x' },
      },
    };
    expect(archetypeContentSchema.safeParse(extra).success).toBe(false);
    const { pathfinder: _dropped, ...rest } = parsed.archetypes;
    expect(archetypeContentSchema.safeParse({ ...parsed, archetypes: rest }).success).toBe(false);
  });

  it('names only principles from the catalogue', () => {
    const catalogue = readPrincipleCatalogue();
    const parsed = archetypeContentSchema.parse(raw);
    for (const archetype of Object.values(parsed.archetypes))
      for (const idea of archetype.tryNext)
        if (idea.principle !== undefined)
          expect(catalogue.has(idea.principle), idea.principle).toBe(true);
  });
});
