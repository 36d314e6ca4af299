/** The facilitator machine's context, events and the inputs its actors take. */
import type { Scenario } from '../engine/scenario/schema';
import type { LibraryScenario } from '../services/library-types';
import type { IntakeReport } from './intake';
import type { KeepRoomRequest } from './room-keep';
import type { LiveCapabilities } from '../live/protocol';
import type { FacilitatorRoute, WorkshopTab } from './route';
import type { StorageMode, WorkshopStore } from './store';
import type { Library, RejectedItem, Workshop } from './types';

/** What the machine needs from the world; tests give their own. */
export interface FacilitatorDepsInput {
  /** The bundled scenarios sessions are replayed against. */
  loadScenarios: () => Promise<LibraryScenario[]>;
  openStore: () => Promise<{ store: WorkshopStore; mode: StorageMode; problem: string | null }>;
  newId: (prefix: string) => string;
  /** ISO time, for addedAt and createdAt. */
  now: () => string;
  /** The live-room server's capabilities, or null on a static host (no live rooms offered). */
  detectLive?: () => Promise<LiveCapabilities | null>;
}

export interface FacilitatorInput {
  deps: FacilitatorDepsInput;
  initialRoute?: FacilitatorRoute;
}

/** Something to read into a workshop: a chosen or dropped file, or text (pasted or scanned). */
export type IntakeSource =
  | { kind: 'file'; file: Blob & { readonly name: string } }
  | { kind: 'text'; source: string; text: string };

export type IntakeStatus =
  | { kind: 'idle' }
  | { kind: 'checking'; done: number; total: number }
  | { kind: 'done'; report: IntakeReport }
  | { kind: 'failed'; message: string };

/** A workshop file read and checked, waiting for the facilitator's word when its name is taken. */
export interface ImportedWorkshop {
  fileName: string;
  workshop: Workshop;
  /** Sessions of the file that could not be loaded (tampered, unknown scenario…). */
  rejected: RejectedItem[];
  /** Sessions the file holds twice. */
  duplicates: Array<{ source: string; sameAs: string }>;
}

export type ImportStatus =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'offer'; imported: ImportedWorkshop; existing: Workshop }
  | { kind: 'done'; message: string; imported?: ImportedWorkshop };

export type RoomKeepStatus =
  | { kind: 'none' }
  | { kind: 'kept'; workshopId: string; workshopName: string; alias: string }
  | { kind: 'refused'; message: string };

export interface FacilitatorContext {
  deps: FacilitatorDepsInput;
  /** Where the facilitator is (or asked to go): reported to the shell as the address. */
  route: FacilitatorRoute;
  library: Library;
  scenarios: readonly Scenario[];
  store: WorkshopStore | null;
  storage: { mode: StorageMode; problem: string | null };
  /** The workshops on this computer (the home list and room play's targets). */
  workshops: readonly Workshop[];
  /** Why the list could not be read, when it could not. */
  listProblem: string | null;
  /** The open workshop, as on screen (it may be ahead of what is stored). */
  workshop: Workshop | null;
  /** Changed workshops waiting to be written, by id (the newest copy of each). */
  unsaved: Readonly<Record<string, Workshop>>;
  /** The last copy of each workshop known to be stored (null: never stored). */
  saved: Readonly<Record<string, Workshop | null>>;
  /** Why the last write failed; null once a write succeeds. */
  saveProblem: string | null;
  intake: IntakeStatus;
  importStatus: ImportStatus;
  roomKeep: RoomKeepStatus;
  replayId: string | null;
  /** A one-line message for the home screen (a workshop not found, a name missing). */
  notice: string | null;
  startProblem: string | null;
  /** The live-room server, when the page came from one (live rooms are offered only then). */
  live: LiveCapabilities | null;
}

export type FacilitatorEvent =
  | { type: 'facilitator.navigate'; route: FacilitatorRoute }
  | { type: 'facilitator.openWorkshop'; id: string }
  | { type: 'facilitator.createWorkshop'; name: string }
  | { type: 'facilitator.importWorkshopFile'; file: Blob & { readonly name: string } }
  | { type: 'facilitator.mergeImport' }
  | { type: 'facilitator.importAsNew' }
  | { type: 'facilitator.cancelImport' }
  | { type: 'facilitator.back' }
  | { type: 'facilitator.showTab'; tab: WorkshopTab }
  | { type: 'facilitator.replaySession'; id: string }
  | { type: 'facilitator.addSessions'; sources: readonly IntakeSource[] }
  | { type: 'facilitator.removeSession'; id: string }
  | { type: 'facilitator.renameParticipant'; id: string; name: string }
  | { type: 'facilitator.setAnonymous'; anonymous: boolean }
  | { type: 'facilitator.deleteWorkshop' }
  | { type: 'facilitator.startRoom'; scenarioId: string }
  | { type: 'facilitator.openLive'; roomId: string | null }
  | { type: 'facilitator.retrySave' }
  | { type: 'room.keep'; request: Omit<KeepRoomRequest, 'now'> }
  | { type: 'intake.progress'; done: number; total: number }
  | { type: 'workshop.changed' };
