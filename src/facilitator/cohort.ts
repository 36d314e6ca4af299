/**
 * A workshop's sessions as cohort entries (replayed, profiled, named). Each log is replayed
 * once: the result is cached for the log object, which a workshop never changes, so renaming a
 * participant or removing someone else reuses every replay.
 */
import type { Scenario } from '../engine/scenario/schema';
import type { Scoring } from '../engine/profile/types';
import type { SessionLog } from '../engine/session/types';
import { replay } from '../engine/session/replay';
import { buildProfile } from '../engine/profile/build-profile';
import { scoresOf, selectArchetype } from '../engine/profile/archetypes';
import type { AcceptedItem, Replayed } from './intake';
import { replayReason, unknownScenarioReason } from './reasons';
import { participantLabel, shownName } from './participants';
import type { CohortEntry, Library, StoredSession } from './types';

type ReplayedLog = Omit<CohortEntry, 'id' | 'source' | 'participant' | 'alias' | 'log'>;
type Cached = ReplayedLog | { reason: string };

const caches = new WeakMap<Library, WeakMap<SessionLog, Cached>>();

function cacheOf(library: Library): WeakMap<SessionLog, Cached> {
  let cache = caches.get(library);
  if (!cache) {
    cache = new WeakMap();
    caches.set(library, cache);
  }
  return cache;
}

function profiled(scenario: Scenario, scoring: Scoring, replayed: Replayed): ReplayedLog {
  const profile = replayed.ended ? buildProfile(scenario, scoring, replayed.final) : null;
  const scores = profile ? scoresOf(profile.dimensions) : null;
  const archetype = scores ? selectArchetype(scores) : null;
  return {
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

/** Keeps the intake's replay, so a session just added is never replayed again. */
export function rememberReplay(library: Library, item: AcceptedItem): void {
  cacheOf(library).set(item.log, profiled(item.scenario, item.scoring, item.replayed));
}

function replayedLog(log: SessionLog, library: Library): Cached {
  const cache = cacheOf(library);
  const cached = cache.get(log);
  if (cached) return cached;
  const known = library.get(log.scenarioId);
  let result: Cached;
  if (!known) result = { reason: unknownScenarioReason(log, library) };
  else {
    const replayed = replay(known.scenario, log);
    result = replayed.ok
      ? profiled(known.scenario, known.scoring, replayed)
      : { reason: replayReason(known.scenario, log, replayed, library) };
  }
  cache.set(log, result);
  return result;
}

export interface Cohort {
  entries: CohortEntry[];
  /** Stored sessions that no longer replay (the scenario changed or left the library). */
  unusable: Array<{ id: string; source: string; reason: string }>;
}

/** The workshop's sessions, in order, named as the screen shows them (`anonymous`: labels only). */
export function cohortOf(
  sessions: readonly StoredSession[],
  library: Library,
  anonymous = false,
): Cohort {
  const cohort: Cohort = { entries: [], unusable: [] };
  for (const session of sessions) {
    const result = replayedLog(session.log, library);
    const alias = shownName(session, anonymous);
    if ('reason' in result) {
      const who = anonymous ? participantLabel(session.participant) : alias;
      cohort.unusable.push({
        id: session.id,
        source: `${who} (${session.source})`,
        reason: result.reason,
      });
      continue;
    }
    cohort.entries.push({
      ...result,
      id: session.id,
      source: session.source,
      participant: session.participant,
      alias,
      log: session.log,
    });
  }
  return cohort;
}
