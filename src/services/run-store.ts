/**
 * Autosave and the history of finished runs, in IndexedDB. Every failure is caught: when the
 * database cannot be opened or a write fails (private mode, quota), the store switches to
 * memory for the rest of the visit and reports it once, and the game goes on.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { SessionLog } from '../engine/session/types';

export interface SavedRun {
  scenarioId: string;
  log: SessionLog;
  /** ms of active play when saved: a resumed timed decision gets the fair remaining time. */
  elapsedMs: number;
  savedAt: string;
  /** The file's text when the run came from "Try your own scenario file" (not in the library). */
  scenarioText?: string;
}

export interface FinishedRun {
  scenarioId: string;
  log: SessionLog;
  finishedAt: string;
}

export interface RunStore {
  loadCurrent(): Promise<SavedRun | null>;
  saveCurrent(run: SavedRun): Promise<void>;
  clearCurrent(): Promise<void>;
  addFinished(run: FinishedRun): Promise<void>;
  /** This scenario's finished runs, oldest first. */
  finishedRuns(scenarioId: string): Promise<FinishedRun[]>;
  /** Every finished run, oldest first (the history screen). */
  allFinishedRuns(): Promise<FinishedRun[]>;
  /** False once the store has fallen back to memory. */
  isDurable(): boolean;
}

interface SimDb extends DBSchema {
  current: { key: string; value: SavedRun };
  finished: { key: number; value: FinishedRun; indexes: { byScenario: string } };
}

const DB_NAME = 'leadership-sim';
const CURRENT_KEY = 'current';

export class MemoryRunStore implements RunStore {
  private current: SavedRun | null = null;
  private finished: FinishedRun[] = [];

  async loadCurrent(): Promise<SavedRun | null> {
    return this.current;
  }
  async saveCurrent(run: SavedRun): Promise<void> {
    this.current = structuredClone(run);
  }
  async clearCurrent(): Promise<void> {
    this.current = null;
  }
  async addFinished(run: FinishedRun): Promise<void> {
    this.finished.push(structuredClone(run));
  }
  async finishedRuns(scenarioId: string): Promise<FinishedRun[]> {
    return this.finished.filter((run) => run.scenarioId === scenarioId);
  }
  async allFinishedRuns(): Promise<FinishedRun[]> {
    return [...this.finished];
  }
  isDurable(): boolean {
    return false;
  }
}

/** IndexedDB first, memory after the first failure. */
export class FallbackRunStore implements RunStore {
  private readonly memory = new MemoryRunStore();
  private failed = false;

  constructor(
    private readonly db: IDBPDatabase<SimDb> | null,
    private readonly onFailure: () => void,
  ) {
    if (!db) this.fail();
  }

  isDurable(): boolean {
    return !this.failed;
  }

  private fail(): void {
    if (this.failed) return;
    this.failed = true;
    this.onFailure();
  }

  private async attempt<T>(
    durable: (db: IDBPDatabase<SimDb>) => Promise<T>,
    fallback: () => Promise<T>,
  ): Promise<T> {
    if (this.failed || !this.db) return fallback();
    try {
      return await durable(this.db);
    } catch {
      this.fail();
      return fallback();
    }
  }

  loadCurrent(): Promise<SavedRun | null> {
    return this.attempt(
      async (db) => (await db.get('current', CURRENT_KEY)) ?? null,
      () => this.memory.loadCurrent(),
    );
  }
  saveCurrent(run: SavedRun): Promise<void> {
    // Memory always holds the latest save, so a later failure loses nothing of this visit.
    void this.memory.saveCurrent(run);
    return this.attempt(
      async (db) => void (await db.put('current', run, CURRENT_KEY)),
      async () => undefined,
    );
  }
  clearCurrent(): Promise<void> {
    void this.memory.clearCurrent();
    return this.attempt(
      (db) => db.delete('current', CURRENT_KEY),
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
}

async function openSimDb(): Promise<IDBPDatabase<SimDb> | null> {
  try {
    // Even reading `indexedDB` can throw (blocked storage), so it sits inside the try.
    if (typeof indexedDB === 'undefined') return null;
    return await openDB<SimDb>(DB_NAME, 1, {
      upgrade(db) {
        db.createObjectStore('current');
        const finished = db.createObjectStore('finished', { autoIncrement: true });
        finished.createIndex('byScenario', 'scenarioId');
      },
    });
  } catch {
    return null;
  }
}

export async function openRunStore(onFailure: () => void): Promise<RunStore> {
  return new FallbackRunStore(await openSimDb(), onFailure);
}
