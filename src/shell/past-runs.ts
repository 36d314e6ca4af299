/**
 * The local history of finished runs: rows for the history screen, and the data a past run's
 * debrief needs (its scenario, replayed context and the attempts before it).
 */
import type { RunContext } from '../engine/run/types';
import type { PlayableScenario } from '../services/library-types';
import { replay } from '../engine/session/replay';
import { findEntry, loadLibraryScenario } from '../services/library';
import type { FinishedRun, FinishedTrack } from '../services/run-store';
import type { HistoryRow } from '../ui/screens/history';

const OUTCOME_WORDS = {
  positive: 'Positive ending',
  mixed: 'Mixed ending',
  negative: 'Negative ending',
} as const;

/** Newest first; the key is `run:<index in runs>` or `track:<index in tracks>`. */
export function historyRows(runs: FinishedRun[], tracks: FinishedTrack[] = []): HistoryRow[] {
  const trackRows = tracks.map((done, index): HistoryRow => ({
    key: `track:${index}`,
    scenarioTitle: `Track: ${done.track.title}`,
    finishedAt: done.finishedAt,
    outcome: `${done.parts.length} parts, one combined profile`,
  }));
  const runRows = runs.map((run, index): HistoryRow => {
    const entry = findEntry(run.scenarioId);
    const outcome = run.log.result ? OUTCOME_WORDS[run.log.result.outcome] : null;
    const row: HistoryRow = {
      key: `run:${index}`,
      scenarioTitle: entry?.title ?? run.scenarioId,
      finishedAt: run.finishedAt,
      outcome,
    };
    if (!entry) row.unavailable = 'Played from your own file: open it again to play it.';
    return row;
  });
  // Stable: a track sorts after its last part when both finished in the same instant.
  return [...runRows, ...trackRows]
    .sort((a, b) => (a.finishedAt < b.finishedAt ? -1 : a.finishedAt > b.finishedAt ? 1 : 0))
    .reverse();
}

export type PastRun =
  | { ok: true; playable: PlayableScenario; context: RunContext; earlier: FinishedRun[] }
  | { ok: false; message: string };

export async function loadPastRun(run: FinishedRun, all: FinishedRun[]): Promise<PastRun> {
  const checked = await loadLibraryScenario(run.scenarioId);
  if (!checked) {
    return { ok: false, message: 'This run’s scenario is no longer in the library.' };
  }
  const replayed = replay(checked.scenario, run.log);
  if (!replayed.ok || !replayed.ended) {
    return { ok: false, message: 'This run no longer replays: its scenario has changed since.' };
  }
  // "Earlier attempts" are the ones finished before this run, so the comparison reads as it did.
  const earlier = all.filter(
    (other) => other.scenarioId === run.scenarioId && other.finishedAt < run.finishedAt,
  );
  return { ok: true, playable: checked, context: replayed.final, earlier };
}
