import { describe, expect, it, vi } from 'vitest';
import {
  FallbackRunStore,
  MemoryRunStore,
  slotKey,
  type SavedRun,
} from '../../../src/services/run-store';
import { openRunStore } from '../../../src/services/run-store-db';
import type { SessionLog } from '../../../src/engine/session/types';

const log: SessionLog = {
  format: 'leadership-sim-session',
  version: 1,
  scenarioId: 'refund',
  scenarioHash: 'abc',
  seed: 7,
  startedAt: '2026-01-01T00:00:00.000Z',
  timePressure: 'normal',
  inputs: [{ type: 'continue', at: 1200 }],
};
const saved: SavedRun = {
  scenarioId: 'refund',
  log,
  elapsedMs: 1500,
  savedAt: '2026-01-01T00:00:02.000Z',
};
const mine = { owner: 'tab-a', claim: true };

describe('run store', () => {
  it('falls back to memory when IndexedDB is missing, and says so once', async () => {
    const onFailure = vi.fn();
    const store = await openRunStore(onFailure); // node has no indexedDB
    expect(onFailure).toHaveBeenCalledTimes(1);
    expect(onFailure).toHaveBeenCalledWith('unavailable');
    expect(store.isDurable()).toBe(false);
    await store.saveUnfinished(saved, mine);
    expect(await store.unfinishedRuns()).toEqual([{ ...saved, owner: 'tab-a' }]);
    await store.addFinished({ scenarioId: 'refund', log, finishedAt: 'x' });
    await store.addFinished({ scenarioId: 'other', log, finishedAt: 'y' });
    expect((await store.finishedRuns('refund')).map((run) => run.finishedAt)).toEqual(['x']);
    await store.clearUnfinished(slotKey(saved));
    expect(await store.unfinishedRuns()).toEqual([]);
    expect(onFailure).toHaveBeenCalledTimes(1);
  });

  it('keeps the game going when a write fails because storage is full, and says so', async () => {
    const onFailure = vi.fn();
    const failingDb = {
      transaction: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      getAll: () => Promise.reject(new Error('unreachable')),
    };
    const store = new FallbackRunStore(failingDb as never, onFailure);
    expect(store.isDurable()).toBe(true);
    await expect(store.saveUnfinished(saved, mine)).resolves.toBe('saved');
    expect(onFailure).toHaveBeenCalledWith('full');
    expect(store.isDurable()).toBe(false);
    // The save that failed is still there for this visit.
    expect(await store.unfinishedRuns()).toEqual([{ ...saved, owner: 'tab-a' }]);
    await store.saveUnfinished({ ...saved, elapsedMs: 2000 }, { ...mine, claim: false });
    expect((await store.unfinishedRuns())[0]?.elapsedMs).toBe(2000);
    expect(onFailure).toHaveBeenCalledTimes(1);
  });

  it('keeps one unfinished run per scenario and per track, newest first', async () => {
    const store = new MemoryRunStore();
    const track = { id: 't', title: 'T', summary: 'S', scenarios: ['refund', 'other'] };
    await store.saveUnfinished(saved, mine);
    await store.saveUnfinished(
      { ...saved, scenarioId: 'other', savedAt: '2026-01-01T00:00:05.000Z' },
      mine,
    );
    await store.saveUnfinished(
      { ...saved, savedAt: '2026-01-01T00:00:09.000Z', track: { track, index: 0, finished: [] } },
      mine,
    );
    // The same scenario again replaces its own slot, and nothing else.
    await store.saveUnfinished({ ...saved, elapsedMs: 3000 }, mine);
    const kept = await store.unfinishedRuns();
    expect(kept.map(slotKey)).toEqual(['track:t', 'scenario:other', 'scenario:refund']);
    expect(kept.find((run) => slotKey(run) === 'scenario:refund')?.elapsedMs).toBe(3000);
  });
});
