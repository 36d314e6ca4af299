/**
 * Turning dropped files and pasted codes into sessions: each item is read and checked on its
 * own (session file or result code, then replayed against the bundled scenario with that id),
 * so one bad file never stops the rest. Pure: no DOM, no storage.
 */
import type { Scenario } from '../engine/scenario/schema';
import type { Scoring } from '../engine/profile/types';
import { parseSessionLog } from '../engine/session/log';
import { decodeResultCode } from '../engine/session/result-code';
import { replay, type ReplayOutcome } from '../engine/session/replay';
import type { SessionLog } from '../engine/session/types';
import { buildProfile } from '../engine/profile/build-profile';
import { scoresOf, selectArchetype } from '../engine/profile/archetypes';
import type { CohortEntry, Library, RejectedItem, StoredSession } from './types';

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

/** Same scenario, seed and inputs: the same run, whatever the file is called. */
export function sessionKey(log: SessionLog): string {
  return `${log.scenarioId}|${log.seed}|${log.timePressure}|${JSON.stringify(log.inputs)}`;
}

/** A session file (JSON) or a result code (LSIM1.…), told apart by their first character. */
export function readSubmission(
  text: string,
): { ok: true; log: SessionLog } | { ok: false; message: string } {
  const trimmed = text.trim();
  if (trimmed.length === 0) return { ok: false, message: 'The file is empty.' };
  if (trimmed.startsWith('{')) return parseSessionLog(trimmed);
  if (/^lsim/i.test(trimmed)) return decodeResultCode(trimmed);
  return {
    ok: false,
    message: 'This is neither a session file (JSON) nor a result code (starting with "LSIM1.").',
  };
}

/** One pasted code per non-empty line, named "Pasted code N" by line number. */
export function splitPastedCodes(text: string): Submission[] {
  return text
    .split(/\r?\n/)
    .map((line, index) => ({ source: `Pasted code on line ${index + 1}`, text: line.trim() }))
    .filter((item) => item.text.length > 0);
}

function checkOne(item: Submission, library: Library): RejectedItem | AcceptedItem {
  const read = readSubmission(item.text);
  if (!read.ok) return { source: item.source, reason: read.message };
  const known = library.get(read.log.scenarioId);
  if (!known) {
    return {
      source: item.source,
      reason: `It is a session of scenario "${read.log.scenarioId}", which is not in this library.`,
    };
  }
  const replayed = replay(known.scenario, read.log);
  if (!replayed.ok) return { source: item.source, reason: replayed.message };
  return {
    source: item.source,
    log: read.log,
    scenarioChanged: !replayed.hashMatches,
    scenario: known.scenario,
    scoring: known.scoring,
    replayed,
  };
}

/** Checks every item on its own; `known` holds sessionKey → source of sessions already kept. */
export function checkSubmissions(
  items: readonly Submission[],
  library: Library,
  known: ReadonlyMap<string, string>,
): IntakeReport {
  const report: IntakeReport = { accepted: [], rejected: [], duplicates: [] };
  const seen = new Map(known);
  for (const item of items) {
    const checked = checkOne(item, library);
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

export function defaultAlias(log: SessionLog, position: number): string {
  const alias = log.alias?.trim();
  return alias ? alias : `Participant ${position}`;
}

/** A cohort entry from a session the engine has already replayed. */
export function entryFrom(
  stored: StoredSession,
  position: number,
  { scenario, scoring }: { scenario: Scenario; scoring: Scoring },
  replayed: Replayed,
): CohortEntry {
  const profile = replayed.ended ? buildProfile(scenario, scoring, replayed.final) : null;
  const scores = profile ? scoresOf(profile.dimensions) : null;
  const archetype = scores ? selectArchetype(scores) : null;
  return {
    id: stored.id,
    source: stored.source,
    alias: defaultAlias(stored.log, position),
    log: stored.log,
    scenario,
    snapshots: replayed.snapshots,
    final: replayed.final,
    ended: replayed.ended,
    scenarioChanged: !replayed.hashMatches,
    profile,
    scores,
    archetype: archetype ? { id: archetype.id, name: archetype.name } : null,
  };
}

/** Replays one stored session; a reason when it no longer replays against the library. */
export function replayStored(
  stored: StoredSession,
  library: Library,
): { scenario: Scenario; scoring: Scoring; replayed: Replayed } | RejectedItem {
  const known = library.get(stored.log.scenarioId);
  if (!known)
    return {
      source: stored.source,
      reason: `Scenario "${stored.log.scenarioId}" is not in this library.`,
    };
  const replayed = replay(known.scenario, stored.log);
  if (!replayed.ok) return { source: stored.source, reason: replayed.message };
  return { ...known, replayed };
}

/**
 * Replays a workshop's sessions into cohort entries. Sessions that no longer replay (the
 * scenario was removed or changed incompatibly since import) come back as unusable items.
 */
export function buildCohort(
  sessions: readonly StoredSession[],
  library: Library,
): { entries: CohortEntry[]; unusable: RejectedItem[] } {
  const entries: CohortEntry[] = [];
  const unusable: RejectedItem[] = [];
  sessions.forEach((stored, index) => {
    const result = replayStored(stored, library);
    if ('reason' in result) unusable.push(result);
    else entries.push(entryFrom(stored, index + 1, result, result.replayed));
  });
  return { entries, unusable };
}

/**
 * Keeps each session's replay by id, so adding sessions to a large workshop replays only the
 * new ones. Aliases are re-applied on every `cohort()` ("Participant N" follows the order).
 */
export class CohortBuilder {
  private readonly built = new Map<string, CohortEntry | RejectedItem>();

  constructor(private readonly library: Library) {}

  /** Records sessions the intake has just replayed. */
  addReplayed(stored: StoredSession, item: AcceptedItem): void {
    this.built.set(stored.id, entryFrom(stored, 0, item, item.replayed));
  }

  cohort(sessions: readonly StoredSession[]): { entries: CohortEntry[]; unusable: RejectedItem[] } {
    const entries: CohortEntry[] = [];
    const unusable: RejectedItem[] = [];
    sessions.forEach((stored, index) => {
      let item = this.built.get(stored.id);
      if (!item) {
        const result = replayStored(stored, this.library);
        item = 'reason' in result ? result : entryFrom(stored, index + 1, result, result.replayed);
        this.built.set(stored.id, item);
      }
      if ('reason' in item) unusable.push(item);
      else entries.push({ ...item, alias: defaultAlias(stored.log, index + 1) });
    });
    return { entries, unusable };
  }
}

/**
 * `checkSubmissions` in batches, handing control back between them (`pause`) so a page
 * checking a thousand files keeps painting its progress.
 */
export async function checkInBatches(
  items: readonly Submission[],
  library: Library,
  known: ReadonlyMap<string, string>,
  pause: (done: number) => Promise<void>,
  batchSize = 100,
): Promise<IntakeReport> {
  const report: IntakeReport = { accepted: [], rejected: [], duplicates: [] };
  const seen = new Map(known);
  for (let start = 0; start < items.length; start += batchSize) {
    const part = checkSubmissions(items.slice(start, start + batchSize), library, seen);
    for (const item of part.accepted) seen.set(sessionKey(item.log), item.source);
    report.accepted.push(...part.accepted);
    report.rejected.push(...part.rejected);
    report.duplicates.push(...part.duplicates);
    await pause(Math.min(items.length, start + batchSize));
  }
  return report;
}
