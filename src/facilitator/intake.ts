/**
 * Turning dropped files, pasted text and scanned codes into sessions: each item is read and
 * checked on its own (session file or result code, then replayed against the bundled scenario
 * with that id), so one bad file never stops the rest. Pure: no DOM, no storage.
 */
import type { Scenario } from '../engine/scenario/schema';
import type { Scoring } from '../engine/profile/types';
import { parseSessionLog } from '../engine/session/log';
import { decodeResultCode, extractResultCodes } from '../engine/session/result-code';
import { replay, type ReplayOutcome } from '../engine/session/replay';
import type { SessionLog } from '../engine/session/types';
import { MAX_PASTE_CHARACTERS, pasteTooLongReason } from './limits';
import { replayReason, unknownScenarioReason } from './reasons';
import { sessionKey } from './session-key';
import type { Library, RejectedItem } from './types';

export { sessionKey };

export interface Submission {
  source: string;
  text: string;
}

/** A replay that worked (the engine's replay outcome with ok: true). */
export type Replayed = Extract<ReplayOutcome, { ok: true }>;

export interface AcceptedItem {
  source: string;
  log: SessionLog;
  scenarioChanged: boolean;
  scenario: Scenario;
  scoring: Scoring;
  /** Kept so the session is never replayed twice on its way into a workshop. */
  replayed: Replayed;
}

export interface IntakeReport {
  accepted: AcceptedItem[];
  rejected: RejectedItem[];
  /** Items that hold a session already in the workshop (or earlier in the same batch). */
  duplicates: Array<{ source: string; sameAs: string }>;
}

export function emptyReport(): IntakeReport {
  return { accepted: [], rejected: [], duplicates: [] };
}

const WORKSHOP_FORMAT = /^\{\s*"format"\s*:\s*"leadership-sim-workshop"/;

/** A session file (JSON) or a result code (LSIM1.…), told apart by their first character. */
export function readSubmission(
  text: string,
): { ok: true; log: SessionLog } | { ok: false; message: string } {
  const trimmed = text.trim();
  if (trimmed.length === 0) return { ok: false, message: 'The file is empty.' };
  if (WORKSHOP_FORMAT.test(trimmed))
    return {
      ok: false,
      message:
        'This is a workshop file, not a session: import it with “Import a workshop file” on the first page of the facilitator tools.',
    };
  if (trimmed.startsWith('['))
    return {
      ok: false,
      message:
        'This file holds a list, not a session file: a session file holds one session, written as a JSON object that starts with “{”.',
    };
  if (trimmed.startsWith('{')) return parseSessionLog(trimmed);
  if (/^lsim/i.test(trimmed)) return decodeResultCode(trimmed);
  return {
    ok: false,
    message:
      'This is neither a session file nor a result code: a session file is JSON that starts with “{”, and a result code starts with “LSIM1.”.',
  };
}

/**
 * Every result code in a pasted text (an email, a chat log, quoted replies), each named by the
 * line it starts on; a pasted session file (JSON) counts as one item. Text with nothing to read
 * comes back as one plain refusal.
 */
export function pastedSubmissions(text: string): { items: Submission[]; rejected: RejectedItem[] } {
  if (text.length > MAX_PASTE_CHARACTERS)
    return {
      items: [],
      rejected: [{ source: 'Pasted text', reason: pasteTooLongReason(text.length) }],
    };
  const trimmed = text.trim();
  if (trimmed === '') return { items: [], rejected: [] };
  const found = extractResultCodes(text);
  if (found.length === 0 && /^[{[]/.test(trimmed))
    return { items: [{ source: 'Pasted session file', text: trimmed }], rejected: [] };
  if (found.length === 0)
    return {
      items: [],
      rejected: [
        {
          source: 'Pasted text',
          reason: 'No result code was found in it: a result code starts with “LSIM1.”.',
        },
      ],
    };
  const items = found.map((item, index) => ({
    source:
      found.length === 1
        ? `Pasted code (line ${item.line})`
        : `Pasted code ${index + 1} (line ${item.line})`,
    text: item.code,
  }));
  return { items, rejected: [] };
}

/** One session log replayed against the library: accepted, or the reason it is not. */
export function checkLog(
  source: string,
  log: SessionLog,
  library: Library,
): RejectedItem | AcceptedItem {
  const known = library.get(log.scenarioId);
  if (!known) return { source, reason: unknownScenarioReason(log, library) };
  const replayed = replay(known.scenario, log);
  if (!replayed.ok) return { source, reason: replayReason(known.scenario, log, replayed, library) };
  return {
    source,
    log,
    scenarioChanged: !replayed.hashMatches,
    scenario: known.scenario,
    scoring: known.scoring,
    replayed,
  };
}

function checkOne(item: Submission, library: Library): RejectedItem | AcceptedItem {
  const read = readSubmission(item.text);
  if (!read.ok) return { source: item.source, reason: read.message };
  return checkLog(item.source, read.log, library);
}

/** Checks every item on its own; `known` holds sessionKey → source of sessions already kept. */
export function checkSubmissions(
  items: readonly Submission[],
  library: Library,
  known: ReadonlyMap<string, string>,
): IntakeReport {
  return collect(items, (item) => checkOne(item, library), known);
}

/** Like checkSubmissions, for logs already read (a workshop file's sessions). */
export function checkLogs(
  items: ReadonlyArray<{ source: string; log: SessionLog }>,
  library: Library,
  known: ReadonlyMap<string, string> = new Map(),
): IntakeReport {
  return collect(items, (item) => checkLog(item.source, item.log, library), known);
}

function collect<T extends { source: string }>(
  items: readonly T[],
  check: (item: T) => RejectedItem | AcceptedItem,
  known: ReadonlyMap<string, string>,
): IntakeReport {
  const report = emptyReport();
  const seen = new Map(known);
  for (const item of items) {
    const checked = check(item);
    if ('reason' in checked) {
      report.rejected.push(checked);
      continue;
    }
    const key = sessionKey(checked.log);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      report.duplicates.push({ source: item.source, sameAs: earlier });
      continue;
    }
    seen.set(key, item.source);
    report.accepted.push(checked);
  }
  return report;
}

/**
 * `checkSubmissions` in batches, handing control back between them (`pause`) so a page
 * checking a thousand files keeps painting its progress. Stops early once `signal` aborts
 * (the facilitator left the workshop), answering what was checked so far.
 */
export async function checkInBatches(
  items: readonly Submission[],
  library: Library,
  known: ReadonlyMap<string, string>,
  pause: (done: number) => Promise<void>,
  { batchSize = 50, signal }: { batchSize?: number; signal?: AbortSignal } = {},
): Promise<IntakeReport> {
  const report = emptyReport();
  const seen = new Map(known);
  for (let start = 0; start < items.length && !signal?.aborted; start += batchSize) {
    const part = checkSubmissions(items.slice(start, start + batchSize), library, seen);
    for (const item of part.accepted) seen.set(sessionKey(item.log), item.source);
    report.accepted.push(...part.accepted);
    report.rejected.push(...part.rejected);
    report.duplicates.push(...part.duplicates);
    await pause(Math.min(items.length, start + batchSize));
  }
  return report;
}
