import { describe, expect, it, vi } from 'vitest';
import { FallbackRunStore, openRunStore, type SavedRun } from '../../../src/services/run-store';
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

describe('run store', () => {
  it('falls back to memory when IndexedDB is missing, and says so once', async () => {
    const onFailure = vi.fn();
    const store = await openRunStore(onFailure); // node has no indexedDB
    expect(onFailure).toHaveBeenCalledTimes(1);
    expect(store.isDurable()).toBe(false);
    await store.saveCurrent(saved);
    expect(await store.loadCurrent()).toEqual(saved);
    await store.addFinished({ scenarioId: 'refund', log, finishedAt: 'x' });
    await store.addFinished({ scenarioId: 'other', log, finishedAt: 'y' });
    expect((await store.finishedRuns('refund')).map((run) => run.finishedAt)).toEqual(['x']);
    await store.clearCurrent();
    expect(await store.loadCurrent()).toBeNull();
    expect(onFailure).toHaveBeenCalledTimes(1);
  });

  it('keeps the game going when a write to the database fails (quota)', async () => {
    const onFailure = vi.fn();
    const failingDb = {
      put: () => Promise.reject(new DOMException('full', 'QuotaExceededError')),
      get: () => Promise.reject(new Error('unreachable')),
    };
    const store = new FallbackRunStore(failingDb as never, onFailure);
    expect(store.isDurable()).toBe(true);
    await expect(store.saveCurrent(saved)).resolves.toBeUndefined();
    expect(onFailure).toHaveBeenCalledTimes(1);
    expect(store.isDurable()).toBe(false);
    // The save that failed is still there for this visit.
    expect(await store.loadCurrent()).toEqual(saved);
    await store.saveCurrent({ ...saved, elapsedMs: 2000 });
    expect((await store.loadCurrent())?.elapsedMs).toBe(2000);
    expect(onFailure).toHaveBeenCalledTimes(1);
  });
});
