/**
 * The run left unfinished on this device: its title for the title screen, and whether it can
 * still be resumed (its scenario must exist and replay its log to the same, unfinished point).
 */
import { replay } from '../engine/session/replay';
import { findEntry, loadLibraryScenario } from '../services/library';
import { checkOwnScenarioFile } from '../services/own-file';
import type { PlayableScenario } from '../services/library-types';
import type { ResumePoint } from './play-session';
import type { SavedRun } from '../services/run-store';

export type ReopenedRun =
  { ok: true; playable: PlayableScenario; resume: ResumePoint } | { ok: false; message: string };

/** The saved run's scenario title; its id when the title cannot be found. */
export function savedRunTitle(saved: SavedRun): string {
  const entry = findEntry(saved.scenarioId);
  if (entry) return entry.title;
  try {
    return (JSON.parse(saved.scenarioText ?? '{}') as { title?: string }).title ?? saved.scenarioId;
  } catch {
    return saved.scenarioId;
  }
}

/** Checks the saved run's scenario again and replays its log, so a changed file is never resumed. */
export async function reopenSavedRun(saved: SavedRun): Promise<ReopenedRun> {
  const checked = saved.scenarioText
    ? await checkOwnScenarioFile('your scenario file', saved.scenarioText)
    : await loadLibraryScenario(saved.scenarioId).then((found) => found && { playable: found });
  if (!checked || 'problems' in checked) {
    return {
      ok: false,
      message: 'The saved run cannot be resumed: its scenario is no longer available.',
    };
  }
  const replayed = replay(checked.playable.scenario, saved.log);
  if (!replayed.ok || !replayed.hashMatches || replayed.ended) {
    return {
      ok: false,
      message: 'The saved run cannot be resumed: the scenario has changed since it was saved.',
    };
  }
  return {
    ok: true,
    playable: checked.playable,
    resume: { log: saved.log, elapsedMs: saved.elapsedMs },
  };
}
