/**
 * Unfinished runs (one per scenario, one per track) and the history of finished runs and
 * tracks, in IndexedDB. Every failure is caught: when the database cannot be opened or a write
 * fails (private mode, storage full), the store switches to memory for the rest of the visit and
 * reports it once, and the game goes on.
 */
import type { DBSchema, IDBPDatabase } from 'idb';
import type { Track } from '../engine/scenario/schema';
import type { SessionLog } from '../engine/session/types';

export interface TrackStepDone {
  scenarioId: string;
  log: SessionLog;
}

/** Where the player is in a track: the track, the part played now and the parts finished. */
export interface TrackProgress {
  track: Track;
  /** Index in `track.scenarios` of the scenario being played (or next to be played). */
  index: number;
  finished: TrackStepDone[];
}

/** An unfinished run: a scenario's, or a track's with the run of its current part. */
export interface SavedRun {
  scenarioId: string;
  /** The run under way; null for a track between parts (its next part not started yet). */
  log: SessionLog | null;
  /** ms of active play when saved: a resumed timed decision gets the fair remaining time. */
  elapsedMs: number;
  savedAt: string;
  /** The file's text when the run came from "Try your own scenario file" (not in the library). */
  scenarioText?: string;
  /** Present when the run is a part of a track. */
  track?: TrackProgress;
  /** The tab that last claimed this run: a tab that is not its owner any more stops saving. */
  owner?: string;
}

export interface FinishedRun {
  scenarioId: string;
  log: SessionLog;
  finishedAt: string;
}

/** A track played to its end: every part's log, enough to rebuild the combined profile. */
export interface FinishedTrack {
  track: Track;
  parts: TrackStepDone[];
  finishedAt: string;
}

/** Who writes, and whether this write claims the run (a start, a resume, a take-over). */
export interface SaveClaim {
  owner: string;
  claim: boolean;
}

/** `taken`: another tab claimed the run since this tab did, so nothing was written. */
export type SaveOutcome = 'saved' | 'taken';

export type StorageProblem = 'unavailable' | 'full' | 'blockedByOldTab';

export interface RunStore {
  /** Every unfinished run kept, newest first. */
  unfinishedRuns(): Promise<SavedRun[]>;
  saveUnfinished(run: SavedRun, by: SaveClaim): Promise<SaveOutcome>;
  clearUnfinished(key: string): Promise<void>;
  addFinished(run: FinishedRun): Promise<void>;
  addFinishedTrack(track: FinishedTrack): Promise<void>;
  /** This scenario's finished runs, oldest first. */
  finishedRuns(scenarioId: string): Promise<FinishedRun[]>;
  /** Every finished run, oldest first (the history screen). */
  allFinishedRuns(): Promise<FinishedRun[]>;
  /** Every finished track, oldest first. */
  allFinishedTracks(): Promise<FinishedTrack[]>;
  /** False once the store has fallen back to memory. */
  isDurable(): boolean;
}

/** The slot a run is kept in: one per track, one per library scenario, one per own file. */
export function slotKey(run: Pick<SavedRun, 'scenarioId' | 'scenarioText' | 'track'>): string {
  if (run.track) return `track:${run.track.track.id}`;
  return run.scenarioText ? `file:${run.scenarioId}` : `scenario:${run.scenarioId}`;
}

export function newestFirst(runs: SavedRun[]): SavedRun[] {
  return [...runs].sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
}

/** Whether a write by `by` may replace `existing`: a claim always may, others only their own. */
export function mayWrite(existing: SavedRun | undefined, by: SaveClaim): boolean {
  return by.claim || !existing?.owner || existing.owner === by.owner;
}

export interface SimDb extends DBSchema {
  unfinished: { key: string; value: SavedRun };
  finished: { key: number; value: FinishedRun; indexes: { byScenario: string } };
  finishedTracks: { key: number; value: FinishedTrack };
}

export class MemoryRunStore implements RunStore {
  private unfinished = new Map<string, SavedRun>();
  private finished: FinishedRun[] = [];
  private tracks: FinishedTrack[] = [];

