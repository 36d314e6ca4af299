/**
 * zod's issues turned into sentences for authors. zod knows *what* failed; these functions add
 * the words a facilitator understands ("should be a number, but it is text"), the nearest
 * known field for a typo, and one clear sentence for the unions (a condition, a `next`)
 * instead of zod's list of every alternative that did not match.
 */
import type { z } from 'zod';
import { conditionSchema, nextSchema } from '../../engine/scenario/schema';
import { describeExpected, describeValue } from './describe';
import { formatPath, type Finding, type PathSegments } from './problem';
import {
  allowedKeysAt,
  isPlainObject,
  likelyOption,
  resolveSchema,
  schemaAt,
  valueAt,
  withoutOptional,
} from './schema-walk';
import { isScorePath, rangeSentence, scoreSentence } from './range-messages';
import { listWords, nearestName } from './suggest';

type Issue = z.core.$ZodIssue;
type AnySchema = z.ZodType;

/** A finding that may name a required field it reports missing, or a field a typo stands for. */
interface Translated extends Finding {
  missingField?: string;
  suggestedField?: string;
}

interface Context {
  schema: AnySchema;
  data: unknown;
  base: PathSegments;
}

const NODE_KINDS = ['narrative', 'decision', 'event', 'ending'];
const CONDITION_FORMS = ['flag', 'notFlag', 'meter', 'all', 'any'];
const CONDITION_WORDS = [...CONDITION_FORMS, 'gte', 'lte'];

const segmentsOf = (path: readonly PropertyKey[]): Array<string | number> =>
  path.map((key) => (typeof key === 'number' ? key : String(key)));

const fieldKey = (objectPath: PathSegments, key: string): string =>
  `${formatPath(objectPath)}\u0000${key}`;

function missingField(path: PathSegments, hint = ''): Translated {
  const key = String(path[path.length - 1]);
  return {
    path,
    message: `the required field "${key}" is missing${hint}`,
    missingField: fieldKey(path.slice(0, -1), key),
  };
}

function invalidType(issue: Issue & { code: 'invalid_type' }, ctx: Context): Translated[] {
  const relative = segmentsOf(issue.path);
  const path = [...ctx.base, ...relative];
  const value = valueAt(ctx.data, relative);
  const parent = valueAt(ctx.data, relative.slice(0, -1));
  if (value === undefined && relative.length > 0 && isPlainObject(parent))
    return [missingField(path)];
  if (isScorePath(path)) return [{ path, message: scoreSentence(value) }];
  const expected = describeExpected(issue.expected);
  return [{ path, message: `should be ${expected}, but it is ${describeValue(value)}` }];
}

function unknownKeys(issue: Issue & { code: 'unrecognized_keys' }, ctx: Context): Translated[] {
  const relative = segmentsOf(issue.path);
  const objectPath = [...ctx.base, ...relative];
  const value = valueAt(ctx.data, relative);
  const allowed = allowedKeysAt(ctx.schema, ctx.data, relative);
  const absent = allowed.filter((key) => !(isPlainObject(value) && Object.hasOwn(value, key)));
  return issue.keys.map((key) => {
    const nearest = nearestName(key, absent) ?? nearestName(key, allowed);
    const path = [...objectPath, key];
    if (nearest !== undefined) {
      return {
        path,
        message: `unknown field "${key}" — did you mean "${nearest}"?`,
        suggestedField: fieldKey(objectPath, nearest),
      };
    }
    const list =
      allowed.length > 0 ? `; the fields allowed here are ${listWords(allowed, 'and')}` : '';
    return { path, message: `unknown field "${key}"${list}` };
  });
}

function invalidValue(issue: Issue & { code: 'invalid_value' }, ctx: Context): Translated[] {
  const relative = segmentsOf(issue.path);
  const path = [...ctx.base, ...relative];
  const value = valueAt(ctx.data, relative);
  if (path[path.length - 1] === 'formatVersion') {
    return [
      {
        path,
        message: `should be 1 (this checker knows version 1 of the scenario format), but it is ${describeValue(value)}`,
      },
    ];
  }
  const options = issue.values.map(String);
  return [
    { path, message: `should be one of ${listWords(options)}, but it is ${describeValue(value)}` },
  ];
}

function badKind(issue: Issue, ctx: Context): Translated[] {
  const relative = segmentsOf(issue.path);
  const path = [...ctx.base, ...relative];
  const value = valueAt(ctx.data, relative);
  if (value === undefined) {
    return [missingField(path, `: every node needs a kind, one of ${listWords(NODE_KINDS)}`)];
  }
  const nearest = typeof value === 'string' ? nearestName(value, NODE_KINDS) : undefined;
  const hint = nearest === undefined ? '' : ` — did you mean "${nearest}"?`;
  return [
    {
      path,
      message: `should be one of the four node kinds ${listWords(NODE_KINDS)}, but it is ${describeValue(value)}${hint}`,
    },
  ];
}

