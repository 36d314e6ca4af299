import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor, type SnapshotFrom } from 'xstate';
import { facilitatorMachine } from '../../../src/facilitator/machine';
import type {
  FacilitatorDepsInput,
  FacilitatorInput,
} from '../../../src/facilitator/machine-types';
import { memoryWorkshopStore, type WorkshopStore } from '../../../src/facilitator/store';
import type { Workshop } from '../../../src/facilitator/types';
import { workshopToFile } from '../../../src/facilitator/workshop-file';
import { encodeResultCode } from '../../../src/engine/session/result-code';
import type { FacilitatorRoute } from '../../../src/facilitator/route';
import { cohortFixture, fixtureLog, fixtureLogs } from '../../fixtures/facilitator/fixture';
import { libraryEntry } from '../../support/library';
import { workshopOf } from './helpers';

type Snapshot = SnapshotFrom<typeof facilitatorMachine>;

function deps(store: WorkshopStore = memoryWorkshopStore()): FacilitatorDepsInput {
  let count = 0;
  return {
    loadScenarios: async () => [libraryEntry(cohortFixture)],
    openStore: async () => ({ store, mode: 'browser', problem: null }),
    newId: (prefix) => `${prefix}-${++count}`,
    now: () => '2025-03-03T10:00:00.000Z',
  };
}

function start(input: Partial<FacilitatorInput> = {}, machine = facilitatorMachine) {
  const actor = createActor(machine, { input: { deps: deps(), ...input } });
  actor.start();
  return actor;
}

const atHome = (snapshot: Snapshot) => snapshot.matches({ screen: { home: 'ready' } });
const inWorkshop = (snapshot: Snapshot) => snapshot.matches({ screen: { workshop: 'open' } });
const settled = (snapshot: Snapshot) =>
  snapshot.matches({ persistence: 'idle' }) && Object.keys(snapshot.context.unsaved).length === 0;
const checked = (snapshot: Snapshot) =>
  snapshot.matches({ screen: { workshop: { open: { intake: 'idle' } } } }) &&
  snapshot.context.intake.kind === 'done';

function file(name: string, text: string): File {
  return new File([text], name, { type: 'application/json' });
}

/** A code the way an email client sends it: wrapped at 76 columns, in a quoted reply. */
function emailed(codes: readonly string[]): string {
  const wrapped = codes.map((code) =>
    code
      .match(/.{1,76}/g)!
      .map((line) => `> ${line}`)
      .join('\n'),
  );
  return `Hi,\n\nOn Tuesday the room wrote:\n${wrapped.join('\n>\n')}\n\nThanks, Sam`;
}

async function seeded(store: WorkshopStore, workshop: Workshop) {
  await store.put(workshop);
  return start({ deps: deps(store) });
}

