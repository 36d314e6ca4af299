/**
 * Finding the part of a zod schema that governs a given JSON path, guided by the data itself
 * (to choose the branch of a union the author meant). The checker needs it to list the fields
 * allowed where an unknown one appears and to recognise which union an issue came from.
 */
import { z } from 'zod';
import type { PathSegments } from './problem';

type AnySchema = z.ZodType;

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Optional wrappers removed; lazy schemas are kept, since their identity names a union. */
export function withoutOptional(schema: AnySchema): AnySchema {
  let current = schema;
  while (current instanceof z.ZodOptional) current = current.unwrap() as AnySchema;
  return current;
}

function literalValues(schema: AnySchema | undefined): unknown[] {
  if (schema instanceof z.ZodLiteral) return [...schema.values];
  return [];
}

function shapeKeys(schema: AnySchema): string[] {
  const bare = withoutOptional(schema);
  return bare instanceof z.ZodObject ? Object.keys(bare.shape) : [];
}

const typeOfJson = (value: unknown): string =>
  Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;

function optionAcceptsType(option: AnySchema, value: unknown): boolean {
  const bare = withoutOptional(option);
  const type = typeOfJson(value);
  if (bare instanceof z.ZodString) return type === 'string';
  if (bare instanceof z.ZodArray) return type === 'array';
  if (bare instanceof z.ZodObject || bare instanceof z.ZodRecord) return type === 'object';
  return false;
}

/**
 * The union option the author most likely meant: by discriminator when there is one, else the
 * object option sharing the most keys with the data, else the option of the data's type.
 */
export function likelyOption(union: z.ZodUnion, value: unknown): AnySchema | undefined {
  const options = union.options as readonly AnySchema[];
  const discriminator = (union._zod.def as { discriminator?: string }).discriminator;
  if (discriminator !== undefined && isPlainObject(value)) {
    return options.find((option) => {
      const bare = withoutOptional(option);
      const field =
        bare instanceof z.ZodObject ? (bare.shape[discriminator] as AnySchema) : undefined;
      return literalValues(field).includes(value[discriminator]);
    });
  }
  if (isPlainObject(value)) {
    const keys = Object.keys(value);
    let best: AnySchema | undefined;
    let bestShared = 0;
    for (const option of options) {
      const shared = shapeKeys(option).filter((key) => keys.includes(key)).length;
      if (shared > bestShared) {
        best = option;
        bestShared = shared;
      }
    }
    if (best) return best;
  }
  return options.find((option) => optionAcceptsType(option, value));
}

/** Optional, lazy and union layers peeled off (unions resolved with the data). */
export function resolveSchema(schema: AnySchema, value: unknown): AnySchema | undefined {
  let current: AnySchema | undefined = schema;
  // Bounded: each layer is a wrapper of the schema, and unions resolve to one of their options.
  for (let layer = 0; layer < 32 && current; layer += 1) {
    if (current instanceof z.ZodOptional) current = current.unwrap() as AnySchema;
    else if (current instanceof z.ZodLazy) current = current.unwrap() as AnySchema;
    else if (current instanceof z.ZodUnion) current = likelyOption(current, value);
    else return current;
  }
  return current;
}

function child(schema: AnySchema, key: string | number): AnySchema | undefined {
  if (schema instanceof z.ZodObject && typeof key === 'string') {
    return Object.hasOwn(schema.shape, key) ? (schema.shape[key] as AnySchema) : undefined;
  }
  if (schema instanceof z.ZodRecord) return schema._zod.def.valueType as AnySchema;
  if (schema instanceof z.ZodArray) return schema.element as AnySchema;
  return undefined;
}

export function valueAt(root: unknown, path: PathSegments): unknown {
  let current = root;
  for (const key of path) {
    if (Array.isArray(current) && typeof key === 'number') current = current[key];
    else if (isPlainObject(current) && typeof key === 'string' && Object.hasOwn(current, key)) {
      current = current[key];
    } else return undefined;
  }
  return current;
}

/** The schema at `path` exactly as declared there (optional and lazy wrappers still on). */
export function schemaAt(
  root: AnySchema,
  data: unknown,
  path: PathSegments,
): AnySchema | undefined {
  let schema: AnySchema | undefined = root;
  let value = data;
  for (const key of path) {
    const resolved: AnySchema | undefined = schema ? resolveSchema(schema, value) : undefined;
    schema = resolved ? child(resolved, key) : undefined;
    value = valueAt(value, [key]);
    if (!schema) return undefined;
  }
  return schema;
}

/** The field names an object schema at `path` allows (empty when it is not an object). */
export function allowedKeysAt(root: AnySchema, data: unknown, path: PathSegments): string[] {
  const schema = schemaAt(root, data, path);
  const resolved = schema ? resolveSchema(schema, valueAt(data, path)) : undefined;
  return resolved instanceof z.ZodObject ? Object.keys(resolved.shape) : [];
}
