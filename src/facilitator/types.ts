/** The facilitator's data: workshops of imported sessions, and what a replayed session yields. */
import type { Dimension, Scenario } from '../engine/scenario/schema';
import type { RunContext } from '../engine/run/types';
import type { SessionLog } from '../engine/session/types';
import type { Profile } from '../engine/profile/types';
import type { LibraryScenario } from '../services/library-types';

/** The library sessions are replayed against, by scenario id, each with its scoring. */
export type Library = ReadonlyMap<string, LibraryScenario>;

/**
 * One session as a workshop keeps it: the log is enough to rebuild everything else.
 * Stored sessions and workshops are never changed in place: an update makes new objects, so
 * a replay cached for a log object stays right, and a stale copy can never be half-changed.
 */
export interface StoredSession {
  readonly id: string;
  /**
   * The participant's number in this workshop, given once and never reused: removing a
   * session renumbers nobody, so "Participant 7" is the same person on screen and in a CSV.
   */
  readonly participant: number;
  /** A name the facilitator gave this participant; it takes the place of the log's alias. */
  readonly name?: string;
  /** The file name, or "Pasted code N", so a facilitator can find the original. */
  readonly source: string;
  /** ISO time it was added (informational). */
  readonly addedAt: string;
  readonly log: SessionLog;
}

export interface Workshop {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
  readonly sessions: readonly StoredSession[];
  /** The number the next participant gets (one more than any ever given). */
  readonly nextParticipant: number;
  /** Names hidden on the dashboard, projector, replay and compare (for the room); remembered. */
  readonly anonymous?: boolean;
}

/** A stored session replayed against the bundled scenario with its id. */
export interface CohortEntry {
  id: string;
  source: string;
  /** The stable participant number (see StoredSession.participant). */
  participant: number;
  /** What the screen calls the participant: the name, or "Participant N" (also in anonymous view). */
  alias: string;
  log: SessionLog;
  scenario: Scenario;
  /** The context before any input, then one per input (the engine's replay). */
  snapshots: RunContext[];
  final: RunContext;
  ended: boolean;
  /** True when the scenario changed since the session was recorded (it still replayed). */
  scenarioChanged: boolean;
  /** The leadership profile; null until the run has ended. */
  profile: Profile | null;
  /** 0–100 per dimension (null: not measured); null when the run has not ended. */
  scores: Record<Dimension, number | null> | null;
  archetype: { id: string; name: string } | null;
}

/** A file or code that could not be loaded, with the plain reason. */
export interface RejectedItem {
  source: string;
  reason: string;
}
