/**
 * Every change to a workshop, as a pure function from one workshop to the next: nothing is
 * changed in place, so the machine can keep the last saved copy beside the one on screen and
 * say exactly what a failed save did not keep.
 */
import { sessionKey } from './session-key';
import { cleanAlias } from '../services/settings';
import { plural } from '../ui/kit/format';
import type { NewSession } from './participants';
import type { StoredSession, Workshop } from './types';

export function emptyWorkshop(id: string, name: string, createdAt: string): Workshop {
  return { id, name, createdAt, sessions: [], nextParticipant: 1 };
}

/** Appends sessions, each with the next participant number. */
export function addSessions(
  workshop: Workshop,
  added: readonly NewSession[],
  addedAt: string,
): Workshop {
  if (added.length === 0) return workshop;
  let next = workshop.nextParticipant;
  const sessions = added.map((item): StoredSession => ({
    id: item.id,
    participant: next++,
    ...(item.name ? { name: item.name } : {}),
    source: item.source,
    addedAt,
    log: item.log,
  }));
  return { ...workshop, sessions: [...workshop.sessions, ...sessions], nextParticipant: next };
}

/** Removes one session; every other participant keeps their number. */
export function removeSession(workshop: Workshop, sessionId: string): Workshop {
  const sessions = workshop.sessions.filter((session) => session.id !== sessionId);
  return sessions.length === workshop.sessions.length ? workshop : { ...workshop, sessions };
}

/** Gives a participant a name (text only, capped); an empty name goes back to their own alias. */
export function renameParticipant(workshop: Workshop, sessionId: string, name: string): Workshop {
  const clean = cleanAlias(name);
  const sessions = workshop.sessions.map((session) => {
    if (session.id !== sessionId) return session;
    const { name: _old, ...rest } = session;
    return clean ? { ...rest, name: clean } : rest;
  });
  return { ...workshop, sessions };
}

export function setAnonymous(workshop: Workshop, anonymous: boolean): Workshop {
  return Boolean(workshop.anonymous) === anonymous ? workshop : { ...workshop, anonymous };
}

export interface MergeResult {
  workshop: Workshop;
  added: number;
  /** Sessions of the incoming workshop already in the target, by the target's participant. */
  duplicates: Array<{ source: string; sameAs: string }>;
}

/**
 * Adds the incoming workshop's sessions to `target`, each once: a run already in the target
 * (same scenario, seed and inputs) is counted as a duplicate. Added sessions keep the names the
 * facilitator gave them and get new numbers in the target.
 */
export function mergeWorkshops(
  target: Workshop,
  incoming: Workshop,
  addedAt: string,
  newId: () => string,
): MergeResult {
  const known = new Map(target.sessions.map((session) => [sessionKey(session.log), session]));
  const fresh: NewSession[] = [];
  const duplicates: MergeResult['duplicates'] = [];
  for (const session of incoming.sessions) {
    const key = sessionKey(session.log);
    const same = known.get(key);
    if (same) {
      duplicates.push({ source: session.source, sameAs: same.source });
      continue;
    }
    known.set(key, session);
    fresh.push({
      id: newId(),
      source: session.source,
      log: session.log,
      ...(session.name ? { name: session.name } : {}),
    });
  }
  return { workshop: addSessions(target, fresh, addedAt), added: fresh.length, duplicates };
}

/** "March cohort", or "March cohort (2)" when that name is taken: never two of one name. */
export function uniqueName(name: string, taken: readonly string[]): string {
  const names = new Set(taken.map((item) => item.trim().toLowerCase()));
  if (!names.has(name.trim().toLowerCase())) return name;
  for (let copy = 2; ; copy += 1) {
    const candidate = `${name} (${copy})`;
    if (!names.has(candidate.toLowerCase())) return candidate;
  }
}

/** What a save that failed did not keep: the workshop on screen against its last saved copy. */
export function unsavedChanges(current: Workshop, saved: Workshop | null): string[] {
  if (!saved) return [`the whole workshop “${current.name}” (it was never saved)`];
  const savedIds = new Set(saved.sessions.map((session) => session.id));
  const currentIds = new Set(current.sessions.map((session) => session.id));
  const added = current.sessions.filter((session) => !savedIds.has(session.id)).length;
  const removed = saved.sessions.filter((session) => !currentIds.has(session.id)).length;
  const savedById = new Map(saved.sessions.map((session) => [session.id, session]));
  const renamed = current.sessions.filter((session) => {
    const before = savedById.get(session.id);
    return before !== undefined && before.name !== session.name;
  }).length;
  const changes: string[] = [];
  if (added > 0) changes.push(`${plural(added, 'session')} added`);
  if (removed > 0) changes.push(plural(removed, 'removal'));
  if (renamed > 0) changes.push(plural(renamed, 'new name'));
  if (Boolean(current.anonymous) !== Boolean(saved.anonymous)) changes.push('the anonymous view');
  return changes;
}
