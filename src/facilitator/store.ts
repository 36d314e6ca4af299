/**
 * Workshops in IndexedDB, in a database of their own ('facilitator'), apart from the game's
 * saved runs: deleting a workshop never touches a player's progress, and the reverse.
 *
 * Opening never fails: where the browser blocks IndexedDB (a private window, a privacy setting,
 * `indexedDB.open` throwing) the tools run on a store in memory and say so plainly, with the
 * reason, so the facilitator knows to export before closing the tab. Reads and writes can still
 * fail later (a full quota); those errors reach the machine, which shows them where the
 * facilitator is working.
 */
import { openDB, type DBSchema } from 'idb';
import { normaliseWorkshop, type WorkshopRecord } from './participants';
import type { Workshop } from './types';

interface FacilitatorDb extends DBSchema {
  workshops: { key: string; value: WorkshopRecord };
}

export const FACILITATOR_DB_NAME = 'facilitator';

export interface WorkshopStore {
  list(): Promise<Workshop[]>;
  get(id: string): Promise<Workshop | undefined>;
  put(workshop: Workshop): Promise<void>;
  remove(id: string): Promise<void>;
}

/** Where workshops live: the browser's storage (kept across visits) or this tab's memory. */
export type StorageMode = 'browser' | 'memory';

export interface OpenedStore {
  store: WorkshopStore;
  mode: StorageMode;
  /** Why the tools fell back to memory, in words; null in the browser's storage. */
  problem: string | null;
}

function byCreation(workshops: Workshop[]): Workshop[] {
  return workshops.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** In memory, for browsers that keep nothing (and for tests). */
export function memoryWorkshopStore(): WorkshopStore {
  const workshops = new Map<string, Workshop>();
  return {
    list: async () => byCreation([...workshops.values()]),
    get: async (id) => workshops.get(id),
    put: async (workshop) => void workshops.set(workshop.id, structuredClone(workshop)),
    remove: async (id) => void workshops.delete(id),
  };
}

/** What went wrong with the browser's storage, in a facilitator's words. */
export function describeStorageError(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError') return 'the browser’s storage for this site is full';
  if (name === 'SecurityError')
    return 'the browser does not allow this site to store anything (a private window or a privacy setting)';
  if (name === 'InvalidStateError' || name === 'NotFoundError')
    return 'the browser’s storage is not available right now';
  if (name === 'VersionError') return 'a newer version of these tools is open in another tab';
  const message = error instanceof Error ? error.message : String(error);
  return message
    ? `the browser’s storage reported a problem (${message})`
    : 'the browser’s storage reported a problem';
}

function inMemory(problem: string): OpenedStore {
  return { store: memoryWorkshopStore(), mode: 'memory', problem };
}

/** `indexedDB` itself, or why it cannot be used (reading it can throw where it is blocked). */
function indexedDbFactory(): IDBFactory | string {
  try {
    if (typeof indexedDB === 'undefined' || !indexedDB)
      return 'this browser offers no storage for web pages';
    return indexedDB;
  } catch (error) {
    return describeStorageError(error);
  }
}

export async function openWorkshopStore(name = FACILITATOR_DB_NAME): Promise<OpenedStore> {
  const factory = indexedDbFactory();
  if (typeof factory === 'string') return inMemory(factory);
  try {
    const db = await openDB<FacilitatorDb>(name, 1, {
      upgrade(database) {
        database.createObjectStore('workshops', { keyPath: 'id' });
      },
    });
    const store: WorkshopStore = {
      list: async () => byCreation((await db.getAll('workshops')).map(normaliseWorkshop)),
      get: async (id) => {
        const record = await db.get('workshops', id);
        return record ? normaliseWorkshop(record) : undefined;
      },
      put: async (workshop) => void (await db.put('workshops', workshop)),
      remove: (id) => db.delete('workshops', id),
    };
    return { store, mode: 'browser', problem: null };
  } catch (error) {
    return inMemory(describeStorageError(error));
  }
}

/** A random id (not a secret; only has to be unique on this machine). */
export function newId(prefix: string): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return `${prefix}-${[...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}
