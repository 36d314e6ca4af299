/**
 * The run store on a real IndexedDB implementation (fake-indexeddb): what a reload finds, the
 * move of an older version's single saved run, and two tabs (two store instances on one
 * database) that never overwrite each other silently.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DB_NAME, openRunStore } from '../../../src/services/run-store-db';
import { slotKey, type SavedRun } from '../../../src/services/run-store';
import type { SessionLog } from '../../../src/engine/session/types';
import type { Track } from '../../../src/engine/scenario/schema';

const logOf = (scenarioId: string, inputs: number): SessionLog => ({
  format: 'leadership-sim-session',
  version: 1,
  scenarioId,
  scenarioHash: 'abc',
  seed: 7,
  startedAt: '2026-01-01T00:00:00.000Z',
  timePressure: 'normal',
  inputs: Array.from({ length: inputs }, (_, i) => ({ type: 'continue' as const, at: i * 1000 })),
});
const track: Track = { id: 'pair', title: 'Pair', summary: 'Two.', scenarios: ['a', 'b'] };

beforeEach(() => {
  // A fresh, empty browser profile for every test.
  globalThis.indexedDB = new IDBFactory();
});

describe('the run store in IndexedDB', () => {
  it('finds a track part with its progress again after a reload (a new store instance)', async () => {
    const first = await openRunStore(vi.fn());
    const part: SavedRun = {
      scenarioId: 'b',
      log: logOf('b', 2),
      elapsedMs: 4000,
      savedAt: '2026-01-01T00:01:00.000Z',
      track: { track, index: 1, finished: [{ scenarioId: 'a', log: logOf('a', 5) }] },
    };
    expect(await first.saveUnfinished(part, { owner: 'tab-1', claim: true })).toBe('saved');
    const reloaded = await openRunStore(vi.fn());
    expect(reloaded.isDurable()).toBe(true);
    const [found] = await reloaded.unfinishedRuns();
    expect(found).toEqual({ ...part, owner: 'tab-1' });
    expect(slotKey(found!)).toBe('track:pair');
  });

  it('keeps several unfinished runs and finished tracks side by side', async () => {
    const store = await openRunStore(vi.fn());
    const by = { owner: 'tab-1', claim: true };
    for (const [id, at] of [
      ['a', '01'],
      ['b', '02'],
      ['c', '03'],
    ] as const) {
      await store.saveUnfinished(
        { scenarioId: id, log: logOf(id, 1), elapsedMs: 0, savedAt: `2026-01-01T00:00:${at}Z` },
        by,
      );
    }
    await store.clearUnfinished('scenario:b');
    expect((await store.unfinishedRuns()).map((run) => run.scenarioId)).toEqual(['c', 'a']);
    const parts = [
      { scenarioId: 'a', log: logOf('a', 3) },
      { scenarioId: 'b', log: logOf('b', 4) },
    ];
    await store.addFinishedTrack({ track, parts, finishedAt: '2026-01-02T00:00:00Z' });
    expect(await (await openRunStore(vi.fn())).allFinishedTracks()).toEqual([
      { track, parts, finishedAt: '2026-01-02T00:00:00Z' },
    ]);
  });

  it('moves the single run saved by the version before into its scenario slot', async () => {
    const old: SavedRun = {
      scenarioId: 'refund',
      log: logOf('refund', 3),
      elapsedMs: 2500,
      savedAt: '2025-12-01T00:00:00.000Z',
    };
    const v1 = await openDB(DB_NAME, 1, {
      upgrade(db) {
        db.createObjectStore('current');
        const finished = db.createObjectStore('finished', { autoIncrement: true });
        finished.createIndex('byScenario', 'scenarioId');
      },
    });
    await v1.put('current', old, 'current');
    await v1.add('finished', { scenarioId: 'refund', log: logOf('refund', 6), finishedAt: 'x' });
    v1.close();

    const store = await openRunStore(vi.fn());
    expect(await store.unfinishedRuns()).toEqual([old]);
    expect(slotKey(old)).toBe('scenario:refund');
    expect(await store.finishedRuns('refund')).toHaveLength(1);
    const v2 = await openDB(DB_NAME);
    expect([...v2.objectStoreNames].sort()).toEqual(['finished', 'finishedTracks', 'unfinished']);
    v2.close();
  });

  it('says so when a tab of the older version blocks the upgrade, and plays on in memory', async () => {
    const v1 = await openDB(DB_NAME, 1, { upgrade: (db) => void db.createObjectStore('current') });
    const onFailure = vi.fn();
    const store = await openRunStore(onFailure);
    expect(onFailure).toHaveBeenCalledWith('blockedByOldTab');
    expect(store.isDurable()).toBe(false);
    v1.close();
  });

  it('a tab whose run another tab took over is refused, and the other tab’s save stands', async () => {
    const tabA = await openRunStore(vi.fn());
    const tabB = await openRunStore(vi.fn());
    const run = (inputs: number): SavedRun => ({
      scenarioId: 'refund',
      log: logOf('refund', inputs),
      elapsedMs: inputs * 1000,
      savedAt: '2026-01-01T00:00:00.000Z',
    });
    expect(await tabA.saveUnfinished(run(1), { owner: 'A', claim: true })).toBe('saved');
    expect(await tabA.saveUnfinished(run(2), { owner: 'A', claim: false })).toBe('saved');
    // Tab B resumes the same run and takes it over.
    expect(await tabB.saveUnfinished(run(2), { owner: 'B', claim: true })).toBe('saved');
    expect(await tabB.saveUnfinished(run(3), { owner: 'B', claim: false })).toBe('saved');
    // Tab A, still open on its older state, is told its run was taken, and writes nothing.
    expect(await tabA.saveUnfinished(run(9), { owner: 'A', claim: false })).toBe('taken');
    const [kept] = await tabB.unfinishedRuns();
    expect(kept?.owner).toBe('B');
    expect(kept?.log?.inputs).toHaveLength(3);
  });
});
