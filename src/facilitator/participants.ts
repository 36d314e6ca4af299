/**
 * Who is who in a workshop: each session's stable participant number, the name shown for it
 * (the facilitator's name for it, else the alias the participant gave), and the anonymous
 * label the room sees. Pure.
 */
import { cleanAlias } from '../services/settings';
import type { SessionLog } from '../engine/session/types';
import type { StoredSession, Workshop } from './types';

export function participantLabel(participant: number): string {
  return `Participant ${participant}`;
}

/** The participant's name as text only and capped, or null when they gave none. */
export function nameOf(session: Pick<StoredSession, 'name' | 'log'>): string | null {
  return cleanAlias(session.name ?? session.log.alias ?? '') || null;
}

/** What a screen shows for this session: its name, or its stable label (always, when anonymous). */
export function shownName(session: StoredSession, anonymous: boolean): string {
  const label = participantLabel(session.participant);
  return anonymous ? label : (nameOf(session) ?? label);
}

/** A session as read from storage or a file written before participant numbers existed. */
export type SessionRecord = Omit<StoredSession, 'participant'> & { participant?: number };
export type WorkshopRecord = Omit<Workshop, 'sessions' | 'nextParticipant'> & {
  sessions: readonly SessionRecord[];
  nextParticipant?: number;
};

/**
 * Gives every session without a number the next free one, in order, and sets nextParticipant
 * past every number in use. A workshop that already has them comes back unchanged (same object).
 */
export function normaliseWorkshop(record: WorkshopRecord): Workshop {
  const used = record.sessions.flatMap((session) =>
    typeof session.participant === 'number' ? [session.participant] : [],
  );
  const complete = used.length === record.sessions.length && new Set(used).size === used.length;
  const floor = Math.max(0, ...used) + 1;
  if (complete && typeof record.nextParticipant === 'number' && record.nextParticipant >= floor)
    return record as Workshop;
  let next = floor;
  const seen = new Set<number>();
  const sessions = record.sessions.map((session): StoredSession => {
    const number = session.participant;
    if (typeof number === 'number' && !seen.has(number)) {
      seen.add(number);
      return session as StoredSession;
    }
    return { ...session, participant: next++ };
  });
  return { ...record, sessions, nextParticipant: Math.max(next, record.nextParticipant ?? 0) };
}

/** A new session for a workshop; its number is the workshop's next one. */
export interface NewSession {
  id: string;
  source: string;
  log: SessionLog;
  name?: string;
}