  async unfinishedRuns(): Promise<SavedRun[]> {
    return newestFirst([...this.unfinished.values()]);
  }
  async saveUnfinished(run: SavedRun, by: SaveClaim): Promise<SaveOutcome> {
    const key = slotKey(run);
    if (!mayWrite(this.unfinished.get(key), by)) return 'taken';
    this.unfinished.set(key, structuredClone({ ...run, owner: by.owner }));
    return 'saved';
  }
  async clearUnfinished(key: string): Promise<void> {
    this.unfinished.delete(key);
  }
  async addFinished(run: FinishedRun): Promise<void> {
    this.finished.push(structuredClone(run));
  }
  async addFinishedTrack(track: FinishedTrack): Promise<void> {
    this.tracks.push(structuredClone(track));
  }
  async finishedRuns(scenarioId: string): Promise<FinishedRun[]> {
    return this.finished.filter((run) => run.scenarioId === scenarioId);
  }
  async allFinishedRuns(): Promise<FinishedRun[]> {
    return [...this.finished];
  }
  async allFinishedTracks(): Promise<FinishedTrack[]> {
    return [...this.tracks];
  }
  isDurable(): boolean {
    return false;
  }
}

function problemOf(error: unknown): StorageProblem {
  return error instanceof DOMException && error.name === 'QuotaExceededError'
    ? 'full'
    : 'unavailable';
}

/** IndexedDB first, memory after the first failure. */
export class FallbackRunStore implements RunStore {
  private readonly memory = new MemoryRunStore();
  private failed = false;

  constructor(
    private readonly db: IDBPDatabase<SimDb> | null,
    private readonly onFailure: (problem: StorageProblem) => void,
    problemWithoutDb: StorageProblem = 'unavailable',
  ) {
    if (!db) this.fail(problemWithoutDb);
  }

  isDurable(): boolean {
    return !this.failed;
  }

  private fail(problem: StorageProblem): void {
    if (this.failed) return;
    this.failed = true;
    this.onFailure(problem);
  }

  private async attempt<T>(
    durable: (db: IDBPDatabase<SimDb>) => Promise<T>,
    fallback: () => Promise<T>,
  ): Promise<T> {
    if (this.failed || !this.db) return fallback();
    try {
      return await durable(this.db);
    } catch (error) {
      this.fail(problemOf(error));
      return fallback();
    }
  }

  unfinishedRuns(): Promise<SavedRun[]> {
    return this.attempt(
      async (db) => newestFirst(await db.getAll('unfinished')),
      () => this.memory.unfinishedRuns(),
    );
  }
  async saveUnfinished(run: SavedRun, by: SaveClaim): Promise<SaveOutcome> {
    const outcome = await this.attempt(
      async (db) => {
        // Read and write in one transaction, so a take-over by another tab cannot fall between.
        const tx = db.transaction('unfinished', 'readwrite');
        const key = slotKey(run);
        if (!mayWrite(await tx.store.get(key), by)) {
          await tx.done;
          return 'taken' as const;
        }
        await tx.store.put({ ...run, owner: by.owner }, key);
        await tx.done;
        return 'saved' as const;
      },
      () => this.memory.saveUnfinished(run, by),
    );
    // Memory holds the latest save too, so a later failure loses nothing of this visit.
    if (outcome === 'saved') await this.memory.saveUnfinished(run, { ...by, claim: true });
    return outcome;
  }
  clearUnfinished(key: string): Promise<void> {
    void this.memory.clearUnfinished(key);
    return this.attempt(
      (db) => db.delete('unfinished', key),
      async () => undefined,
    );
  }
  addFinished(run: FinishedRun): Promise<void> {
    void this.memory.addFinished(run);
    return this.attempt(
      async (db) => void (await db.add('finished', run)),
      async () => undefined,
    );
  }
  addFinishedTrack(track: FinishedTrack): Promise<void> {
    void this.memory.addFinishedTrack(track);
    return this.attempt(
      async (db) => void (await db.add('finishedTracks', track)),
      async () => undefined,
    );
  }
  finishedRuns(scenarioId: string): Promise<FinishedRun[]> {
    return this.attempt(
      (db) => db.getAllFromIndex('finished', 'byScenario', scenarioId),
      () => this.memory.finishedRuns(scenarioId),
    );
  }
  allFinishedRuns(): Promise<FinishedRun[]> {
    return this.attempt(
      (db) => db.getAll('finished'),
      () => this.memory.allFinishedRuns(),
    );
  }
  allFinishedTracks(): Promise<FinishedTrack[]> {
    return this.attempt(
      (db) => db.getAll('finishedTracks'),
      () => this.memory.allFinishedTracks(),
    );
  }
}
