/**
 * Where a learner is, as one short line of text for an LMS: SCORM 1.2 keeps at most 4,096
 * characters of `suspend_data`, and a whole track (several session logs) has to fit in it.
 * JSON would not, so the logs are packed field by field (compact-text.ts): times as the step
 * from the input before, the start time as epoch ms, and choice ids as their place in the
 * scenario's sorted list of choice ids when the scenario is at hand and unchanged (its hash
 * matches the log's). Decoding gives back exactly the logs that were encoded, so replaying
 * them rebuilds the same runs. The session file and result code formats are untouched: this
 * text only ever travels between the game and the LMS.
 *
 * Layout (version 1): `lsr1`, a flags number, the track id, the finished logs, the current log
 * with its active-play ms. A log: scenario id, scenario hash, seed, start time, time pressure,
 * flags, alias, the inputs, the result, the room votes (the last three only when present). A
 * version 2 session log sets a flag bit (and one for practice mode) and numbers a step-back 3,
 * its listed choices from 4; a version 1 log is written and read exactly as before.
 */
import type { Scenario } from '../scenario/schema';
import { hashScenario } from './hash';
import { CompactReader, CompactTextError, CompactWriter } from './compact-text';
import {
  SESSION_FORMAT,
  SESSION_VERSION,
  type SessionInput,
  type SessionLog,
  type SessionResult,
} from './types';

/** What an LMS keeps so the learner can continue on any computer. */
export interface ResumeState {
  /** Set when the package is a track. */
  trackId?: string;
  /** Runs finished so far, in the order played (a single scenario: its run, once ended). */
  finished: SessionLog[];
  /** The run under way, with the ms of active play when it was saved. */
  current?: { log: SessionLog; elapsedMs: number };
}

/** Finds the scenario a log was played against (the package's own), if it is known. */
export type ScenarioLookup = (scenarioId: string) => Scenario | undefined;

export type DecodedResumeState = { ok: true; state: ResumeState } | { ok: false; message: string };

const HEADER = 'lsr1';
const TIME_PRESSURES = ['normal', 'off', 'double'] as const;
const OUTCOMES = ['positive', 'mixed', 'negative'] as const;
const INPUT_CONTINUE = 0;
const INPUT_TIMEOUT = 1;
const INPUT_CHOICE_TEXT = 2;
const INPUT_CHOICE_LISTED = 3;
/** Version 2 logs: a step-back takes code 3 and listed choices start at 4. */
const INPUT_BACK_V2 = 3;
const INPUT_CHOICE_LISTED_V2 = 4;
const LOG_ALIAS = 1;
const LOG_RESULT = 2;
const LOG_ROOM_VOTES = 4;
const LOG_LISTED_CHOICES = 8;
/** Set for a version 2 log (absent: version 1, read exactly as before). */
const LOG_VERSION_2 = 16;
/** Version 2: played in practice mode (absent: assessment). */
const LOG_PRACTICE = 32;
const STATE_TRACK = 1;
const STATE_CURRENT = 2;

interface ChoiceList {
  hash: string;
  ids: string[];
  indexOf: Map<string, number>;
}

const choiceLists = new WeakMap<Scenario, ChoiceList>();

/** Every choice id of the scenario, sorted, with its content hash; built once per scenario. */
function choiceListOf(scenario: Scenario): ChoiceList {
  let list = choiceLists.get(scenario);
  if (!list) {
    const ids = new Set<string>();
    for (const node of Object.values(scenario.nodes)) {
      if (node.kind === 'decision') for (const choice of node.choices) ids.add(choice.id);
    }
    const sorted = [...ids].sort();
    list = {
      hash: hashScenario(scenario),
      ids: sorted,
      indexOf: new Map(sorted.map((id, index) => [id, index])),
    };
    choiceLists.set(scenario, list);
  }
  return list;
}

/** The scenario's choice list when it is the very scenario the log was recorded against. */
function listFor(log: SessionLog, lookup: ScenarioLookup | undefined): ChoiceList | undefined {
  const scenario = lookup?.(log.scenarioId);
  if (!scenario) return undefined;
  const list = choiceListOf(scenario);
  return list.hash === log.scenarioHash ? list : undefined;
}

function writeInput(
  out: CompactWriter,
  input: SessionInput,
  list: ChoiceList | undefined,
  firstListed: number,
): void {
  if (input.type === 'continue') out.uint(INPUT_CONTINUE);
  else if (input.type === 'timeout') out.uint(INPUT_TIMEOUT);
  else if (input.type === 'back') out.uint(INPUT_BACK_V2);
  else {
    const listed = list?.indexOf.get(input.choiceId);
    if (listed === undefined) out.uint(INPUT_CHOICE_TEXT).text(input.choiceId);
    else out.uint(firstListed + listed);
  }
}

function writeLog(out: CompactWriter, log: SessionLog, lookup: ScenarioLookup | undefined): void {
  const list = listFor(log, lookup);
  const flags =
    (log.alias !== undefined ? LOG_ALIAS : 0) |
    (log.result ? LOG_RESULT : 0) |
    (log.roomVotes ? LOG_ROOM_VOTES : 0) |
    (list ? LOG_LISTED_CHOICES : 0) |
    (log.version === 1 ? 0 : LOG_VERSION_2) |
    (log.mode === 'practice' ? LOG_PRACTICE : 0);
  const firstListed = log.version === 1 ? INPUT_CHOICE_LISTED : INPUT_CHOICE_LISTED_V2;
  out.text(log.scenarioId).text(log.scenarioHash).number(log.seed).isoTime(log.startedAt);
  out.uint(TIME_PRESSURES.indexOf(log.timePressure)).uint(flags);
  if (log.alias !== undefined) out.text(log.alias);
  out.uint(log.inputs.length);
  let previous = 0;
  for (const input of log.inputs) {
    writeInput(out, input, list, firstListed);
    out.step(input.at, previous);
    previous = input.at;
  }
  if (log.result) writeResult(out, log.result);
  if (log.roomVotes) out.text(JSON.stringify(log.roomVotes));
}

