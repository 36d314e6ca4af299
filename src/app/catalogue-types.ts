/** The build-time scenario catalogue (see build/scenario-catalogue-plugin.ts). */
import type { Track } from '../engine/scenario/schema';

export interface CatalogueEntry {
  /** File name inside scenarios/, e.g. "refund-at-the-counter.json". */
  file: string;
  id: string;
  title: string;
  summary: string;
  role: string;
  estimatedMinutes: number | null;
  tags: string[];
}

/** A file left out of the list, with a sentence that says why (shown in dev builds). */
export interface CatalogueNote {
  file: string;
  message: string;
}

export interface CatalogueData {
  entries: CatalogueEntry[];
  tracks: Track[];
  notes: CatalogueNote[];
}
