// Injected into the page before any of its scripts (Playwright `addInitScript`) by
// bench/page.ts. The app has no performance marks, so this watches it from outside: a
// MutationObserver for the title becoming interactive and for each new node on the play
// screen, key and click timestamps for the input that led there, and a requestAnimationFrame
// loop for frame times while playing. Plain JavaScript on purpose: it is sent as text.
(() => {
  const MAX_FRAMES = 200000;
  const bench = {
    titleReadyAt: null,
    resourcesAtTitle: [],
    /** ms from an input (key or click) to the DOM showing the next node, and to the next frame. */
    toDom: [],
    toFrame: [],
    /** ms from the input's first listener running to the DOM change: the app's own work. */
    handlerToDom: [],
    frames: [],
    /** Frame times on the title screen (DOM only, no Phaser): the machine's baseline. */
    titleFrames: [],
    sampling: false,
    version: 0,
    waiters: [],
    state() {
      const main = document.getElementById('app');
      const panel = main ? main.querySelector('[data-node-id]') : null;
      return {
        screen: main ? main.getAttribute('data-screen') : null,
        busy: main ? main.getAttribute('aria-busy') : null,
        nodeId: panel ? panel.getAttribute('data-node-id') : null,
        kind: panel ? panel.getAttribute('data-node-kind') : null,
        choices: panel ? panel.querySelectorAll('button[data-choice-id]').length : 0,
        version: bench.version,
      };
    },
    /**
     * Resolves once the stage's game loop sleeps (its transition has finished), or after
     * `maxMs` (a countdown keeps it drawing), or at once when there is no stage yet.
     */
    stageStill(maxMs) {
      return new Promise((resolve) => {
        const host = () => document.querySelector('[data-loop]');
        if (!host() || host().getAttribute('data-loop') !== 'awake') return resolve(true);
        const done = (still) => {
          loopObserver.disconnect();
          clearTimeout(timer);
          resolve(still);
        };
        const loopObserver = new MutationObserver(() => {
          if (!host() || host().getAttribute('data-loop') !== 'awake') done(true);
        });
        loopObserver.observe(document.documentElement, {
          subtree: true,
          childList: true,
          attributes: true,
          attributeFilter: ['data-loop'],
        });
        const timer = setTimeout(() => done(false), maxMs);
      });
    },
    /** Resolves with the state once anything watched changed after `version`. */
    changedSince(version) {
      if (bench.version > version) return Promise.resolve(bench.state());
      return new Promise((resolve) => bench.waiters.push({ version, resolve }));
    },
  };
  window.__bench = bench;

  let pendingInputAt = null;
  let pendingHandlerAt = null;
  let lastSeen = '';
  const noteInput = (event) => {
    if (!bench.sampling) return;
    pendingInputAt = event.timeStamp;
    pendingHandlerAt = performance.now();
  };
  window.addEventListener('keydown', noteInput, true);
  window.addEventListener('click', noteInput, true);

  function noteTitle(main) {
    if (bench.titleReadyAt !== null) return;
    if (main.getAttribute('data-screen') !== 'title' || main.getAttribute('aria-busy') !== 'false')
      return;
    bench.titleReadyAt = performance.now();
    bench.resourcesAtTitle = performance
      .getEntriesByType('resource')
      .map((entry) => ({ name: entry.name, transferSize: entry.transferSize }));
  }

  function noteNode(state) {
    if (pendingInputAt === null || state.screen !== 'play' || state.nodeId === null) return;
    const inputAt = pendingInputAt;
    pendingInputAt = null;
    bench.toDom.push(performance.now() - inputAt);
    bench.handlerToDom.push(performance.now() - pendingHandlerAt);
    requestAnimationFrame(() => bench.toFrame.push(performance.now() - inputAt));
  }

  const observer = new MutationObserver(() => {
    const main = document.getElementById('app');
    if (!main) return;
    noteTitle(main);
    const state = bench.state();
    const seen = `${state.screen}|${state.busy}|${state.nodeId}`;
    if (seen === lastSeen) return;
    if (state.nodeId !== null && !lastSeen.endsWith(`|${state.nodeId}`)) noteNode(state);
    lastSeen = seen;
    bench.version += 1;
    const ready = bench.waiters.filter((waiter) => bench.version > waiter.version);
    bench.waiters = bench.waiters.filter((waiter) => bench.version <= waiter.version);
    for (const waiter of ready) waiter.resolve(bench.state());
  });
  const watch = () =>
    observer.observe(document.documentElement, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-screen', 'aria-busy', 'data-node-id'],
    });
  if (document.documentElement) watch();
  else document.addEventListener('readystatechange', watch, { once: true });

  let previousFrame = null;
  const onFrame = (now) => {
    const main = document.getElementById('app');
    const screen = main === null ? null : main.getAttribute('data-screen');
    const playing = bench.sampling && screen === 'play';
    const frames = playing ? bench.frames : screen === 'title' ? bench.titleFrames : null;
    if (frames !== null && previousFrame !== null && frames.length < MAX_FRAMES)
      frames.push(now - previousFrame);
    previousFrame = frames === null ? null : now;
    requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);
})();
