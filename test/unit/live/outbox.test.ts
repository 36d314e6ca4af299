/** The participant's queue against the server's state, and keeping it across a reload. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  reconcile,
  webStorageStore,
  withNewerParts,
  type PendingInput,
} from '../../../src/live/outbox';
import type { ParticipantState } from '../../../src/live/protocol';
import type { SessionInput } from '../../../src/engine/session/types';

const input = (at: number): SessionInput => ({ type: 'continue', at });

/** A state whose single run holds `accepted`. */
function stateWith(accepted: SessionInput[]): ParticipantState {
  return {
    nextSeq: accepted.length + 1,
    runs: [{ index: 0, scenarioId: 's', log: { inputs: accepted } }],
  } as unknown as ParticipantState;
}

const queued = (from: number, inputs: SessionInput[]): PendingInput[] =>
  inputs.map((item, index) => ({ seq: from + index, run: 0, scenarioId: 's', input: item }));

describe('reconcile', () => {
  it('drops what the server already holds and keeps the rest, in order', () => {
    const all = [1, 2, 3, 4, 5].map(input);
    const result = reconcile(queued(3, all.slice(2)), stateWith(all.slice(0, 4)));
    expect(result.conflicting).toEqual([]);
    expect(result.pending).toEqual(queued(5, [all[4]!]));
  });

  it('reports a queued input that differs from what the server holds under its number, and all after it', () => {
    const pending = queued(2, [input(20), input(30)]);
    const result = reconcile(pending, stateWith([input(1), input(99)]));
    expect(result.pending).toEqual([]);
    expect(result.conflicting).toEqual(pending);
  });

  it('reports inputs after a gap (they cannot be accepted)', () => {
    const pending = queued(4, [input(4)]);
    const result = reconcile(pending, stateWith([input(1)]));
    expect(result.conflicting).toEqual(pending);
  });

  it('for any split of one run between server and queue, keeps exactly what the server lacks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 10_000 }), { minLength: 1, maxLength: 30 }),
        fc.nat(),
        fc.nat(),
        (times, acceptedCut, queueCut) => {
          const all = times.map(input);
          const accepted = acceptedCut % (all.length + 1);
          const queueFrom = Math.min(queueCut % (all.length + 1), accepted);
          const result = reconcile(
            queued(queueFrom + 1, all.slice(queueFrom)),
            stateWith(all.slice(0, accepted)),
          );
          expect(result.conflicting).toEqual([]);
          expect(result.pending).toEqual(queued(accepted + 1, all.slice(accepted)));
        },
      ),
    );
  });
});

describe('webStorageStore', () => {
  function fakeStorage() {
    const map = new Map<string, string>();
    return {
      map,
      getItem: (key: string) => map.get(key) ?? null,
      setItem: (key: string, value: string) => void map.set(key, value),
      removeItem: (key: string) => void map.delete(key),
    };
  }

  it('keeps the token and the queue, and forgets them on request', () => {
    const storage = fakeStorage();
    const store = webStorageStore(storage, 'live');
    const saved = { token: 't', pending: queued(1, [input(5)]) };
    store.save(saved);
    expect(webStorageStore(storage, 'live').load()).toEqual(saved);
    store.save(null);
    expect(store.load()).toBeNull();
    expect(storage.map.size).toBe(0);
  });

  it('reads damaged contents as nothing saved', () => {
    const storage = fakeStorage();
    for (const text of ['{', '42', '{"token":1,"pending":[]}', '{"token":"t"}']) {
      storage.setItem('live', text);
      expect(webStorageStore(storage, 'live').load()).toBeNull();
    }
  });
});

describe('withNewerParts', () => {
  it('keeps an acknowledged input a late answer from the server does not show yet', () => {
    const known = { ...stateWith([input(1), input(2)]), participantId: 'p' } as ParticipantState;
    const late = { ...stateWith([input(1)]), participantId: 'p' } as ParticipantState;
    (known as { room: unknown }).room = { revision: 2 };
    (late as { room: unknown }).room = { revision: 1 };
    const merged = withNewerParts(known, late);
    expect(merged.runs[0]!.log.inputs).toHaveLength(2);
    expect(merged.nextSeq).toBe(3);
    expect(merged.room.revision).toBe(2);
    const pending = queued(3, [input(3)]);
    expect(reconcile(pending, merged)).toEqual({ pending, conflicting: [] });
  });
});
