/**
 * What the run under way writes to the run store: the unfinished run (with its track progress)
 * after every input, and at its end the finished run, plus the track's next part or, after the
 * last part, the finished track for "Your past runs".
 */
import type { SessionLog } from '../engine/session/types';
import type { PlayableScenario } from '../services/library-types';
import type { RunClaims } from '../services/run-claims';
import { slotKey, type RunStore, type SavedRun } from '../services/run-store';
import {
  advanceTrack,
  recordTrackStep,
  trackHasNext,
  trackScenarioId,
  type TrackPass,
} from './track';

/** Where and by whom the run is kept. */
export interface RunKeep {
  /** This tab's id: the owner of the runs it plays. */
  owner: string;
  claims: RunClaims;
  /** Present when the run is a part of a track. */
  track?: TrackPass;
  /** Take the run from another tab that holds it. */
  takeOver?: boolean;
}

export function unfinishedRecord(
  playable: PlayableScenario,
  log: SessionLog,
  elapsedMs: number,
  track: TrackPass | undefined,
): SavedRun {
  return {
    scenarioId: playable.scenario.id,
    log,
    elapsedMs: Math.round(elapsedMs),
    savedAt: new Date().toISOString(),
    ...(playable.text ? { scenarioText: playable.text } : {}),
    ...(track ? { track } : {}),
  };
}

export function runSlot(playable: PlayableScenario, track: TrackPass | undefined): string {
  return slotKey({
    scenarioId: playable.scenario.id,
    ...(playable.text ? { scenarioText: playable.text } : {}),
    ...(track ? { track } : {}),
  });
}

/** The track's progress once this part has ended: the next part to play, or the whole track done. */
async function keepTrackProgress(store: RunStore, keep: RunKeep, pass: TrackPass, log: SessionLog) {
  const recorded = recordTrackStep(pass, log);
  const finishedAt = new Date().toISOString();
  if (!trackHasNext(recorded)) {
    await store.clearUnfinished(slotKey({ scenarioId: log.scenarioId, track: pass }));
    await store.addFinishedTrack({ track: pass.track, parts: recorded.finished, finishedAt });
    return;
  }
  const next = advanceTrack(recorded);
  const between: SavedRun = {
    scenarioId: trackScenarioId(next) ?? log.scenarioId,
    log: null,
    elapsedMs: 0,
    savedAt: finishedAt,
    track: next,
  };
  await store.saveUnfinished(between, { owner: keep.owner, claim: false });
}

export async function keepEndedRun(
  store: RunStore,
  keep: RunKeep,
  playable: PlayableScenario,
  log: SessionLog,
): Promise<void> {
  const finishedAt = new Date().toISOString();
  await store.addFinished({ scenarioId: playable.scenario.id, log, finishedAt });
  if (keep.track) await keepTrackProgress(store, keep, keep.track, log);
  else await store.clearUnfinished(runSlot(playable, undefined));
}
