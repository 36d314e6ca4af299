/** The facilitator's data: workshops of imported sessions, and what a replayed session yields. */
import type { Dimension, Scenario } from '../engine/scenario/schema';
import type { RunContext } from '../engine/run/types';
import type { SessionLog } from '../engine/session/types';
import type { Profile } from '../engine/profile/types';
import type { LibraryScenario } from '../services/library-types';

/** The library sessions are replayed against, by scenario id, each with its scoring. */
export type Library = ReadonlyMap<string, LibraryScenario>;

/** One session as a workshop keeps it: the log is enough to rebuild everything else. */
export interface StoredSession {
  id: string;
  /** The file name, or "Pasted code N", so a facilitator can find the original. */
  source: string;
  /** ISO time it was added (informational). */
  addedAt: string;
  log: SessionLog;
}

export interface Workshop {
  id: string;
  name: string;
  createdAt: string;
  sessions: StoredSession[];
}

/** A stored session replayed against the bundled scenario with its id. */
export interface CohortEntry {
  id: string;
  source: string;
  /** The participant's alias, or "Participant N" (N = position in the workshop). */
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
