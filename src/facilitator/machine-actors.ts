/**
 * The facilitator machine's loads and saves, each an invoked promise actor: when the
 * facilitator moves on, the machine stops the actor and its result is never seen. Tests
 * provide their own (see machine.test.ts).
 */
import type { LiveCapabilities } from '../live/protocol';
import { fromPromise, type AnyActorRef } from 'xstate';
import type { LibraryScenario } from '../services/library-types';
import { rememberReplay } from './cohort';
import {
  checkInBatches,
  checkLogs,
  emptyReport,
  pastedSubmissions,
  type IntakeReport,
  type Submission,
} from './intake';
import {
  MAX_ITEMS_AT_ONCE,
  MAX_SESSION_FILE_BYTES,
  MAX_WORKSHOP_FILE_BYTES,
  tooLargeReason,
  tooManyReason,
} from './limits';
import { shownName } from './participants';
import { sessionKey } from './session-key';
import type { FacilitatorDepsInput, ImportedWorkshop, IntakeSource } from './machine-types';
import type { StorageMode, WorkshopStore } from './store';
import type { Library, RejectedItem, StoredSession, Workshop } from './types';
import { workshopFromFile } from './workshop-file';

export interface StartResult {
  library: Library;
  list: LibraryScenario[];
  store: WorkshopStore;
  mode: StorageMode;
  problem: string | null;
  live: LiveCapabilities | null;
}

export const startUp = fromPromise<StartResult, { deps: FacilitatorDepsInput }>(
  async ({ input }) => {
    const [list, opened, live] = await Promise.all([
      input.deps.loadScenarios(),
      input.deps.openStore(),
      input.deps.detectLive?.() ?? null,
    ]);
    const library: Library = new Map(list.map((entry) => [entry.scenario.id, entry]));
    return { library, list, ...opened, live };
  },
);

export interface Listed {
  /** What the store holds. */
  stored: Workshop[];
}

export const listWorkshops = fromPromise<Listed, { store: WorkshopStore }>(async ({ input }) => ({
  stored: await input.store.list(),
}));

export interface Loaded {
  workshop: Workshop | undefined;
}

export const loadWorkshop = fromPromise<Loaded, { store: WorkshopStore; id: string }>(
  async ({ input }) => ({ workshop: await input.store.get(input.id) }),
);

/** A write that failed part-way: the workshops written before the failure, and the error. */
export class SaveFailure extends Error {
  constructor(
    readonly saved: readonly Workshop[],
    readonly error: unknown,
  ) {
    super('save failed');
  }
}

export const saveWorkshops = fromPromise<
  readonly Workshop[],
  { store: WorkshopStore; workshops: readonly Workshop[] }
>(async ({ input }) => {
  const saved: Workshop[] = [];
  for (const workshop of input.workshops) {
    try {
      await input.store.put(workshop);
    } catch (error) {
      throw new SaveFailure(saved, error);
    }
    saved.push(workshop);
  }
  return saved;
});

export const deleteWorkshop = fromPromise<string, { store: WorkshopStore; id: string }>(
  async ({ input }) => {
    await input.store.remove(input.id);
    return input.id;
  },
);

/** Yields to the event loop between batches (a task: frames stop in a background tab). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Files over the limit are refused from their size alone, before a byte is read. */
async function readSources(
  sources: readonly IntakeSource[],
): Promise<{ items: Submission[]; rejected: RejectedItem[] }> {
  const items: Submission[] = [];
  const rejected: RejectedItem[] = [];
  type Read =
    { source: string; text: string; pasted: boolean } | { source: string; refused: string };
  const texts = await Promise.all(
    sources.map(async (source): Promise<Read> => {
      if (source.kind === 'text') return { source: source.source, text: source.text, pasted: true };
      const { file } = source;
      if (file.size > MAX_SESSION_FILE_BYTES)
        return {
          source: file.name,
          refused: tooLargeReason('a session file', file.size, MAX_SESSION_FILE_BYTES),
        };
      return { source: file.name, text: await file.text(), pasted: false };
    }),
  );
  for (const read of texts) {
    if ('refused' in read) rejected.push({ source: read.source, reason: read.refused });
    else if (!read.pasted) items.push({ source: read.source, text: read.text });
    else {
      const found = pastedSubmissions(read.text);
      if (read.source !== 'Pasted text')
        found.items.forEach((item) => (item.source = `${read.source}: ${item.source}`));
      items.push(...found.items);
      rejected.push(...found.rejected.map((item) => ({ ...item, source: read.source })));
    }
  }
  return { items, rejected };
}

export interface IntakeInput {
  sources: readonly IntakeSource[];
  library: Library;
  sessions: readonly StoredSession[];
  /** Told of progress with `intake.progress` events. */
  parent: AnyActorRef;
}

export const checkIntake = fromPromise<IntakeReport, IntakeInput>(async ({ input, signal }) => {
  if (input.sources.length > MAX_ITEMS_AT_ONCE)
    return {
      ...emptyReport(),
      rejected: [{ source: 'Chosen files', reason: tooManyReason(input.sources.length) }],
    };
  const { items, rejected } = await readSources(input.sources);
  if (items.length > MAX_ITEMS_AT_ONCE)
    return {
      ...emptyReport(),
      rejected: [{ source: 'Pasted text', reason: tooManyReason(items.length) }],
    };
  const known = new Map(input.sessions.map((session) => [sessionKey(session.log), session.source]));
  const report = await checkInBatches(
    items,
    input.library,
    known,
    async (done) => {
      input.parent.send({ type: 'intake.progress', done, total: items.length });
      await nextTask();
    },
    { signal },
  );
  for (const item of report.accepted) rememberReplay(input.library, item);
  return { ...report, rejected: [...rejected, ...report.rejected] };
});

/**
 * A workshop file, read and checked like any import: every session is replayed, those that
 * cannot be (tampered, of a scenario not in the library) are listed apart and left out, and a
 * session the file holds twice is kept once. Refusals come back as errors with the sentence.
 */
export const readWorkshopFile = fromPromise<
  ImportedWorkshop,
  { file: Blob & { readonly name: string }; library: Library }
>(async ({ input }) => {
  const { file, library } = input;
  if (file.size > MAX_WORKSHOP_FILE_BYTES)
    throw new Error(tooLargeReason('a workshop file', file.size, MAX_WORKSHOP_FILE_BYTES));
  const read = workshopFromFile(await file.text());
  if (!read.ok) throw new Error(read.message);
  const { workshop } = read;
  const report = checkLogs(
    workshop.sessions.map((session) => ({
      source: `${shownName(session, false)} (${session.source})`,
      log: session.log,
    })),
    library,
  );
  for (const item of report.accepted) rememberReplay(library, item);
  const kept = new Set(report.accepted.map((item) => item.log));
  return {
    fileName: file.name,
    workshop: {
      ...workshop,
      sessions: workshop.sessions.filter((session) => kept.has(session.log)),
    },
    rejected: report.rejected,
    duplicates: report.duplicates,
  };
});
