import { describe, expect, it } from 'vitest';
import { ROOM_ALIAS, keepRoomRun, type KeepRoomRequest } from '../../../src/facilitator/room-keep';
import { cohortOf } from '../../../src/facilitator/cohort';
import type { Workshop } from '../../../src/facilitator/types';
import type { SessionLog } from '../../../src/engine/session/types';
import { cohortFixture, fixtureLog } from '../../fixtures/facilitator/fixture';
import { libraryOf } from '../../support/library';
import { stored } from './helpers';

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

let ids = 0;
const newId = (prefix: string) => `${prefix}-${++ids}`;
const scenarios = libraryOf(cohortFixture);

function kept(result: ReturnType<typeof keepRoomRun>): Workshop {
  if (!result.ok) throw new Error(result.message);
  return result.workshop;
}

describe('keepRoomRun', () => {
  it('makes a named workshop holding the room run as "Room", votes included', () => {
    const log = roomLog();
    const result = keepRoomRun([], request(log), newId);
    expect(result).toMatchObject({ ok: true, alias: ROOM_ALIAS });
    const workshop = kept(result);
    expect(workshop).toMatchObject({ name: 'Tuesday cohort', createdAt: NOW, nextParticipant: 2 });
    const [session] = workshop.sessions;
    expect(session).toMatchObject({ source: 'Room play: fixture', addedAt: NOW, participant: 1 });
    expect(session?.log).toEqual({ ...log, alias: 'Room' });
  });

  it('joins an existing workshop and replays like any session, under the typed name', () => {
    const existing: Workshop = {
      id: 'w1',
      name: 'Pilot',
      createdAt: NOW,
      sessions: stored([fixtureLog(1, [{ type: 'continue', at: 1000 }], 'Ana')]),
      nextParticipant: 2,
    };
    const result = keepRoomRun(
      [existing],
      request(roomLog(), { target: { kind: 'existing', workshopId: 'w1' }, alias: '  Room B ' }),
      newId,
    );
    expect(result).toMatchObject({ ok: true, alias: 'Room B' });
    const workshop = kept(result);
    const cohort = cohortOf(workshop.sessions, scenarios);
    expect(cohort.unusable).toEqual([]);
    expect(cohort.entries.map((entry) => entry.alias)).toEqual(['Ana', 'Room B']);
    expect(cohort.entries[1]?.log.roomVotes).toHaveLength(2);
    expect(existing.sessions).toHaveLength(1);
  });

  it('keeps one run once per workshop, whatever name it was given', () => {
    const log = roomLog();
    const first = kept(keepRoomRun([], request(log), newId));
    const again = keepRoomRun(
      [first],
      request(log, { target: { kind: 'existing', workshopId: first.id }, alias: 'X' }),
      newId,
    );
    expect(again).toEqual({
      ok: false,
      message: "This room's run is already in “Tuesday cohort”.",
    });
    const second = keepRoomRun(
      [first],
      request(roomLog(8), { target: { kind: 'existing', workshopId: first.id } }),
      newId,
    );
    expect(kept(second).sessions).toHaveLength(2);
  });

  it('never makes a second workshop of one name', () => {
    const first = kept(keepRoomRun([], request(roomLog()), newId));
    const second = kept(keepRoomRun([first], request(roomLog(9)), newId));
    expect(second.name).toBe('Tuesday cohort (2)');
  });

  it('asks for a name for a new workshop and notices a workshop that is gone', () => {
    expect(
      keepRoomRun([], request(roomLog(), { target: { kind: 'new', name: '   ' } }), newId),
    ).toEqual({
      ok: false,
      message: 'Give the new workshop a name first.',
    });
    expect(
      keepRoomRun(
        [],
        request(roomLog(), { target: { kind: 'existing', workshopId: 'missing' } }),
        newId,
      ),
    ).toEqual({
      ok: false,
      message: 'That workshop is no longer on this computer; choose another.',
    });
  });

  it('does not change the log it was given', () => {
    const log = roomLog();
    const before = structuredClone(log);
    keepRoomRun([], request(log, { alias: 'Room A' }), newId);
    expect(log).toEqual(before);
  });
});