describe('the facilitator machine', () => {
  it('starts at home with the workshops on this computer', async () => {
    const store = memoryWorkshopStore();
    const actor = await seeded(store, workshopOf(fixtureLogs()));
    const home = await waitFor(actor, atHome);
    expect(home.context.workshops.map((workshop) => workshop.name)).toEqual([
      'Leads: March cohort',
    ]);
    expect(home.context.storage).toEqual({ mode: 'browser', problem: null });
  });

  it('opens the address it was given: a workshop on its dashboard', async () => {
    const store = memoryWorkshopStore();
    await store.put(workshopOf(fixtureLogs()));
    const initialRoute: FacilitatorRoute = { kind: 'workshop', id: 'w1', tab: 'dashboard' };
    const actor = start({ deps: deps(store), initialRoute });
    const open = await waitFor(actor, inWorkshop);
    expect(open.matches({ screen: { workshop: { open: { tab: 'dashboard' } } } })).toBe(true);
    expect(open.context.workshop?.sessions).toHaveLength(5);
    actor.send({
      type: 'facilitator.navigate',
      route: { kind: 'workshop', id: 'w1', tab: 'compare' },
    });
    expect(
      actor.getSnapshot().matches({ screen: { workshop: { open: { tab: 'compare' } } } }),
    ).toBe(true);
    actor.send({ type: 'facilitator.navigate', route: { kind: 'home' } });
    await waitFor(actor, atHome);
  });

  it('goes home with a note when the address names a workshop that is gone', async () => {
    const actor = start({ initialRoute: { kind: 'workshop', id: 'gone', tab: 'sessions' } });
    const home = await waitFor(actor, atHome);
    expect(home.context.notice).toBe('That workshop is no longer on this computer.');
  });

  it('creates a workshop, adds three codes from an email and saves it', async () => {
    const store = memoryWorkshopStore();
    const actor = start({ deps: deps(store) });
    await waitFor(actor, atHome);
    actor.send({ type: 'facilitator.createWorkshop', name: '  ' });
    expect(actor.getSnapshot().context.notice).toBe('Give the workshop a name first.');
    actor.send({ type: 'facilitator.createWorkshop', name: 'Tuesday' });
    await waitFor(actor, inWorkshop);
    const codes = fixtureLogs()
      .slice(0, 3)
      .map((log) => encodeResultCode(log));
    actor.send({
      type: 'facilitator.addSessions',
      sources: [{ kind: 'text', source: 'Pasted text', text: emailed(codes) }],
    });
    const done = await waitFor(actor, checked);
    if (done.context.intake.kind !== 'done') throw new Error('not done');
    expect(done.context.intake.report.accepted).toHaveLength(3);
    expect(done.context.workshop?.sessions.map((session) => session.participant)).toEqual([
      1, 2, 3,
    ]);
    await waitFor(actor, settled);
    const [stored] = await store.list();
    expect(stored?.sessions).toHaveLength(3);
    expect(stored?.name).toBe('Tuesday');
  });

  it('keeps every participant number when one is removed, and renames without renumbering', async () => {
    const store = memoryWorkshopStore();
    const actor = await seeded(store, workshopOf(fixtureLogs()));
    await waitFor(actor, atHome);
    actor.send({ type: 'facilitator.openWorkshop', id: 'w1' });
    await waitFor(actor, inWorkshop);
    actor.send({ type: 'facilitator.removeSession', id: 's2' });
    actor.send({ type: 'facilitator.renameParticipant', id: 's4', name: ' Dev\n' });
    actor.send({ type: 'facilitator.setAnonymous', anonymous: true });
    const workshop = actor.getSnapshot().context.workshop!;
    expect(workshop.sessions.map((session) => session.participant)).toEqual([1, 3, 4, 5]);
    expect(workshop.sessions.find((session) => session.id === 's4')?.name).toBe('Dev');
    expect(workshop.anonymous).toBe(true);
    await waitFor(actor, settled);
    expect((await store.get('w1'))?.sessions.map((session) => session.participant)).toEqual([
      1, 3, 4, 5,
    ]);
    // A session added after the removal gets a new number: 2 is never given again.
    actor.send({
      type: 'facilitator.addSessions',
      sources: [{ kind: 'text', source: 'Pasted text', text: encodeResultCode(fixtureLog(9, [])) }],
    });
    const after = await waitFor(actor, checked);
    expect(after.context.workshop?.sessions.map((session) => session.participant)).toEqual([
      1, 3, 4, 5, 6,
    ]);
  });

  it('a load that resolves after the facilitator went back never shows its result', async () => {
    let release: (value: { workshop: Workshop | undefined }) => void = () => undefined;
    const slow = facilitatorMachine.provide({
      actors: {
        loadWorkshop: fromPromise(
          () => new Promise<{ workshop: Workshop | undefined }>((resolve) => (release = resolve)),
        ),
      },
    });
    const actor = start({}, slow);
    await waitFor(actor, atHome);
    actor.send({ type: 'facilitator.openWorkshop', id: 'w1' });
    expect(actor.getSnapshot().matches({ screen: { workshop: 'loading' } })).toBe(true);
    actor.send({ type: 'facilitator.back' });
    await waitFor(actor, atHome);
    release({ workshop: workshopOf(fixtureLogs()) });
    await new Promise((resolve) => setTimeout(resolve, 10));
    const after = actor.getSnapshot();
    expect(atHome(after)).toBe(true);
    expect(after.context.workshop).toBeNull();
    expect(after.context.route).toEqual({ kind: 'home' });
  });

  it('a check still running when the facilitator leaves adds nothing', async () => {
    const store = memoryWorkshopStore();
    const actor = await seeded(store, workshopOf([]));
    await waitFor(actor, atHome);
    actor.send({ type: 'facilitator.openWorkshop', id: 'w1' });
    await waitFor(actor, inWorkshop);
    const many = Array.from({ length: 120 }, (_, index) =>
      encodeResultCode(fixtureLog(100 + index, [{ type: 'continue', at: 1000 }])),
    );
    actor.send({
      type: 'facilitator.addSessions',
      sources: [{ kind: 'text', source: 'Pasted text', text: many.join('\n') }],
    });
    actor.send({ type: 'facilitator.back' });
    await waitFor(actor, atHome);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await store.get('w1'))?.sessions).toHaveLength(0);
    expect(actor.getSnapshot().context.workshops[0]?.sessions).toHaveLength(0);
  });

  it('a write that fails says so, keeps the change on screen, and loses nothing stored', async () => {
    const store = memoryWorkshopStore();
    let full = false;
    const failing: WorkshopStore = {
      ...store,
      put: async (workshop) => {
        if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        await store.put(workshop);
      },
    };
    const actor = await seeded(failing, workshopOf(fixtureLogs().slice(0, 2)));
    await waitFor(actor, atHome);
    actor.send({ type: 'facilitator.openWorkshop', id: 'w1' });
    await waitFor(actor, inWorkshop);
    full = true;
    actor.send({
      type: 'facilitator.addSessions',
      sources: [{ kind: 'text', source: 'Pasted text', text: encodeResultCode(fixtureLogs()[2]!) }],
    });
    const failed = await waitFor(actor, (snapshot) => snapshot.matches({ persistence: 'failed' }));
    expect(failed.context.saveProblem).toBe('the browser’s storage for this site is full');
    expect(failed.context.workshop?.sessions).toHaveLength(3);
    expect(failed.context.unsaved.w1?.sessions).toHaveLength(3);
    expect(failed.context.saved.w1?.sessions).toHaveLength(2);
    expect((await store.get('w1'))?.sessions).toHaveLength(2);
    full = false;
    actor.send({ type: 'facilitator.retrySave' });
    const saved = await waitFor(actor, settled);
    expect(saved.context.saveProblem).toBeNull();
    expect((await store.get('w1'))?.sessions).toHaveLength(3);
  });

  it('an unreadable store is reported at home, not thrown', async () => {
    const broken: WorkshopStore = {
      ...memoryWorkshopStore(),
      list: async () => {
        throw new DOMException('blocked', 'InvalidStateError');
      },
    };
    const actor = start({ deps: deps(broken) });
    const home = await waitFor(actor, atHome);
    expect(home.context.listProblem).toBe('the browser’s storage is not available right now');
  });

  it('imports a workshop file, offers to merge when its name is taken, and never makes a twin', async () => {
    const logs = fixtureLogs();
    const tampered = {
      ...logs[0]!,
      result: {
        ...logs[0]!.result!,
        rawScores: { customerFocus: 9, adaptability: 0, empowerment: 0 },
      },
    };
    const original = workshopOf(logs);
    const exported = workshopOf([...logs, tampered, logs[1]!]);
    const store = memoryWorkshopStore();
    const actor = await seeded(store, original);
    await waitFor(actor, atHome);
    actor.send({
      type: 'facilitator.importWorkshopFile',
      file: file('march.workshop.json', workshopToFile(exported)),
    });
    const offer = await waitFor(actor, (snapshot) =>
      snapshot.matches({ screen: { home: 'offeringMerge' } }),
    );
    if (offer.context.importStatus.kind !== 'offer') throw new Error('no offer');
    expect(offer.context.importStatus.existing.id).toBe('w1');
    expect(offer.context.importStatus.imported.rejected).toHaveLength(1);
    expect(offer.context.importStatus.imported.duplicates).toHaveLength(1);
    expect(offer.context.importStatus.imported.workshop.sessions).toHaveLength(5);
    actor.send({ type: 'facilitator.mergeImport' });
    const merged = await waitFor(actor, inWorkshop);
    expect(merged.context.workshop?.id).toBe('w1');
    expect(merged.context.workshop?.sessions).toHaveLength(5);
    expect(merged.context.importStatus).toMatchObject({
      kind: 'done',
      message: expect.stringContaining('0 sessions added; 5 sessions already in the workshop'),
    });
    await waitFor(actor, settled);
    expect(await store.list()).toHaveLength(1);

    actor.send({ type: 'facilitator.back' });
    await waitFor(actor, atHome);
    actor.send({
      type: 'facilitator.importWorkshopFile',
      file: file('march.workshop.json', workshopToFile(exported)),
    });
    await waitFor(actor, (snapshot) => snapshot.matches({ screen: { home: 'offeringMerge' } }));
    actor.send({ type: 'facilitator.importAsNew' });
    const copy = await waitFor(actor, inWorkshop);
    expect(copy.context.workshop?.name).toBe('Leads: March cohort (2)');
    expect(copy.context.workshop?.sessions).toHaveLength(5);
  });

  it('refuses a workshop file that is not one, in words, at home', async () => {
    const actor = start();
    await waitFor(actor, atHome);
    actor.send({ type: 'facilitator.importWorkshopFile', file: file('list.json', '[1,2]') });
    const home = await waitFor(
      actor,
      (snapshot) => atHome(snapshot) && snapshot.context.importStatus.kind === 'done',
    );
    expect(home.context.importStatus).toMatchObject({
      message: expect.stringContaining('not a workshop file'),
    });
  });

  it('keeps a room run in a new workshop, and not twice', async () => {
    const store = memoryWorkshopStore();
    const actor = start({
      deps: deps(store),
      initialRoute: { kind: 'room', scenarioId: cohortFixture.id },
    });
    await waitFor(actor, (snapshot) => snapshot.matches({ screen: 'room' }));
    const request = {
      log: fixtureLog(3, [{ type: 'continue', at: 1 }]),
      target: { kind: 'new' as const, name: 'Room cohort' },
      alias: '',
      source: 'Room play',
    };
    actor.send({ type: 'room.keep', request });
    expect(actor.getSnapshot().context.roomKeep).toMatchObject({ kind: 'kept', alias: 'Room' });
    await waitFor(actor, settled);
    const [kept] = await store.list();
    actor.send({
      type: 'room.keep',
      request: { ...request, target: { kind: 'existing', workshopId: kept!.id } },
    });
    expect(actor.getSnapshot().context.roomKeep).toMatchObject({ kind: 'refused' });
  });

  it('says why it could not start', async () => {
    const actor = start({
      deps: { ...deps(), loadScenarios: async () => Promise.reject(new Error('offline')) },
    });
    const broken = await waitFor(actor, (snapshot) => snapshot.matches({ screen: 'broken' }));
    expect(broken.context.startProblem).toBe('offline');
  });
});
