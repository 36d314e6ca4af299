/**
 * Where the player is in an assessment track, as plain data: the track, the step being played
 * and the runs finished so far (scenario id and log: enough to rebuild every part's profile).
 * It is saved with the run after every input, so a reload anywhere in a track picks it up again.
 */
import type { Track } from '../engine/scenario/schema';
import type { SessionLog } from '../engine/session/types';
import type { TrackProgress, TrackStepDone } from '../services/run-store';

export type { TrackStepDone };
/** Plain data, saved with the run after every input (run-store keeps it as it is). */
export type TrackPass = TrackProgress;

export function startTrack(track: Track): TrackPass {
  return { track, index: 0, finished: [] };
}

/** The id of the scenario this step plays; undefined past the end of the track. */
export function trackScenarioId(pass: TrackPass): string | undefined {
  return pass.track.scenarios[pass.index];
}

/** The line on the briefing that tells the player where they are in the track. */
export function trackBriefingNote(pass: TrackPass): string {
  return `Scenario ${pass.index + 1} of ${pass.track.scenarios.length} in the track “${pass.track.title}”`;
}

export function recordTrackStep(pass: TrackPass, log: SessionLog): TrackPass {
  return { ...pass, finished: [...pass.finished, { scenarioId: log.scenarioId, log }] };
}

export function trackHasNext(pass: TrackPass): boolean {
  return pass.index + 1 < pass.track.scenarios.length;
}

export function advanceTrack(pass: TrackPass): TrackPass {
  return { ...pass, index: pass.index + 1 };
}

/** The line the title and the list use for where a track stands. */
export function trackPlace(pass: TrackPass): string {
  return `part ${pass.index + 1} of ${pass.track.scenarios.length}`;
}

/** The track pass and the request that opens its current scenario (none past the end). */
export function trackStepRequest(pass: TrackPass | null): {
  track: TrackPass | null;
  request: { kind: 'library'; scenarioId: string } | null;
} {
  const scenarioId = pass ? trackScenarioId(pass) : undefined;
  return { track: pass, request: scenarioId ? { kind: 'library', scenarioId } : null };
}
