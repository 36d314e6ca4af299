/**
 * The JSON Schema files authors point `$schema` at, generated from the zod schemas (the single
 * source of truth) with titles and descriptions so editors show help while typing. The output
 * is canonical (keys sorted) so the committed files can be compared with a fresh generation.
 */
import { z } from 'zod';
import {
  branchEntrySchema,
  castMemberSchema,
  lookSchema,
  choiceSchema,
  conditionSchema,
  decisionNodeSchema,
  endingNodeSchema,
  eventNodeSchema,
  eventOutcomeSchema,
  meterSchema,
  narrativeNodeSchema,
  principleSchema,
  scenarioSchema,
  scoresSchema,
  trackSchema,
  tracksFileSchema,
} from '../../engine/scenario/schema';
import { SCHEMA_HELP, type ObjectHelp } from './json-schema-help';

type JsonObject = Record<string, unknown>;

const objectSchemas: Array<[z.ZodType, ObjectHelp]> = [
  [scenarioSchema, SCHEMA_HELP.scenario],
  [narrativeNodeSchema, SCHEMA_HELP.narrative],
  [decisionNodeSchema, SCHEMA_HELP.decision],
  [eventNodeSchema, SCHEMA_HELP.event],
  [endingNodeSchema, SCHEMA_HELP.ending],
  [choiceSchema, SCHEMA_HELP.choice],
  [eventOutcomeSchema, SCHEMA_HELP.outcome],
  [branchEntrySchema, SCHEMA_HELP.branchEntry],
  [scoresSchema, SCHEMA_HELP.scores],
  [meterSchema, SCHEMA_HELP.meter],
  [castMemberSchema, SCHEMA_HELP.castMember],
  [lookSchema, SCHEMA_HELP.look],
  [principleSchema, SCHEMA_HELP.principle],
  [tracksFileSchema, SCHEMA_HELP.tracksFile],
  [trackSchema, SCHEMA_HELP.track],
];

function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Marks an object schema during generation; the help is applied once the output is final. */
const HELP_MARK = 'x-help-index';

/** Adds the object's title and description and one description per documented property. */
function annotate(jsonSchema: JsonObject, help: ObjectHelp): void {
  jsonSchema.title = help.title;
  jsonSchema.description = help.description;
  const properties = jsonSchema.properties;
  if (!isJsonObject(properties)) return;
  const described: JsonObject = { ...properties };
  for (const [key, description] of Object.entries(help.properties)) {
    const property = properties[key];
    // A copy: one JSON object may stand for a zod schema shared by several fields (the id
    // type, for one), and each field needs its own description.
    if (isJsonObject(property)) described[key] = { ...property, description };
  }
  jsonSchema.properties = described;
}

/**
 * Applies the marked help everywhere in the finished output. Iterative; the output is a tree
 * whose shared sub-objects are annotated once (a visited set), never re-entered.
 */
function applyHelp(root: JsonObject): void {
  const visited = new Set<JsonObject>();
  const pending: JsonObject[] = [root];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (visited.has(node)) continue;
    visited.add(node);
    const index = node[HELP_MARK];
    if (typeof index === 'number') {
      delete node[HELP_MARK];
      const entry = objectSchemas[index];
      if (entry) annotate(node, entry[1]);
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) pending.push(...value.filter(isJsonObject));
      else if (isJsonObject(value)) pending.push(value);
    }
  }
}

function build(schema: z.ZodType, id: string): JsonObject {
  // The recursive condition becomes one named definition instead of zod's generated name.
  const registry = z.registry<{ id?: string; title?: string; description?: string }>();
  registry.add(conditionSchema, {
    id: 'condition',
    title: SCHEMA_HELP.condition.title,
    description: SCHEMA_HELP.condition.description,
  });
  const generated = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    metadata: registry,
    override: (context) => {
      const index = objectSchemas.findIndex(
        ([candidate]) => (candidate as unknown) === context.zodSchema,
      );
      if (index >= 0) (context.jsonSchema as JsonObject)[HELP_MARK] = index;
    },
  }) as JsonObject;
  applyHelp(generated);
  return { ...generated, $id: id };
}

/** Same content, keys in sorted order at every level, so output never depends on insertion order. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (!isJsonObject(value)) return value;
  const sorted: JsonObject = {};
  for (const key of Object.keys(value).sort()) sorted[key] = canonical(value[key]);
  return sorted;
}

const serialise = (schema: JsonObject): string => `${JSON.stringify(canonical(schema), null, 2)}\n`;

export const SCENARIO_SCHEMA_FILE = 'scenario.schema.json';
export const TRACKS_SCHEMA_FILE = 'tracks.schema.json';

/** File name → file content, for every generated schema file in `scenarios/`. */
export function generateJsonSchemaFiles(): Record<string, string> {
  return {
    [SCENARIO_SCHEMA_FILE]: serialise(build(scenarioSchema, SCENARIO_SCHEMA_FILE)),
    [TRACKS_SCHEMA_FILE]: serialise(build(tracksFileSchema, TRACKS_SCHEMA_FILE)),
  };
}
