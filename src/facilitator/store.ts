/**
 * Workshops in IndexedDB, in a database of their own ('facilitator'), apart from the game's
 * saved runs: deleting a workshop never touches a player's progress, and the reverse.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Workshop } from './types';

interface FacilitatorDb extends DBSchema {
  workshops: { key: string; value: Workshop };
}

export const FACILITATOR_DB_NAME = 'facilitator';

export interface WorkshopStore {
  list(): Promise<Workshop[]>;
  get(id: string): Promise<Workshop | undefined>;
  put(workshop: Workshop): Promise<void>;
  remove(id: string): Promise<void>;
}

/** In memory, for browsers without IndexedDB (private windows in some browsers). */
export function memoryWorkshopStore(): WorkshopStore {
  const workshops = new Map<string, Workshop>();
  return {
    list: async () => [...workshops.values()],
    get: async (id) => workshops.get(id),
    put: async (workshop) => void workshops.set(workshop.id, structuredClone(workshop)),
    remove: async (id) => void workshops.delete(id),
  };
}

export async function openWorkshopStore(name = FACILITATOR_DB_NAME): Promise<WorkshopStore> {
  if (typeof indexedDB === 'undefined') return memoryWorkshopStore();
  let db: IDBPDatabase<FacilitatorDb>;
  try {
    db = await openDB<FacilitatorDb>(name, 1, {
      upgrade(database) {
        database.createObjectStore('workshops', { keyPath: 'id' });
      },
    });
  } catch {
    return memoryWorkshopStore();
  }
  return {
    list: async () =>
      (await db.getAll('workshops')).sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    get: (id) => db.get('workshops', id),
    put: async (workshop) => void (await db.put('workshops', workshop)),
    remove: (id) => db.delete('workshops', id),
  };
}

/** A random id (not a secret; only has to be unique on this machine). */
export function newId(prefix: string): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return `${prefix}-${[...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}
