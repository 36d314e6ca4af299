import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addSessions,
  mergeWorkshops,
  removeSession,
  renameParticipant,
  uniqueName,
  unsavedChanges,
} from '../../../src/facilitator/workshop-update';
import { normaliseWorkshop, shownName } from '../../../src/facilitator/participants';
import type { Workshop } from '../../../src/facilitator/types';
import { fixtureLog, fixtureLogs } from '../../fixtures/facilitator/fixture';
import { workshopOf } from './helpers';

const NOW = '2025-03-04T10:00:00.000Z';
const logs = Array.from({ length: 12 }, (_, index) =>
  fixtureLog(index + 1, [{ type: 'continue', at: 1000 }]),
);

function withSessions(count: number): Workshop {
  const empty = { ...workshopOf([]), nextParticipant: 1 };
  return addSessions(
    empty,
    logs
      .slice(0, count)
      .map((log, index) => ({ id: `s${index + 1}`, source: `f${index + 1}`, log })),
    NOW,
  );
}

describe('participant numbers', () => {
  it('never change when others are removed, and are never given twice', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 12 }), { maxLength: 12 }), (removals) => {
        let workshop = withSessions(12);
        const before = new Map(
          workshop.sessions.map((session) => [session.id, session.participant]),
        );
        for (const number of removals) workshop = removeSession(workshop, `s${number}`);
        for (const session of workshop.sessions)
          expect(session.participant).toBe(before.get(session.id));
        const grown = addSessions(workshop, [{ id: 'new', source: 'n', log: logs[0]! }], NOW);
        expect(grown.sessions.at(-1)?.participant).toBe(13);
      }),
    );
  });

  it('are given to workshops saved before numbers existed, in order, keeping any already there', () => {
    const old = {
      id: 'w',
      name: 'Old',
      createdAt: NOW,
      sessions: [
        { id: 'a', source: 'a', addedAt: NOW, log: logs[0]! },
        { id: 'b', source: 'b', addedAt: NOW, log: logs[1]!, participant: 7 },
        { id: 'c', source: 'c', addedAt: NOW, log: logs[2]! },
      ],
    };
    const normal = normaliseWorkshop(old);
    expect(normal.sessions.map((session) => session.participant)).toEqual([8, 7, 9]);
    expect(normal.nextParticipant).toBe(10);
    expect(normaliseWorkshop(normal)).toBe(normal);
  });

  it('label unnamed participants for good, and show names unless anonymous', () => {
    const workshop = renameParticipant(withSessions(3), 's2', '  Bo\u0007 ');
    const [first, second] = workshop.sessions;
    expect(shownName(first!, false)).toBe('Participant 1');
    expect(shownName(second!, false)).toBe('Bo');
    expect(shownName(second!, true)).toBe('Participant 2');
    const cleared = renameParticipant(workshop, 's2', '   ');
    expect(cleared.sessions[1]?.name).toBeUndefined();
  });
});

describe('mergeWorkshops', () => {
  it('adds each run once, keeps names the facilitator gave and counts duplicates', () => {
    const target = withSessions(3);
    const incoming = renameParticipant(withSessions(5), 's5', 'Eve');
    let ids = 0;
    const merged = mergeWorkshops(target, incoming, NOW, () => `m${++ids}`);
    expect(merged.added).toBe(2);
    expect(merged.duplicates).toHaveLength(3);
    expect(merged.workshop.sessions.map((session) => session.participant)).toEqual([1, 2, 3, 4, 5]);
    expect(merged.workshop.sessions.at(-1)?.name).toBe('Eve');
    expect(target.sessions).toHaveLength(3);
  });
});

describe('uniqueName', () => {
  it('never gives two workshops one name', () => {
    expect(uniqueName('March', [])).toBe('March');
    expect(uniqueName('March', ['march', 'March (2)'])).toBe('March (3)');
  });
});

describe('unsavedChanges', () => {
  it('says what a failed save did not keep', () => {
    const saved = withSessions(2);
    const current = renameParticipant(
      removeSession(
        addSessions(saved, [{ id: 'x', source: 'x', log: fixtureLogs()[0]! }], NOW),
        's1',
      ),
      's2',
      'Kim',
    );
    expect(unsavedChanges(current, saved)).toEqual(['1 session added', '1 removal', '1 new name']);
    expect(unsavedChanges(current, null)).toEqual([
      'the whole workshop “Leads: March cohort” (it was never saved)',
    ]);
  });
});
