/**
 * Creating and reading session logs. Reading never throws: a log comes from a file, a paste
 * or a result code, so every problem becomes one plain sentence for the person holding it.
 */
import { z } from 'zod';
import type { Scenario } from '../scenario/schema';
import type { TimePressure } from '../run/types';
import { hashScenario } from './hash';
import {
  PLAY_MODES,
  SESSION_FORMAT,
  SESSION_VERSION,
  type PlayMode,
  type SessionLog,
} from './types';

export interface NewSessionOptions {
  seed: number;
  /** ISO 8601 wall-clock time, supplied by the caller (the engine has no clock). */
  startedAt: string;
  timePressure: TimePressure;
  /** Assessment when not given. */
  mode?: PlayMode;
  alias?: string;
}

export function createSessionLog(scenario: Scenario, options: NewSessionOptions): SessionLog {
  const log: SessionLog = {
    format: SESSION_FORMAT,
    version: SESSION_VERSION,
    scenarioId: scenario.id,
    scenarioHash: hashScenario(scenario),
    seed: options.seed,
    startedAt: options.startedAt,
    timePressure: options.timePressure,
    mode: options.mode ?? 'assessment',
    inputs: [],
  };
  if (options.alias !== undefined) log.alias = options.alias;
  return log;
}

/** Far above any real run; stops a hostile paste from making replay crawl. */
export const MAX_SESSION_INPUTS = 10_000;

/** A zod error option that tells a missing field from a wrong one. */
function expected(what: string) {
  return {
    error: (issue: { input?: unknown }) =>
      issue.input === undefined ? 'is missing' : `must be ${what}`,
  };
}

const runTime = z
  .number(expected('a number of milliseconds'))
  .min(0, { error: 'must not be negative' });
const text = z.string(expected('text'));

const versionOneInputs = [
  z.object({ type: z.literal('continue'), at: runTime }),
  z.object({
    type: z.literal('choose'),
    choiceId: text.min(1, { error: 'must not be empty' }),
    at: runTime,
  }),
  z.object({ type: z.literal('timeout'), at: runTime }),
] as const;

const versionOneInput = z.discriminatedUnion(
  'type',
  [...versionOneInputs],
  expected('"continue", "choose" or "timeout"'),
);

/** Version 2 adds the practice step-back. */
const versionTwoInput = z.discriminatedUnion(
  'type',
  [...versionOneInputs, z.object({ type: z.literal('back'), at: runTime })],
  expected('"continue", "choose", "timeout" or "back"'),
);

const rawScore = z.number(expected('a number'));

const resultSchema = z.object({
  endingId: text,
  outcome: z.enum(['positive', 'mixed', 'negative'], expected('"positive", "mixed" or "negative"')),
  rawScores: z.object({ customerFocus: rawScore, adaptability: rawScore, empowerment: rawScore }),
});

function inputList<T extends z.ZodType>(input: T) {
  return z
    .array(input, expected('a list of inputs'))
    .max(MAX_SESSION_INPUTS, { error: `must hold at most ${MAX_SESSION_INPUTS} inputs` });
}

/**
 * The fields in the order a log is written (parsing returns them in this order, and a log
 * compared as text must come back the same).
 */
function logSchema<V extends z.ZodType, M extends z.ZodType, I extends z.ZodType>(
  version: V,
  mode: M,
  input: I,
) {
  return z.object({
    format: z.literal(SESSION_FORMAT),
    version,
    mode,
    scenarioId: text,
    scenarioHash: text,
    seed: z.number(expected('a whole number')).int({ error: 'must be a whole number' }),
    startedAt: text,
    timePressure: z.enum(['normal', 'off', 'double'], expected('"normal", "off" or "double"')),
    alias: text.optional(),
    inputs: inputList(input),
    result: resultSchema.optional(),
    roomVotes: z
      .array(z.record(z.string(), z.number().int().min(0)), expected('a list of vote counts'))
      .optional(),
  });
}

/** Version 1, read exactly as it was written (no mode, no step-backs). */
const versionOneSchema = logSchema(z.literal(1), z.undefined().optional(), versionOneInput);

const versionTwoSchema = logSchema(
  z.literal(SESSION_VERSION),
  z.enum(PLAY_MODES as [PlayMode, ...PlayMode[]], expected('"assessment" or "practice"')),
  versionTwoInput,
);

export const sessionLogSchema = z.discriminatedUnion('version', [
  versionOneSchema,
  versionTwoSchema,
]);

export type ParsedSessionLog = { ok: true; log: SessionLog } | { ok: false; message: string };

/** `inputs[3].at` style, the way the scenario checker names places in a file. */
function pathText(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

/** Format and version first, so a wrong file gets the sentence that explains it best. */
function checkHeader(value: unknown): string | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return 'This is not a session log: it does not hold a JSON object.';
  }
  const { format, version } = value as { format?: unknown; version?: unknown };
  if (format !== SESSION_FORMAT) {
    return `This is not a session log from this game: its "format" should be "${SESSION_FORMAT}".`;
  }
  if (typeof version === 'number' && version > SESSION_VERSION) {
    return `This session log was saved by a newer version of the game (log version ${version}); this version reads versions 1 to ${SESSION_VERSION}.`;
  }
  if (version !== 1 && version !== SESSION_VERSION)
    return `This session log has an unknown version; this version of the game reads versions 1 to ${SESSION_VERSION}.`;
  return null;
}

export function parseSessionLog(textToParse: string): ParsedSessionLog {
  let value: unknown;
  try {
    value = JSON.parse(textToParse);
  } catch {
    return { ok: false, message: 'This is not a session log: the text is not valid JSON.' };
  }
  const headerProblem = checkHeader(value);
  if (headerProblem) return { ok: false, message: headerProblem };
  const parsed = sessionLogSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? pathText(issue.path) : '';
    const what = issue?.message ?? 'is not valid';
    return { ok: false, message: `The session log is damaged: ${where || 'it'} ${what}.` };
  }
  return { ok: true, log: parsed.data as SessionLog };
}
