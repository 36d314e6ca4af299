/**
 * The facilitator machine's context updates, as plain functions from the context (and what the
 * event carried) to the fields that change. The machine (machine.ts) names each one; keeping
 * them here keeps the machine's config readable and lets each be read on its own.
 */
import type { IntakeReport } from './intake';
import type { FacilitatorContext, ImportedWorkshop } from './machine-types';
import { keepRoomRun, type KeepRoomRequest } from './room-keep';
import type { FacilitatorRoute, WorkshopTab } from './route';
import type { Workshop } from './types';
import {
  addSessions,
  emptyWorkshop,
  mergeWorkshops,
  removeSession,
  renameParticipant,
  setAnonymous,
  uniqueName,
} from './workshop-update';

type Update = Partial<FacilitatorContext>;

/** The newest copy of each workshop: what is stored, overlaid with what waits to be saved. */
export function shownWorkshops(
  stored: readonly Workshop[],
  context: FacilitatorContext,
): Workshop[] {
  const byId = new Map(stored.map((workshop) => [workshop.id, workshop]));
  for (const workshop of Object.values(context.unsaved)) byId.set(workshop.id, workshop);
  return [...byId.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

export function listed(context: FacilitatorContext, stored: readonly Workshop[]): Update {
  const saved = { ...context.saved };
  for (const workshop of stored) saved[workshop.id] = workshop;
  return { workshops: shownWorkshops(stored, context), saved, listProblem: null };
}

/** A workshop changed: on screen at once, and queued for the store. */
export function changed(context: FacilitatorContext, workshop: Workshop): Update {
  const workshops = context.workshops.some((item) => item.id === workshop.id)
    ? context.workshops.map((item) => (item.id === workshop.id ? workshop : item))
    : [...context.workshops, workshop];
  return {
    workshop:
      context.workshop?.id === workshop.id || context.workshop === null
        ? workshop
        : context.workshop,
    workshops,
    unsaved: { ...context.unsaved, [workshop.id]: workshop },
  };
}

function openRoute(id: string, tab: WorkshopTab = 'sessions'): FacilitatorRoute {
  return { kind: 'workshop', id, tab };
}

export function created(context: FacilitatorContext, name: string): Update {
  const title = uniqueName(
    name.trim(),
    context.workshops.map((workshop) => workshop.name),
  );
  const workshop = emptyWorkshop(context.deps.newId('workshop'), title, context.deps.now());
  return {
    ...changed({ ...context, workshop: null }, workshop),
    saved: { ...context.saved, [workshop.id]: null },
    route: openRoute(workshop.id),
    notice: null,
  };
}

/** The open workshop, changed by `change` (nothing happens without one). */
export function changeOpen(
  context: FacilitatorContext,
  change: (workshop: Workshop) => Workshop,
): Update {
  if (!context.workshop) return {};
  const next = change(context.workshop);
  return next === context.workshop ? {} : changed(context, next);
}

export const removing = (context: FacilitatorContext, id: string) =>
  changeOpen(context, (workshop) => removeSession(workshop, id));
export const renaming = (context: FacilitatorContext, id: string, name: string) =>
  changeOpen(context, (workshop) => renameParticipant(workshop, id, name));
export const anonymising = (context: FacilitatorContext, anonymous: boolean) =>
  changeOpen(context, (workshop) => setAnonymous(workshop, anonymous));

export function intakeAdded(context: FacilitatorContext, report: IntakeReport): Update {
  const added = report.accepted.map((item) => ({
    id: context.deps.newId('session'),
    source: item.source,
    log: item.log,
  }));
  return {
    ...changeOpen(context, (workshop) => addSessions(workshop, added, context.deps.now())),
    intake: { kind: 'done', report },
  };
}

/** A workshop read from a file joins the list under a name no other workshop has. */
export function importedAsNew(context: FacilitatorContext, imported: ImportedWorkshop): Update {
  const names = context.workshops.map((workshop) => workshop.name);
  const workshop: Workshop = {
    ...imported.workshop,
    // A fresh id, so importing the same file twice never overwrites a workshop.
    id: context.deps.newId('workshop'),
    name: uniqueName(imported.workshop.name, names),
  };
  return {
    ...changed({ ...context, workshop: null }, workshop),
    saved: { ...context.saved, [workshop.id]: null },
    route: openRoute(workshop.id),
    importStatus: {
      kind: 'done',
      message: importMessage(imported, imported.workshop.sessions.length, []),
      imported,
    },
  };
}

export function mergedImport(
  context: FacilitatorContext,
  imported: ImportedWorkshop,
  existing: Workshop,
): Update {
  const newest = context.workshops.find((workshop) => workshop.id === existing.id) ?? existing;
  const merge = mergeWorkshops(newest, imported.workshop, context.deps.now(), () =>
    context.deps.newId('session'),
  );
  return {
    ...changed({ ...context, workshop: merge.workshop }, merge.workshop),
    route: openRoute(existing.id),
    importStatus: {
      kind: 'done',
      message: importMessage(imported, merge.added, merge.duplicates, existing.name),
      imported,
    },
  };
}

function importMessage(
  imported: ImportedWorkshop,
  added: number,
  alreadyThere: readonly unknown[],
  into?: string,
): string {
  const sessions = (count: number) => `${count} ${count === 1 ? 'session' : 'sessions'}`;
  const parts = [
    into
      ? `Merged ${imported.fileName} into “${into}”: ${sessions(added)} added`
      : `Imported ${imported.fileName}: ${sessions(added)}`,
  ];
  if (alreadyThere.length > 0)
    parts.push(`${sessions(alreadyThere.length)} already in the workshop`);
  if (imported.duplicates.length > 0)
    parts.push(`${sessions(imported.duplicates.length)} in the file twice (kept once)`);
  if (imported.rejected.length > 0)
    parts.push(`${sessions(imported.rejected.length)} could not be loaded (listed below)`);
  return `${parts.join('; ')}.`;
}

export function roomKept(
  context: FacilitatorContext,
  request: Omit<KeepRoomRequest, 'now'>,
): Update {
  const result = keepRoomRun(
    context.workshops,
    { ...request, now: context.deps.now() },
    context.deps.newId,
  );
  if (!result.ok) return { roomKeep: { kind: 'refused', message: result.message } };
  const isNew = !context.workshops.some((workshop) => workshop.id === result.workshop.id);
  return {
    ...changed({ ...context, workshop: null }, result.workshop),
    ...(isNew ? { saved: { ...context.saved, [result.workshop.id]: null } } : {}),
    workshop: null,
    roomKeep: {
      kind: 'kept',
      workshopId: result.workshop.id,
      workshopName: result.workshop.name,
      alias: result.alias,
    },
  };
}

/** After a write: what was written is stored; a copy changed meanwhile still waits. */
export function savedNow(context: FacilitatorContext, written: readonly Workshop[]): Update {
  const unsaved = { ...context.unsaved };
  const saved = { ...context.saved };
  for (const workshop of written) {
    saved[workshop.id] = workshop;
    if (unsaved[workshop.id] === workshop) delete unsaved[workshop.id];
  }
  return { unsaved, saved };
}

export function forgotten(context: FacilitatorContext, id: string): Update {
  const { [id]: _unsaved, ...unsaved } = context.unsaved;
  const { [id]: _saved, ...saved } = context.saved;
  return {
    unsaved,
    saved,
    workshop: null,
    workshops: context.workshops.filter((workshop) => workshop.id !== id),
    route: { kind: 'home' },
  };
}
