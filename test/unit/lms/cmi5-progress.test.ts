/**
 * The cmi5 State document: writes never overlap, a save made while one is out is written once
 * more with the newest content when it returns, and a write the LRS does not take stays owed
 * (said once) until the next save.
 */
import { describe, expect, it } from 'vitest';
import { ProgressStore, type ProgressDocument } from '../../../src/lms/cmi5/progress';
import type { Cmi5Session } from '../../../src/lms/cmi5/session';
import { createProblemReporter } from '../../../src/lms/problems';
import { RESUME_STATE_ID } from '../../../src/lms/vocabulary';

interface StateRequest {
  agent: unknown;
  activityId: string;
  registration: string;
  stateId: string;
  state?: ProgressDocument;
}

/** An LRS whose State API answers only when the test says so. */
function fakeLrs() {
  const requests: StateRequest[] = [];
  const pending: Array<{ resolve: () => void; reject: (error: Error) => void }> = [];
  const setState = (request: StateRequest) => {
    requests.push(request);
    return new Promise<void>((resolve, reject) => pending.push({ resolve, reject }));
  };
  const session = {
    cmi5: { xapi: { setState } },
    params: { actor: { name: 'Ada' }, activityId: 'urn:au', registration: 'reg-1' },
  } as unknown as Cmi5Session;
  const settle = async (outcome: 'accept' | 'refuse') => {
    const next = pending.shift()!;
    if (outcome === 'accept') next.resolve();
    else next.reject(new Error('offline'));
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { session, requests, settle };
}

function storeOn(lrs: ReturnType<typeof fakeLrs>) {
  const problems = createProblemReporter();
  const told: string[] = [];
  problems.onProblem((message) => told.push(message));
  return { store: new ProgressStore(lrs.session, problems), told };
}

describe('cmi5 ProgressStore', () => {
  it('writes one at a time, and the newest content once more after a write that was out', async () => {
    const lrs = fakeLrs();
    const { store } = storeOn(lrs);
    store.keep('first');
    store.save();
    store.keep('second');
    store.save();
    store.keep('third');
    store.save();
    expect(lrs.requests.map((request) => request.state?.resume)).toEqual(['first']);
    await lrs.settle('accept');
    expect(lrs.requests.map((request) => request.state?.resume)).toEqual(['first', 'third']);
    await lrs.settle('accept');
    expect(lrs.requests).toHaveLength(2);
    expect(store.dirty).toBe(false);
    expect(lrs.requests[0]).toMatchObject({
      agent: { name: 'Ada' },
      activityId: 'urn:au',
      registration: 'reg-1',
      stateId: RESUME_STATE_ID,
    });
  });

  it('a write the LRS does not take stays owed, is said once, and goes with the next save', async () => {
    const lrs = fakeLrs();
    const { store, told } = storeOn(lrs);
    store.keep('kept');
    store.save();
    await lrs.settle('refuse');
    expect(store.dirty).toBe(true);
    expect(store.document()).toEqual({
      resume: 'kept',
      reported: { completed: false, passed: false, failed: false },
    });
    store.save();
    await lrs.settle('refuse');
    expect(told).toEqual([expect.stringMatching(/cannot be reached right now/)]);
    store.save();
    await lrs.settle('accept');
    expect(store.dirty).toBe(false);
    expect(lrs.requests).toHaveLength(3);
  });

  it('takes over what an earlier session kept, and only text as resume text', () => {
    const { store } = storeOn(fakeLrs());
    expect(store.adopt({ resume: 'saved', reported: { completed: true } })).toBe('saved');
    expect(store.document()).toEqual({
      resume: 'saved',
      reported: { completed: true, passed: false, failed: false },
    });
    expect(store.adopt({ resume: 42 } as unknown as ProgressDocument)).toBe('');
    expect(store.reported.completed).toBe(true);
  });
});
