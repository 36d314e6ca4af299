/**
 * A stored run, rebuilt: its session log from the accepted inputs, replayed with the engine's
 * own replay, then where it stands and, once ended, its profile (with the analyser's bounds).
 * Everything the facilitator and the participant are shown about a run comes from here.
 */
import type { Scenario } from '../../engine/scenario/schema';
import {
  SESSION_FORMAT,
  SESSION_VERSION,
  type PlayMode,
  type SessionInput,
  type SessionLog,
} from '../../engine/session/types';
import { replayToSnapshot, sessionResult, type ReplayedRun } from '../../engine/session/replay';
import { buildProfile } from '../../engine/profile/build-profile';
import { scoresOf, selectArchetype } from '../../engine/profile/archetypes';
import type { Position, RunFeed, RunResult } from '../../live/protocol';
import type { Library } from '../library';
import type { InputRow, RunRow } from './repo';
import type { TimePressure } from '../../engine/run/types';

export function toSessionInput(row: InputRow): SessionInput {
  if (row.kind === 'choose') return { type: 'choose', choiceId: row.choice_id ?? '', at: row.at };
  return { type: row.kind, at: row.at };
}

export function sameInput(a: SessionInput, b: SessionInput): boolean {
  return (
    a.type === b.type &&
    a.at === b.at &&
    (a.type !== 'choose' || (b.type === 'choose' && a.choiceId === b.choiceId))
  );
}

export interface LogHeader {
  run: RunRow;
  timePressure: TimePressure;
  alias: string;
  /** The room's play mode; every run in it is recorded with it. */
  mode: PlayMode;
}

export function sessionLogOf(header: LogHeader, inputs: readonly SessionInput[]): SessionLog {
  return {
    format: SESSION_FORMAT,
    version: SESSION_VERSION,
    scenarioId: header.run.scenario_id,
    scenarioHash: header.run.scenario_hash,
    seed: header.run.seed,
    startedAt: header.run.started_at,
    timePressure: header.timePressure,
    alias: header.alias,
    mode: header.mode,
    inputs: [...inputs],
  };
}

export interface RebuiltRun {
  scenario: Scenario;
  log: SessionLog;
  replayed: ReplayedRun;
}

export function scenarioOf(library: Library, scenarioId: string): Scenario {
  const scenario = library.scenarios.get(scenarioId);
  if (!scenario)
    throw new Error(`Scenario "${scenarioId}" of a stored run is not in the server's library.`);
  return scenario;
}

/** Replays a stored run; throws when it no longer replays (the library changed under it). */
export function rebuildRun(library: Library, log: SessionLog): RebuiltRun {
  const scenario = scenarioOf(library, log.scenarioId);
  const replayed = replayToSnapshot(scenario, log);
  if (!replayed.ok) throw new Error(`A stored run no longer replays: ${replayed.message}`);
  const result =
    replayed.snapshot.status === 'done' ? sessionResult(replayed.snapshot.context) : undefined;
  return { scenario, log: result ? { ...log, result } : log, replayed };
}

export function positionOf(rebuilt: RebuiltRun): Position {
  const { context } = rebuilt.replayed.snapshot;
  const node = rebuilt.scenario.nodes[context.nodeId];
  return {
    nodeId: context.nodeId,
    nodeTitle: node?.title ?? null,
    nodeKind: node?.kind ?? 'narrative',
    decisions: context.history.filter((step) => step.kind === 'decision').length,
  };
}

export function resultOf(library: Library, rebuilt: RebuiltRun): RunResult | null {
  const { snapshot } = rebuilt.replayed;
  if (snapshot.status !== 'done') return null;
  const profile = buildProfile(
    rebuilt.scenario,
    library.analysis(rebuilt.scenario),
    snapshot.context,
  );
  const scores = scoresOf(profile.dimensions);
  const archetype = selectArchetype(scores);
  return {
    endingId: profile.ending.nodeId,
    endingTitle: profile.ending.title ?? null,
    outcome: profile.ending.outcome,
    rawScores: { ...snapshot.context.scores },
    scores,
    archetype: { id: archetype.id, name: archetype.name },
    profile,
  };
}

export function runFeedOf(library: Library, runIndex: number, rebuilt: RebuiltRun): RunFeed {
  const result = resultOf(library, rebuilt);
  return {
    index: runIndex,
    scenarioId: rebuilt.scenario.id,
    log: rebuilt.log,
    position: positionOf(rebuilt),
    ended: rebuilt.replayed.snapshot.status === 'done',
    result,
  };
}
