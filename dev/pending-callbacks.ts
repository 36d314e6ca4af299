/**
 * Dev-only: counts animation frames and timeouts that are scheduled but have neither run nor
 * been cancelled, so the stress run can show that destroyed stages (and a sleeping loop)
 * leave nothing behind. Wraps the window's functions; Phaser looks them up at each call.
 */
export interface PendingCallbacks {
  frames(): number;
  timeouts(): number;
}

export function watchPendingCallbacks(win: Window & typeof globalThis): PendingCallbacks {
  const frames = new Set<number>();
  const timeouts = new Set<number>();
  const requestFrame = win.requestAnimationFrame.bind(win);
  const cancelFrame = win.cancelAnimationFrame.bind(win);
  const setTimer = win.setTimeout.bind(win);
  const clearTimer = win.clearTimeout.bind(win);

  win.requestAnimationFrame = (callback) => {
    const id = requestFrame((time) => {
      frames.delete(id);
      callback(time);
    });
    frames.add(id);
    return id;
  };
  win.cancelAnimationFrame = (id) => {
    frames.delete(id);
    cancelFrame(id);
  };
  win.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
    const id = setTimer(() => {
      timeouts.delete(id);
      if (typeof handler === 'function') handler(...args);
    }, delay);
    timeouts.add(id);
    return id;
  }) as typeof win.setTimeout;
  win.clearTimeout = ((id?: number) => {
    if (id !== undefined) timeouts.delete(id);
    clearTimer(id);
  }) as typeof win.clearTimeout;
  return { frames: () => frames.size, timeouts: () => timeouts.size };
}
