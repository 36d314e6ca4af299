import { describe, expect, it } from 'vitest';
import { ROOM_ALIAS, keepRoomRun, type KeepRoomRequest } from '../../../src/facilitator/room-keep';
import { memoryWorkshopStore } from '../../../src/facilitator/store';
import { buildCohort } from '../../../src/facilitator/intake';
import type { Workshop } from '../../../src/facilitator/types';
import type { SessionLog } from '../../../src/engine/session/types';
import { cohortFixture, fixtureLog } from '../../fixtures/facilitator/fixture';
import { libraryOf } from '../../support/library';

const NOW = '2025-03-02T15:00:00.000Z';

function roomLog(seed = 7): SessionLog {
  const log = fixtureLog(
    seed,
    [
      { type: 'continue', at: 1000 },
      { type: 'choose', choiceId: 'listen', at: 5000 },
      { type: 'choose', choiceId: 'empower', at: 9000 },
    ],
    'The room',
  );
  return {
    ...log,
    roomVotes: [
      { listen: 9, fix: 2, escalate: 1 },
      { empower: 7, control: 3 },
    ],
  };
}

function request(log: SessionLog, overrides: Partial<KeepRoomRequest> = {}): KeepRoomRequest {
  return {
    log,
    target: { kind: 'new', name: 'Tuesday cohort' },
    alias: '',
    source: 'Room play: fixture',
    now: NOW,
    ...overrides,
  };
}

const scenarios = libraryOf(cohortFixture);

describe('keepRoomRun', () => {
  it('creates a named workshop holding the room run as "Room", votes included', async () => {
    const store = memoryWorkshopStore();
    const log = roomLog();
    const result = await keepRoomRun(store, request(log));
    if (!result.ok) throw new Error(result.message);
    expect(result.alias).toBe(ROOM_ALIAS);

    const [saved] = await store.list();
    expect(saved?.name).toBe('Tuesday cohort');
    expect(saved?.createdAt).toBe(NOW);
    expect(saved?.sessions).toHaveLength(1);
    const session = saved?.sessions[0];
    expect(session?.source).toBe('Room play: fixture');
    expect(session?.addedAt).toBe(NOW);
    expect(session?.log).toEqual({ ...log, alias: 'Room' });
    expect(session?.log.roomVotes).toEqual(log.roomVotes);
  });

  it('is replayed like any imported session, under the name the facilitator typed', async () => {
    const store = memoryWorkshopStore();
    const existing: Workshop = { id: 'w1', name: 'Pilot', createdAt: NOW, sessions: [] };
    await store.put(existing);
    const other = fixtureLog(1, [{ type: 'continue', at: 1000 }], 'Ana');
    await store.put({
      ...existing,
      sessions: [{ id: 's1', source: 'ana.json', addedAt: NOW, log: other }],
    });

    const result = await keepRoomRun(
      store,
      request(roomLog(), { target: { kind: 'existing', workshopId: 'w1' }, alias: '  Room B ' }),
    );
    expect(result).toMatchObject({ ok: true, alias: 'Room B' });

    const saved = await store.get('w1');
    const cohort = buildCohort(saved?.sessions ?? [], scenarios);
    expect(cohort.unusable).toEqual([]);
    expect(cohort.entries.map((entry) => entry.alias)).toEqual(['Ana', 'Room B']);
    const room = cohort.entries[1];
    expect(room?.ended).toBe(true);
    expect(room?.log.roomVotes).toHaveLength(2);
  });

  it('keeps one run once per workshop, whatever name it was given', async () => {
    const store = memoryWorkshopStore();
    const log = roomLog();
    const first = await keepRoomRun(store, request(log));
    if (!first.ok) throw new Error(first.message);
    const again = await keepRoomRun(
      store,
      request(log, { target: { kind: 'existing', workshopId: first.workshop.id }, alias: 'X' }),
    );
    expect(again).toEqual({
      ok: false,
      message: "This room's run is already in “Tuesday cohort”.",
    });
    expect((await store.get(first.workshop.id))?.sessions).toHaveLength(1);

    // A different room run (another seed) is welcome in the same workshop.
    const second = await keepRoomRun(
      store,
      request(roomLog(8), { target: { kind: 'existing', workshopId: first.workshop.id } }),
    );
    expect(second.ok).toBe(true);
    expect((await store.get(first.workshop.id))?.sessions).toHaveLength(2);
  });

  it('asks for a name for a new workshop and notices a workshop that is gone', async () => {
    const store = memoryWorkshopStore();
    expect(
      await keepRoomRun(store, request(roomLog(), { target: { kind: 'new', name: '   ' } })),
    ).toEqual({ ok: false, message: 'Give the new workshop a name first.' });
    expect(
      await keepRoomRun(
        store,
        request(roomLog(), { target: { kind: 'existing', workshopId: 'missing' } }),
      ),
    ).toEqual({
      ok: false,
      message: 'That workshop is no longer on this computer; choose another.',
    });
    expect(await store.list()).toEqual([]);
  });

  it('does not change the log it was given', async () => {
    const store = memoryWorkshopStore();
    const log = roomLog();
    const before = structuredClone(log);
    await keepRoomRun(store, request(log, { alias: 'Room A' }));
    expect(log).toEqual(before);
  });
});
