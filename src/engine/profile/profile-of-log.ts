/**
 * The one way a session log becomes a profile: replay it against its scenario, then, when the
 * run has ended, build the profile from the final context. Every screen and the server use it,
 * so a debrief, a cohort row and a room's result always agree.
 */
import type { Scenario } from '../scenario/schema';
import { replay, type ReplayOutcome } from '../session/replay';
import type { SessionLog } from '../session/types';
import { buildProfile } from './build-profile';
import type { Profile, Scoring } from './types';

/** The replay of a log, with the profile once the run has reached an ending. */
export type LogProfile =
  | (Extract<ReplayOutcome, { ok: true }> & { profile: Profile | null })
  | Extract<ReplayOutcome, { ok: false }>;

export function profileOfLog(scenario: Scenario, scoring: Scoring, log: SessionLog): LogProfile {
  const replayed = replay(scenario, log);
  if (!replayed.ok) return replayed;
  const profile = replayed.ended ? buildProfile(scenario, scoring, replayed.final) : null;
  return { ...replayed, profile };
}
