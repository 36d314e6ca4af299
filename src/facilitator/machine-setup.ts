/**
 * The facilitator machine's names: its actors, guards and actions (see machine.ts for the
 * states). Context updates themselves live in machine-updates.ts as plain functions.
 */
import { assign, raise, setup } from 'xstate';
import { describeStorageError } from './store';
import {
  checkIntake,
  deleteWorkshop,
  listWorkshops,
  loadWorkshop,
  readWorkshopFile,
  SaveFailure,
  saveWorkshops,
  startUp,
} from './machine-actors';
import type {
  FacilitatorContext,
  FacilitatorEvent,
  FacilitatorInput,
  ImportedWorkshop,
} from './machine-types';
import * as update from './machine-updates';
import { HOME_ROUTE, type FacilitatorRoute, type WorkshopTab } from './route';
import type { IntakeReport } from './intake';
import type { Workshop } from './types';

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export const facilitatorSetup = setup({
  types: {
    context: {} as FacilitatorContext,
    events: {} as FacilitatorEvent,
    input: {} as FacilitatorInput,
  },
  actors: {
    startUp,
    listWorkshops,
    loadWorkshop,
    checkIntake,
    readWorkshopFile,
    saveWorkshops,
    deleteWorkshop,
  },
  guards: {
    routeIsWorkshop: ({ context }) => context.route.kind === 'workshop',
    routeIsRoom: ({ context }) =>
      context.route.kind === 'room' && context.library.has(context.route.scenarioId),
    routeIsLive: ({ context }) => context.route.kind === 'live' && context.live !== null,
    routeTabIs: ({ context }, params: { tab: WorkshopTab }) =>
      context.route.kind === 'workshop' && context.route.tab === params.tab,
    routeIsOpenWorkshop: ({ context }, params: { route: FacilitatorRoute }) =>
      params.route.kind === 'workshop' && params.route.id === context.workshop?.id,
    hasName: (_, params: { name: string }) => params.name.trim().length > 0,
    found: (_, params: { workshop: Workshop | undefined }) => params.workshop !== undefined,
    nameTaken: ({ context }, params: { imported: ImportedWorkshop }) =>
      context.workshops.some(
        (workshop) =>
          workshop.name.trim().toLowerCase() === params.imported.workshop.name.trim().toLowerCase(),
      ),
    offerStands: ({ context }) => context.importStatus.kind === 'offer',
    hasUnsaved: ({ context }) => Object.keys(context.unsaved).length > 0,
  },
  actions: {
    keepRoute: assign((_, params: { route: FacilitatorRoute }) => ({ route: params.route })),
    keepStart: assign((_, params: { started: import('./machine-actors').StartResult }) => {
      const { library, list, store, mode, problem, live } = params.started;
      return {
        live,
        library,
        scenarios: list.map((entry) => entry.scenario),
        store,
        storage: { mode, problem },
      };
    }),
    keepStartProblem: assign((_, params: { error: unknown }) => ({
      startProblem: errorText(params.error),
    })),
    enterHome: assign({
      route: HOME_ROUTE,
      workshop: null,
      replayId: null,
      intake: { kind: 'idle' },
      importStatus: { kind: 'idle' },
    }),
    keepListed: assign(({ context }, params: { stored: readonly Workshop[] }) =>
      update.listed(context, params.stored),
    ),
    keepListProblem: assign(({ context }, params: { error: unknown }) => ({
      listProblem: describeStorageError(params.error),
      workshops: update.shownWorkshops([], context),
    })),
    noteNameMissing: assign({ notice: 'Give the workshop a name first.' }),
    createWorkshop: assign(({ context }, params: { name: string }) =>
      update.created(context, params.name),
    ),
    routeToWorkshop: assign((_, params: { id: string }) => ({
      route: { kind: 'workshop', id: params.id, tab: 'sessions' } as FacilitatorRoute,
      notice: null,
    })),
    routeToRoom: assign((_, params: { scenarioId: string }) => ({
      route: { kind: 'room', scenarioId: params.scenarioId } as FacilitatorRoute,
      roomKeep: { kind: 'none' } as const,
    })),
    routeToLive: assign((_, params: { roomId: string | null }) => ({
      route: { kind: 'live', roomId: params.roomId } as FacilitatorRoute,
      notice: null,
    })),
    openLoaded: assign(({ context }, params: { workshop: Workshop | undefined }) => {
      const stored = params.workshop;
      const id = context.route.kind === 'workshop' ? context.route.id : '';
      // A copy waiting to be saved is newer than the stored one.
      const workshop = context.unsaved[id] ?? stored ?? null;
      const saved =
        stored && !(id in context.saved) ? { ...context.saved, [id]: stored } : context.saved;
      return { workshop, saved, intake: { kind: 'idle' } as const, notice: null };
    }),
    noteMissing: assign({ notice: 'That workshop is no longer on this computer.' }),
    noteLoadProblem: assign((_, params: { error: unknown }) => ({
      notice: `The workshop could not be read: ${describeStorageError(params.error)}.`,
    })),
    keepTab: assign(({ context }, params: { tab: WorkshopTab }) =>
      context.route.kind === 'workshop' ? { route: { ...context.route, tab: params.tab } } : {},
    ),
    keepReplayId: assign((_, params: { id: string }) => ({ replayId: params.id })),
    startChecking: assign({ intake: { kind: 'checking', done: 0, total: 0 } }),
    keepProgress: assign((_, params: { done: number; total: number }) => ({
      intake: { kind: 'checking' as const, ...params },
    })),
    addIntake: assign(({ context }, params: { report: IntakeReport }) =>
      update.intakeAdded(context, params.report),
    ),
    noteIntakeProblem: assign((_, params: { error: unknown }) => ({
      intake: {
        kind: 'failed' as const,
        message: `The items could not be read: ${errorText(params.error)}`,
      },
    })),
    removeSession: assign(({ context }, params: { id: string }) =>
      update.removing(context, params.id),
    ),
    renameParticipant: assign(({ context }, params: { id: string; name: string }) =>
      update.renaming(context, params.id, params.name),
    ),
    setAnonymous: assign(({ context }, params: { anonymous: boolean }) =>
      update.anonymising(context, params.anonymous),
    ),
    announceChange: raise({ type: 'workshop.changed' }),
    startImport: assign((_, params: { fileName: string }) => ({
      importStatus: { kind: 'reading' as const, fileName: params.fileName },
      notice: null,
    })),
    offerMerge: assign(({ context }, params: { imported: ImportedWorkshop }) => {
      const name = params.imported.workshop.name.trim().toLowerCase();
      const existing = context.workshops.find(
        (workshop) => workshop.name.trim().toLowerCase() === name,
      );
      return existing
        ? { importStatus: { kind: 'offer' as const, imported: params.imported, existing } }
        : {};
    }),
    importAsNew: assign(({ context }, params: { imported: ImportedWorkshop }) =>
      update.importedAsNew(context, params.imported),
    ),
    importOffered: assign(({ context }) =>
      context.importStatus.kind === 'offer'
        ? update.importedAsNew(context, context.importStatus.imported)
        : {},
    ),
    mergeOffered: assign(({ context }) =>
      context.importStatus.kind === 'offer'
        ? update.mergedImport(context, context.importStatus.imported, context.importStatus.existing)
        : {},
    ),
    dropImport: assign({ importStatus: { kind: 'idle' } }),
    noteImportProblem: assign((_, params: { error: unknown }) => ({
      importStatus: { kind: 'done' as const, message: errorText(params.error) },
    })),
    keepRoomRun: assign(({ context }, params: { request: Parameters<typeof update.roomKept>[1] }) =>
      update.roomKept(context, params.request),
    ),
    markSaved: assign(({ context }, params: { written: readonly Workshop[] }) => ({
      ...update.savedNow(context, params.written),
      saveProblem: null,
    })),
    keepSaveProblem: assign(({ context }, params: { error: unknown }) => {
      const failure = params.error instanceof SaveFailure ? params.error : null;
      return {
        ...update.savedNow(context, failure?.saved ?? []),
        saveProblem: describeStorageError(failure ? failure.error : params.error),
      };
    }),
    forgetWorkshop: assign(({ context }, params: { id: string }) =>
      update.forgotten(context, params.id),
    ),
    noteDeleteProblem: assign((_, params: { error: unknown }) => ({
      notice: `The workshop could not be deleted: ${describeStorageError(params.error)}.`,
    })),
  },
});
