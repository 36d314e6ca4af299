import { afterEach, describe, expect, it } from 'vitest';
import {
  facilitatorHash,
  parseFacilitatorRoute,
  wantsFacilitator,
  type FacilitatorRoute,
} from '../../../src/facilitator/route';
import { describeStorageError, openWorkshopStore } from '../../../src/facilitator/store';

describe('facilitator addresses', () => {
  const routes: FacilitatorRoute[] = [
    { kind: 'home' },
    { kind: 'workshop', id: 'workshop-0a1b', tab: 'sessions' },
    { kind: 'workshop', id: 'workshop-0a1b', tab: 'dashboard' },
    { kind: 'workshop', id: 'a b/c', tab: 'compare' },
    { kind: 'room', scenarioId: 'late-shipment' },
  ];

  it('round-trip through the address bar', () => {
    for (const route of routes)
      expect(parseFacilitatorRoute(facilitatorHash(route))).toEqual(route);
    expect(facilitatorHash(routes[2]!)).toBe('#facilitator/workshop/workshop-0a1b/dashboard');
  });

  it('read anything odd under #facilitator as its home, and nothing else as theirs', () => {
    expect(parseFacilitatorRoute('#facilitator/nonsense')).toEqual({ kind: 'home' });
    expect(parseFacilitatorRoute('#facilitator/workshop/w1/bogus')).toEqual({
      kind: 'workshop',
      id: 'w1',
      tab: 'sessions',
    });
    expect(parseFacilitatorRoute('#facilitator/workshop/%E0%A4%A')).toEqual({ kind: 'home' });
    expect(wantsFacilitator('#facilitator')).toBe(true);
    expect(wantsFacilitator('#facilitator/room/x')).toBe(true);
    expect(wantsFacilitator('#facilitators')).toBe(false);
    expect(wantsFacilitator('#list')).toBe(false);
  });
});

describe('opening the workshop store', () => {
  const original = Object.getOwnPropertyDescriptor(globalThis, 'indexedDB');
  afterEach(() => {
    if (original) Object.defineProperty(globalThis, 'indexedDB', original);
    else delete (globalThis as { indexedDB?: unknown }).indexedDB;
  });

  it('falls back to memory, with the reason, where there is no IndexedDB', async () => {
    const opened = await openWorkshopStore('test');
    expect(opened.mode).toBe('memory');
    expect(opened.problem).toBe('this browser offers no storage for web pages');
  });

  it('falls back to memory where reading IndexedDB throws, and never throws itself', async () => {
    Object.defineProperty(globalThis, 'indexedDB', {
      configurable: true,
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    const opened = await openWorkshopStore('test');
    expect(opened).toMatchObject({
      mode: 'memory',
      problem:
        'the browser does not allow this site to store anything (a private window or a privacy setting)',
    });
    await opened.store.put({ id: 'w', name: 'W', createdAt: '', sessions: [], nextParticipant: 1 });
    expect(await opened.store.list()).toHaveLength(1);
  });

  it('falls back to memory where opening the database throws', async () => {
    Object.defineProperty(globalThis, 'indexedDB', {
      configurable: true,
      value: {
        open: () => {
          throw new DOMException('Internal error opening backing store.', 'UnknownError');
        },
      },
    });
    const opened = await openWorkshopStore('test');
    expect(opened.mode).toBe('memory');
    expect(opened.problem).toContain('Internal error opening backing store.');
  });

  it('says storage errors in words', () => {
    expect(describeStorageError(new DOMException('x', 'QuotaExceededError'))).toBe(
      'the browser’s storage for this site is full',
    );
    expect(describeStorageError('odd')).toBe('the browser’s storage reported a problem (odd)');
  });
});
