/**
 * The one way a session log becomes a profile: replay it against its scenario, then, when the
 * run has ended, build the profile from the final context. Every screen and the server use it,
 * so a debrief, a cohort row and a room's result always agree.
 */
import type { Scenario } from '../scenario/schema';
import type { RunContext } from '../run/types';
import { replay } from '../session/replay';
import type { SessionLog } from '../session/types';
import { buildProfile } from './build-profile';
import type { Profile, Scoring } from './types';

export type LogProfile =
  | {
      ok: true;
      /** The context before any input, then one per input. */
      snapshots: RunContext[];
      final: RunContext;
      ended: boolean;
      /** False when the scenario changed since the run was recorded (the replay still ran). */
      hashMatches: boolean;
      /** Present once the run has reached an ending. */
      profile: Profile | null;
    }
  | { ok: false; message: string; atInput?: number };

export function profileOfLog(scenario: Scenario, scoring: Scoring, log: SessionLog): LogProfile {
  const replayed = replay(scenario, log);
  if (!replayed.ok) return replayed;
  const profile = replayed.ended ? buildProfile(scenario, scoring, replayed.final) : null;
  return { ...replayed, profile };
}
