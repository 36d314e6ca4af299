/** The build-time scenario library (see scripts/vite/scenario-catalogue-plugin.ts). */
import type { Scenario, Track } from '../engine/scenario/schema';
import type { Scoring } from '../engine/profile/types';

/** A scenario ready to play and to score: the checked file and its scoring. */
export interface PlayableScenario {
  scenario: Scenario;
  scoring: Scoring;
  /** The file's text, only for a player's own file (saved with the run: it is not in the library). */
  text?: string;
}

/** A library scenario as its lazy module holds it. */
export type LibraryScenario = Omit<PlayableScenario, 'text'>;

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
