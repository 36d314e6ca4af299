/**
 * Which tab is playing an unfinished run now, with the Web Locks API: a tab holds the run's
 * lock while it plays it, the browser lets it go when the tab closes or crashes, and another tab
 * can ask whether it is held and take it (`steal`), which tells the holder. Without Web Locks
 * nothing is known to be held; the run store's owner check still stops the older tab's saves.
 */

export interface RunClaims {
  /** True when another tab of this browser is playing the run kept in this slot right now. */
  heldElsewhere(key: string): Promise<boolean>;
  /**
   * Holds the slot while this tab plays it, taking it from another tab when `takeOver`.
   * `onLost` runs when another tab takes it. Returns the release.
   */
  hold(key: string, takeOver: boolean, onLost: () => void): () => void;
}

interface LockLike {
  request(
    name: string,
    options: { ifAvailable?: boolean; steal?: boolean },
    callback: (lock: unknown) => Promise<unknown> | unknown,
  ): Promise<unknown>;
}

const lockName = (key: string) => `leadership-sim:run:${key}`;

export function webLockClaims(locks: LockLike): RunClaims {
  return {
    async heldElsewhere(key) {
      // ifAvailable answers at once: null when someone holds it (then it is released at once).
      const free = await locks.request(lockName(key), { ifAvailable: true }, (lock) => !!lock);
      return free !== true;
    },
    hold(key, takeOver, onLost) {
      let release: () => void = () => undefined;
      let released = false;
      const held = new Promise<void>((resolve) => {
        release = () => {
          released = true;
          resolve();
        };
      });
      locks
        .request(lockName(key), takeOver ? { steal: true } : {}, () => held)
        .catch(() => {
          // The request is rejected (AbortError) when another tab steals the lock.
          if (!released) onLost();
        });
      return () => release();
    },
  };
}

/** Browsers without Web Locks (and Node): nothing is known to be held elsewhere. */
export const noClaims: RunClaims = {
  heldElsewhere: async () => false,
  hold: () => () => undefined,
};

export function browserClaims(): RunClaims {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  return locks ? webLockClaims(locks as unknown as LockLike) : noClaims;
}
