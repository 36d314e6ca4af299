/**
 * Which tab plays a run, on a small model of the Web Locks API (Node has none): one holder per
 * name, `ifAvailable` answers at once, `steal` takes the lock and rejects the holder's request.
 */
import { describe, expect, it, vi } from 'vitest';
import { webLockClaims } from '../../../src/services/run-claims';

type Callback = (lock: unknown) => Promise<unknown> | unknown;
interface Holder {
  abort: (error: Error) => void;
}

/** The browser's lock manager, shared by every tab of one profile. */
function lockManager() {
  const held = new Map<string, Holder>();
  const waiting = new Map<string, Array<() => void>>();
  const grant = (name: string, callback: Callback): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const holder: Holder = { abort: reject };
      held.set(name, holder);
      Promise.resolve(callback({ name })).then((value) => {
        if (held.get(name) !== holder) return;
        held.delete(name);
        waiting.get(name)?.shift()?.();
        resolve(value);
      }, reject);
    });
  return {
    request(name: string, options: { ifAvailable?: boolean; steal?: boolean }, cb: Callback) {
      const holder = held.get(name);
      if (options.steal && holder) {
        holder.abort(new DOMException('stolen', 'AbortError'));
        held.delete(name);
      } else if (holder && options.ifAvailable) {
        return Promise.resolve(cb(null));
      } else if (holder) {
        return new Promise((resolve, reject) => {
          const queue = waiting.get(name) ?? [];
          queue.push(() => grant(name, cb).then(resolve, reject));
          waiting.set(name, queue);
        });
      }
      return grant(name, cb);
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('run claims on Web Locks', () => {
  it('a run held by one tab is seen as held by another, and free once released', async () => {
    const locks = lockManager();
    const tabA = webLockClaims(locks);
    const tabB = webLockClaims(locks);
    expect(await tabB.heldElsewhere('scenario:a')).toBe(false);
    const release = tabA.hold('scenario:a', false, vi.fn());
    await settle();
    expect(await tabB.heldElsewhere('scenario:a')).toBe(true);
    expect(await tabB.heldElsewhere('scenario:b')).toBe(false);
    release();
    await settle();
    expect(await tabB.heldElsewhere('scenario:a')).toBe(false);
  });

  it('taking over tells the tab that held it, and only that tab', async () => {
    const locks = lockManager();
    const lostA = vi.fn();
    const lostB = vi.fn();
    webLockClaims(locks).hold('track:t', false, lostA);
    await settle();
    const releaseB = webLockClaims(locks).hold('track:t', true, lostB);
    await settle();
    expect(lostA).toHaveBeenCalledTimes(1);
    expect(lostB).not.toHaveBeenCalled();
    releaseB();
    await settle();
    expect(lostB).not.toHaveBeenCalled();
  });
});