function conditionFindings(value: unknown, path: PathSegments): Translated[] {
  if (!isPlainObject(value)) {
    return [
      {
        path,
        message: `should be a condition such as { "flag": "name" } or { "meter": "trust", "gte": 30 }, but it is ${describeValue(value)}`,
      },
    ];
  }
  const keys = Object.keys(value);
  const forms = CONDITION_FORMS.filter((form) => keys.includes(form));
  if (forms.length === 0) {
    const typo = keys.find((key) => nearestName(key, CONDITION_WORDS) !== undefined);
    const hint =
      typo === undefined
        ? ''
        : ` ("${typo}" — did you mean "${nearestName(typo, CONDITION_WORDS)}"?)`;
    return [
      {
        path,
        message: `is not a condition: a condition has one of the fields ${listWords(CONDITION_FORMS)}${hint}`,
      },
    ];
  }
  if (forms.length > 1) {
    return [
      {
        path,
        message: `a condition tests one thing, but this one has ${listWords(forms, 'and')}; to combine tests use { "all": [ ... ] } or { "any": [ ... ] }`,
      },
    ];
  }
  if (forms[0] === 'meter') {
    const bounds = ['gte', 'lte'].filter((key) => keys.includes(key));
    if (bounds.length !== 1) {
      const problem = bounds.length === 0 ? 'needs' : 'takes only one of';
      return [
        {
          path,
          message: `a meter condition ${problem} "gte" (at least) or "lte" (at most), for example { "meter": "trust", "gte": 30 }; for a range use { "all": [ ... ] }`,
        },
      ];
    }
  }
  return reparse(resolveSchema(conditionSchema, value), value, path);
}

function nextFindings(value: unknown, path: PathSegments): Translated[] {
  if (value === undefined) {
    return [missingField(path, ': give the id of the node that comes next, or a branch list')];
  }
  if (value === '') {
    return [{ path, message: 'should not be empty: give the id of the node that comes next' }];
  }
  if (Array.isArray(value)) return reparse(likelyOption(nextSchema, value), value, path);
  return [
    {
      path,
      message: `should be the id of the next node (text) or a branch list [ { "when": ..., "next": ... }, ... ], but it is ${describeValue(value)}`,
    },
  ];
}

/** Checks `value` against the one option the author meant and explains that option's issues. */
function reparse(option: AnySchema | undefined, value: unknown, path: PathSegments): Translated[] {
  const result = option?.safeParse(value);
  if (!option || !result || result.success) {
    return [{ path, message: 'does not match any of the forms allowed here' }];
  }
  return translate(result.error.issues, { schema: option, data: value, base: path });
}

function invalidUnion(issue: Issue & { code: 'invalid_union' }, ctx: Context): Translated[] {
  if ('discriminator' in issue && issue.discriminator) return badKind(issue, ctx);
  const relative = segmentsOf(issue.path);
  const path = [...ctx.base, ...relative];
  const value = valueAt(ctx.data, relative);
  const declared = schemaAt(ctx.schema, ctx.data, relative);
  const bare = declared ? withoutOptional(declared) : undefined;
  if (bare === conditionSchema) return conditionFindings(value, path);
  if (bare === nextSchema) return nextFindings(value, path);
  return reparse(declared ? resolveSchema(declared, value) : undefined, value, path);
}

function translateOne(issue: Issue, ctx: Context): Translated[] {
  const relative = segmentsOf(issue.path);
  const path = [...ctx.base, ...relative];
  switch (issue.code) {
    case 'invalid_type':
      return invalidType(issue, ctx);
    case 'unrecognized_keys':
      return unknownKeys(issue, ctx);
    case 'invalid_value':
      return invalidValue(issue, ctx);
    case 'invalid_union':
      return invalidUnion(issue, ctx);
    case 'too_small':
    case 'too_big':
      return [{ path, message: rangeSentence(issue, path, valueAt(ctx.data, relative)) }];
    case 'invalid_format':
      if (path[path.length - 1] === 'id' || path[path.length - 2] === 'scenarios') {
        const value = describeValue(valueAt(ctx.data, relative));
        return [
          {
            path,
            message: `should use only lowercase letters, digits and "-" (like "refund-at-the-counter"), but it is ${value}`,
          },
        ];
      }
      return [{ path, message: `is not in the expected format (${issue.message})` }];
    case 'invalid_key':
      return [{ path, message: 'this id is not allowed: ids must not be empty' }];
    default:
      return [{ path, message: issue.message }];
  }
}

function translate(issues: readonly Issue[], ctx: Context): Translated[] {
  return issues.flatMap((issue) => translateOne(issue, ctx));
}

/**
 * Sentences for every issue. A "missing" report is dropped when an unknown field in the same
 * object is already reported as its likely misspelling ("nxet" — did you mean "next"?).
 */
export function explainIssues(
  schema: AnySchema,
  data: unknown,
  issues: readonly Issue[],
): Finding[] {
  const translated = translate(issues, { schema, data, base: [] });
  const suggested = new Set(translated.map((finding) => finding.suggestedField).filter(Boolean));
  return translated
    .filter((finding) => !(finding.missingField && suggested.has(finding.missingField)))
    .map(({ path, message }) => ({ path, message }));
}
