/**
 * The runs left unfinished on this device: how the title and the list name them, and whether
 * one can still be resumed (its scenario must exist and replay its log to the same, unfinished
 * point). A track between parts resumes at its next part's briefing.
 */
import { replay } from '../engine/session/replay';
import { findEntry, loadLibraryScenario } from '../services/library';
import { checkOwnScenarioFile } from '../services/own-file';
import type { PlayableScenario } from '../services/library-types';
import type { ResumePoint } from './play-session';
import type { SavedRun } from '../services/run-store';
import { trackPlace, type TrackPass } from './track';

export type ReopenedRun =
  | { ok: true; playable: PlayableScenario; resume: ResumePoint | null; track: TrackPass | null }
  | { ok: false; message: string };

/** The saved run's scenario title; its id when the title cannot be found. */
export function savedRunTitle(saved: Pick<SavedRun, 'scenarioId' | 'scenarioText'>): string {
  const entry = findEntry(saved.scenarioId);
  if (entry) return entry.title;
  try {
    return (JSON.parse(saved.scenarioText ?? '{}') as { title?: string }).title ?? saved.scenarioId;
  } catch {
    return saved.scenarioId;
  }
}

/** Where the run stands, in words: "step 3", or "not started yet" between a track's parts. */
function runPlace(saved: SavedRun): string {
  return saved.log ? `step ${saved.log.inputs.length + 1}` : 'not started yet';
}

/** Which run and where it stands, for "Continue …" on the title. */
export function savedRunLabel(saved: SavedRun): string {
  const scenario = `“${savedRunTitle(saved)}”`;
  if (!saved.track) return `${scenario}, ${runPlace(saved)}`;
  const place = trackPlace(saved.track);
  return `the track “${saved.track.track.title}”, ${place}: ${scenario}, ${runPlace(saved)}`;
}

const GONE = 'The saved run cannot be resumed: its scenario is no longer available.';
const CHANGED = 'The saved run cannot be resumed: the scenario has changed since it was saved.';

/** Checks the saved run's scenario again and replays its log, so a changed file is never resumed. */
export async function reopenSavedRun(saved: SavedRun): Promise<ReopenedRun> {
  const checked = saved.scenarioText
    ? await checkOwnScenarioFile('your scenario file', saved.scenarioText)
    : await loadLibraryScenario(saved.scenarioId).then((found) => found && { playable: found });
  if (!checked || 'problems' in checked) return { ok: false, message: GONE };
  const track = saved.track ?? null;
  if (!saved.log) return { ok: true, playable: checked.playable, resume: null, track };
  const replayed = replay(checked.playable.scenario, saved.log);
  if (!replayed.ok || !replayed.hashMatches || replayed.ended) {
    return { ok: false, message: CHANGED };
  }
  const resume = { log: saved.log, elapsedMs: saved.elapsedMs };
  return { ok: true, playable: checked.playable, resume, track };
}
