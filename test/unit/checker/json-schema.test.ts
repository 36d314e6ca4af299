/** The committed JSON Schema files are exactly what the generator writes from the zod schemas. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  generateJsonSchemaFiles,
  SCENARIO_SCHEMA_FILE,
  TRACKS_SCHEMA_FILE,
} from '../../../src/authoring/check/json-schema';

const scenariosDir = fileURLToPath(new URL('../../../scenarios/', import.meta.url));
const generated = generateJsonSchemaFiles();

describe('generated JSON Schema files', () => {
  for (const name of [SCENARIO_SCHEMA_FILE, TRACKS_SCHEMA_FILE]) {
    it(`scenarios/${name} is up to date (run npm run gen:assets)`, () => {
      expect(readFileSync(`${scenariosDir}${name}`, 'utf8')).toBe(generated[name]);
    });
  }

  it('is deterministic', () => {
    expect(generateJsonSchemaFiles()).toEqual(generated);
  });

  it('is draft 2020-12 with help text editors can show', () => {
    const schema = JSON.parse(generated[SCENARIO_SCHEMA_FILE] ?? '{}') as Record<string, unknown>;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toContain('scenario');
    expect(schema.additionalProperties).toBe(false);
    const properties = schema.properties as Record<string, { description?: string }>;
    for (const field of ['formatVersion', 'id', 'title', 'start', 'nodes']) {
      expect(properties[field]?.description, field).toBeTruthy();
    }
    const defs = schema.$defs as Record<string, { title?: string }>;
    expect(defs.condition?.title).toBe('Condition');
    expect(generated[SCENARIO_SCHEMA_FILE]).not.toContain('x-help');
  });

  it('gives shared field types their own descriptions', () => {
    const schema = JSON.parse(generated[SCENARIO_SCHEMA_FILE] ?? '{}') as {
      properties: Record<string, { description?: string }>;
    };
    expect(schema.properties.start?.description).toContain('first node');
    expect(generated[SCENARIO_SCHEMA_FILE]?.match(/The id of the first node/g)).toHaveLength(1);
  });
});
