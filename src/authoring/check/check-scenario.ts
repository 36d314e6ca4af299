/**
 * One scenario file, from raw content to either a valid Scenario or a list of problems.
 * Order: the file must be readable strict JSON; then the schema (types, ranges, unknown
 * fields); only a file that passes the schema is checked for references, decisions and the
 * shape of its graph, since those rules need to know what every field means.
 */
import { scenarioSchema, type Scenario } from '../../engine/scenario/schema';
import { decisionFindings } from './decision-rules';
import { graphFindings } from './graph-rules';
import { readJson } from './json-text';
import { toProblems, type CheckResult, type Finding, type Problem } from './problem';
import { referenceFindings } from './references';
import { isPlainObject } from './schema-walk';
import { explainIssues } from './zod-issues';

export function internalErrorProblem(file: string, error: unknown): Problem {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    file,
    path: '',
    message: `the checker could not finish checking this file (internal error: ${detail}); please send the file to the developers`,
  };
}

/** The `id` a parsed file declares, if it is text; used for cross-file rules even when invalid. */
export function declaredIdOf(value: unknown): string | undefined {
  return isPlainObject(value) && typeof value.id === 'string' ? value.id : undefined;
}

/** The root must be one JSON object; a list or a bare value is explained, not type-checked. */
export function rootObjectFinding(value: unknown, what: string): Finding | undefined {
  if (isPlainObject(value)) return undefined;
  const holds = Array.isArray(value) ? 'a list [ ... ]' : `just ${JSON.stringify(value)}`;
  return {
    path: [],
    message: `the file should hold one JSON object { ... } with the ${what}'s fields, but it holds ${holds}`,
  };
}

function semanticFindings(scenario: Scenario): Finding[] {
  return [
    ...referenceFindings(scenario),
    ...decisionFindings(scenario),
    ...graphFindings(scenario),
  ];
}

function checkParsedScenario(file: string, value: unknown): CheckResult {
  const declaredId = declaredIdOf(value);
  const withId = declaredId === undefined ? {} : { declaredId };
  const rootProblem = rootObjectFinding(value, 'scenario');
  if (rootProblem) return { file, ok: false, problems: toProblems(file, [rootProblem]) };
  const parsed = scenarioSchema.safeParse(value);
  if (!parsed.success) {
    const findings = explainIssues(scenarioSchema, value, parsed.error.issues);
    return { file, ok: false, problems: toProblems(file, findings), ...withId };
  }
  const problems = toProblems(file, semanticFindings(parsed.data));
  if (problems.length > 0) return { file, ok: false, problems, ...withId };
  return { file, ok: true, problems: [], scenario: parsed.data, ...withId };
}

/**
 * Checks one scenario file. `text` may be the raw bytes (best: lets the checker spot binary
 * and non-UTF-8 files) or already-decoded text. Never throws.
 */
export function checkScenarioText(fileName: string, text: string | Uint8Array): CheckResult {
  try {
    const read = readJson(text);
    if (!read.ok)
      return { file: fileName, ok: false, problems: toProblems(fileName, read.findings) };
    return checkParsedScenario(fileName, read.value);
  } catch (error) {
    return { file: fileName, ok: false, problems: [internalErrorProblem(fileName, error)] };
  }
}
