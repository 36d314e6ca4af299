/**
 * Opens the run store's database, moving data saved by earlier versions of the game forward:
 * version 1 kept a single unfinished run under `current/current`; version 2 keeps one per
 * scenario and per track, and finished tracks beside finished runs.
 */
import { openDB, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import {
  FallbackRunStore,
  slotKey,
  type RunStore,
  type SavedRun,
  type SimDb,
  type StorageProblem,
} from './run-store';

export const DB_NAME = 'leadership-sim';
export const DB_VERSION = 2;

type UpgradeTransaction = IDBPTransaction<SimDb, Array<StoreNames<SimDb>>, 'versionchange'>;

function looksLikeSavedRun(value: unknown): value is SavedRun {
  const run = value as Partial<SavedRun> | null;
  return typeof run?.scenarioId === 'string' && typeof run.log === 'object' && run.log !== null;
}

/** Version 1's single run becomes the unfinished run of its scenario (or own file). */
async function moveSingleRun(db: IDBPDatabase<SimDb>, tx: UpgradeTransaction): Promise<void> {
  const legacy = (tx as unknown as IDBPTransaction<unknown, string[], 'versionchange'>).objectStore(
    'current',
  );
  const single: unknown = await legacy.get('current');
  if (looksLikeSavedRun(single)) await tx.objectStore('unfinished').put(single, slotKey(single));
  (db as unknown as IDBPDatabase).deleteObjectStore('current');
}

export type Opened = { db: IDBPDatabase<SimDb> } | { db: null; problem: StorageProblem };

export async function openSimDb(): Promise<Opened> {
  try {
    // Even reading `indexedDB` can throw (blocked storage), so it sits inside the try.
    if (typeof indexedDB === 'undefined') return { db: null, problem: 'unavailable' };
    return await new Promise<Opened>((resolve, reject) => {
      let settled = false;
      let open: IDBPDatabase<SimDb> | null = null;
      const settle = (result: Opened) => {
        if (!settled) resolve(result);
        // Opened after giving up on it (the old tab closed late): this visit stays in memory.
        else if (result.db) result.db.close();
        settled = true;
      };
      openDB<SimDb>(DB_NAME, DB_VERSION, {
        async upgrade(db, oldVersion, _newVersion, tx) {
          if (oldVersion < 1) {
            const finished = db.createObjectStore('finished', { autoIncrement: true });
            finished.createIndex('byScenario', 'scenarioId');
          }
          db.createObjectStore('unfinished');
          db.createObjectStore('finishedTracks', { autoIncrement: true });
          if (oldVersion === 1) await moveSingleRun(db, tx);
        },
        // A tab still running the game from before an update holds the old version open.
        blocked: () => settle({ db: null, problem: 'blockedByOldTab' }),
        // A newer version of the game opened in another tab: step aside so it can upgrade.
        blocking: () => open?.close(),
      }).then((db) => {
        open = db;
        settle({ db });
      }, reject);
    });
  } catch {
    return { db: null, problem: 'unavailable' };
  }
}

export async function openRunStore(
  onFailure: (problem: StorageProblem) => void,
): Promise<RunStore> {
  const opened = await openSimDb();
  return opened.db
    ? new FallbackRunStore(opened.db, onFailure)
    : new FallbackRunStore(null, onFailure, opened.problem);
}