function writeResult(out: CompactWriter, result: SessionResult): void {
  out.text(result.endingId).uint(OUTCOMES.indexOf(result.outcome));
  const { customerFocus, adaptability, empowerment } = result.rawScores;
  out.number(customerFocus).number(adaptability).number(empowerment);
}

function readInput(
  input: CompactReader,
  list: ChoiceList | undefined,
  versionTwo: boolean,
): SessionInput {
  const at = 0;
  const code = input.uint();
  if (code === INPUT_CONTINUE) return { type: 'continue', at };
  if (code === INPUT_TIMEOUT) return { type: 'timeout', at };
  if (code === INPUT_CHOICE_TEXT) return { type: 'choose', choiceId: input.text(), at };
  if (versionTwo && code === INPUT_BACK_V2) return { type: 'back', at };
  const firstListed = versionTwo ? INPUT_CHOICE_LISTED_V2 : INPUT_CHOICE_LISTED;
  const choiceId = list?.ids[code - firstListed];
  if (choiceId === undefined) throw new CompactTextError('a choice is not in the scenario');
  return { type: 'choose', choiceId, at };
}

/** Reads the input's kind first and its time second, as they were written. */
function readInputs(
  input: CompactReader,
  list: ChoiceList | undefined,
  versionTwo: boolean,
): SessionInput[] {
  const count = input.uint();
  const inputs: SessionInput[] = [];
  let previous = 0;
  for (let index = 0; index < count; index += 1) {
    const partial = readInput(input, list, versionTwo);
    partial.at = input.step(previous);
    previous = partial.at;
    inputs.push(partial);
  }
  return inputs;
}

function readEnum<T>(values: readonly T[], index: number, what: string): T {
  const value = values[index];
  if (value === undefined) throw new CompactTextError(`unknown ${what}`);
  return value;
}

function readLog(input: CompactReader, lookup: ScenarioLookup | undefined): SessionLog {
  const scenarioId = input.text();
  const scenarioHash = input.text();
  const seed = input.number();
  const startedAt = input.isoTime();
  const timePressure = readEnum(TIME_PRESSURES, input.uint(), 'time pressure');
  const flags = input.uint();
  const log: SessionLog = {
    format: SESSION_FORMAT,
    version: flags & LOG_VERSION_2 ? SESSION_VERSION : 1,
    scenarioId,
    scenarioHash,
    seed,
    startedAt,
    timePressure,
    inputs: [],
  };
  if (flags & LOG_VERSION_2) log.mode = flags & LOG_PRACTICE ? 'practice' : 'assessment';
  if (flags & LOG_ALIAS) log.alias = input.text();
  let list: ChoiceList | undefined;
  if (flags & LOG_LISTED_CHOICES) {
    list = listFor(log, lookup);
    if (!list) throw new ScenarioChangedError(scenarioId);
  }
  log.inputs = readInputs(input, list, (flags & LOG_VERSION_2) !== 0);
  if (flags & LOG_RESULT) log.result = readResult(input);
  if (flags & LOG_ROOM_VOTES) log.roomVotes = JSON.parse(input.text()) as SessionLog['roomVotes'];
  return log;
}

function readResult(input: CompactReader): SessionResult {
  const endingId = input.text();
  const outcome = readEnum(OUTCOMES, input.uint(), 'ending outcome');
  const customerFocus = input.number();
  const adaptability = input.number();
  const empowerment = input.number();
  return { endingId, outcome, rawScores: { customerFocus, adaptability, empowerment } };
}

class ScenarioChangedError extends Error {
  constructor(readonly scenarioId: string) {
    super(scenarioId);
  }
}

/**
 * The resume state as text of the characters A–Z a–z 0–9 - _ only. Pass `lookup` (the
 * package's scenarios) to write choices in one or two characters each.
 */
export function encodeResumeState(state: ResumeState, lookup?: ScenarioLookup): string {
  const out = new CompactWriter().raw(HEADER);
  out.uint((state.trackId !== undefined ? STATE_TRACK : 0) | (state.current ? STATE_CURRENT : 0));
  if (state.trackId !== undefined) out.text(state.trackId);
  out.uint(state.finished.length);
  for (const log of state.finished) writeLog(out, log, lookup);
  if (state.current) {
    writeLog(out, state.current.log, lookup);
    out.number(state.current.elapsedMs);
  }
  return out.toString();
}

/** Reads `encodeResumeState`'s text back; never throws, every problem is one plain sentence. */
export function decodeResumeState(text: string, lookup?: ScenarioLookup): DecodedResumeState {
  try {
    const input = new CompactReader(text.trim());
    input.expect(HEADER);
    const flags = input.uint();
    const state: ResumeState = { finished: [] };
    if (flags & STATE_TRACK) state.trackId = input.text();
    const finishedCount = input.uint();
    for (let index = 0; index < finishedCount; index += 1) {
      state.finished.push(readLog(input, lookup));
    }
    if (flags & STATE_CURRENT) {
      const log = readLog(input, lookup);
      state.current = { log, elapsedMs: input.number() };
    }
    if (!input.atEnd()) throw new CompactTextError('there is text after the end');
    return { ok: true, state };
  } catch (error) {
    if (error instanceof ScenarioChangedError) {
      return {
        ok: false,
        message: `The saved progress cannot be restored: scenario "${error.scenarioId}" has changed since it was saved.`,
      };
    }
    return { ok: false, message: 'The saved progress is damaged and cannot be restored.' };
  }
}
