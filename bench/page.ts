/**
 * The page in a real browser: Debian's Chromium driven by Playwright against `vite preview`
 * of the production build, 1280×720, first visit (empty cache). Measured from outside with
 * `page-probe.js` because the app sets no performance marks: time to an interactive title,
 * bytes, choice-to-text latency, frame times while playing, and the heap after the 1st and
 * the last of N complete plays in one tab (CDP: collect garbage, then `Runtime.getHeapUsage`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import type { BenchModule } from './measure';
import type { BenchOptions } from './options';
import { takeHeapSummary, type HeapSummary } from './heap-snapshot';
import { pageRows, VIEWPORT, type PageRun, type ProbeFigures } from './page-rows';
import { withPreview } from './preview';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const MAX_STEPS_PER_PLAY = 200;
const TITLE_SAMPLE_MS = 1500;
const PROBE = readFileSync(join(import.meta.dirname, 'page-probe.js'), 'utf8');

interface ProbeState {
  screen: string | null;
  busy: string | null;
  nodeId: string | null;
  kind: string | null;
  choices: number;
  version: number;
}

interface Transfer {
  total: number;
  pending: Set<Promise<void>>;
}

function firstScenario(requested: string | undefined): { id: string; title: string } {
  const dir = join(import.meta.dirname, '..', 'scenarios');
  const file = requested ? `${requested}.json` : 'saturday-returns.json';
  const data = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { id: string; title: string };
  return { id: data.id, title: data.title };
}

const probeState = (page: Page) =>
  page.evaluate(() => (window as unknown as { __bench: { state(): ProbeState } }).__bench.state());

/** Waits (in the page, no polling) until the probe saw a change after `version`. */
const changedSince = (page: Page, version: number) =>
  page.evaluate(
    (since) =>
      (
        window as unknown as { __bench: { changedSince(v: number): Promise<ProbeState> } }
      ).__bench.changedSince(since),
    version,
  );

async function waitForScreen(page: Page, screen: string): Promise<ProbeState> {
  let state = await probeState(page);
  while (!(state.screen === screen && state.busy === 'false')) {
    state = await changedSince(page, state.version);
  }
  return state;
}

const setSampling = (page: Page, on: boolean) =>
  page.evaluate((value) => {
    (window as unknown as { __bench: { sampling: boolean } }).__bench.sampling = value;
  }, on);

/** From the end screen, briefing or title: starts a play and waits for its first node. */
async function startPlay(page: Page, title: string): Promise<void> {
  const state = await probeState(page);
  if (state.screen === 'title') {
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await waitForScreen(page, 'list');
  }
  if ((await probeState(page)).screen === 'list') {
    await page.getByRole('button', { name: `Play ${title}` }).click();
  } else if ((await probeState(page)).screen === 'end') {
    await page.getByRole('button', { name: 'Play again' }).click();
  }
  await waitForScreen(page, 'briefing');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await waitForScreen(page, 'play');
}

/** Longest wait for the picture to stop moving: transitions take under a second. */
const STILL_WAIT_MS = 2000;

const stageStill = (page: Page) =>
  page.evaluate(
    (maxMs) =>
      (
        window as unknown as { __bench: { stageStill(ms: number): Promise<boolean> } }
      ).__bench.stageStill(maxMs),
    STILL_WAIT_MS,
  );

/**
 * One complete play with the keyboard: number keys at decisions (varied per play), Enter
 * elsewhere, each pressed once the picture has finished its transition.
 */
/** How many waits for a still picture ended at `STILL_WAIT_MS` instead. */
const stillWaits = { total: 0, capped: 0 };

async function playToEnd(page: Page, play: number): Promise<number> {
  await setSampling(page, true);
  let state = await probeState(page);
  let steps = 0;
  while (state.screen === 'play' && steps < MAX_STEPS_PER_PLAY) {
    const key =
      state.kind === 'decision'
        ? String(1 + ((play + steps) % Math.max(1, state.choices)))
        : 'Enter';
    const before = state;
    await page.keyboard.press(key);
    state = await changedSince(page, before.version);
    while (state.screen === 'play' && state.nodeId === before.nodeId) {
      state = await changedSince(page, state.version);
    }
    // Watch the whole transition, as a player does, before the next input.
    stillWaits.total += 1;
    if (!(await stageStill(page))) stillWaits.capped += 1;
    state = await probeState(page);
    steps += 1;
  }
  await setSampling(page, false);
  await waitForScreen(page, 'end');
  return steps;
}

/**
 * Frame times on the idle title screen once the Phaser chunk has loaded in the background:
 * the machine's own baseline (DOM only), to read the play screen's frame times against.
 */
async function sampleTitleFrames(page: Page): Promise<number[]> {
  await page.waitForFunction(
    () =>
      performance
        .getEntriesByType('resource')
        .some((entry) => /\/phaser-[^/]*\.js$/.test(entry.name)),
    undefined,
    { timeout: 60_000 },
  );
  await page.evaluate(() => {
    (window as unknown as { __bench: ProbeFigures }).__bench.titleFrames = [];
  });
  await page.waitForTimeout(TITLE_SAMPLE_MS); // a sampling window, not a wait for state
  return page.evaluate(() => [
    ...(window as unknown as { __bench: ProbeFigures }).__bench.titleFrames,
  ]);
}

async function heapUsedBytes(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  return usage.usedSize;
}

/**
 * Bytes the network delivered (encoded, headers included) to the page and to its service
 * worker: the worker fetches the whole game for offline use, and the page then finds most
 * files in the HTTP cache. Responses the worker served from its cache cost no transfer.
 */
function watchTransfer(context: BrowserContext): Transfer {
  const transfer: Transfer = { total: 0, pending: new Set() };
  context.on('requestfinished', (request) => {
    const counted = (async () => {
      const response = await request.response();
      if (!response || response.fromServiceWorker()) return;
      const sizes = await request.sizes();
      transfer.total += sizes.responseBodySize + sizes.responseHeadersSize;
    })().catch(() => undefined);
    transfer.pending.add(counted);
    void counted.finally(() => transfer.pending.delete(counted));
  });
  return transfer;
}

/** The transfer so far, once the service worker has cached the game and every count is in. */
async function transferSoFar(page: Page, transfer: Transfer): Promise<number> {
  await page.evaluate(() =>
    Promise.race([
      navigator.serviceWorker?.ready,
      new Promise((resolve) => setTimeout(resolve, 10_000)),
    ]),
  );
  while (transfer.pending.size > 0) await Promise.all([...transfer.pending]);
  return transfer.total;
}

const PHASER_CHUNK = /\/phaser-[^/]*\.js$/;

/** What the page had done when its title became interactive. */
async function titleFigures(page: Page) {
  const figures = await page.evaluate(() => {
    const bench = (window as unknown as { __bench: ProbeFigures }).__bench;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    const navigation = (
      performance.getEntriesByType('navigation') as PerformanceNavigationTiming[]
    )[0];
    return {
      titleReadyAt: bench.titleReadyAt,
      resources: bench.resourcesAtTitle,
      fcp: fcp ? fcp.startTime : null,
      documentBytes: navigation?.transferSize ?? 0,
    };
  });
  return {
    titleMs: figures.titleReadyAt ?? Number.NaN,
    fcpMs: figures.fcp,
    phaserAtTitle: figures.resources.some((entry) => PHASER_CHUNK.test(entry.name)),
    bytesAtTitle: figures.resources.reduce(
      (sum, entry) => sum + entry.transferSize,
      figures.documentBytes,
    ),
  };
}

async function phaserDoneMs(page: Page): Promise<number | null> {
  const entries = await page.evaluate(() =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((entry) => ({
      name: entry.name,
      responseEnd: entry.responseEnd,
    })),
  );
  return entries.find((entry) => PHASER_CHUNK.test(entry.name))?.responseEnd ?? null;
}

/** Which of Phaser's renderers the stage chose (it records it on its host element). */
async function stageRenderer(page: Page): Promise<string> {
  const host = await page.waitForSelector('[data-renderer]', { state: 'attached' });
  const renderer = (await host.getAttribute('data-renderer')) ?? '';
  // A live handle keeps its element (and this play's screen) in the heap being measured.
  await host.dispose();
  return renderer;
}

/** N complete plays in one tab: steps per play, heap after each, bytes after the first. */
async function playRepeatedly(
  page: Page,
  cdp: CDPSession,
  transfer: Transfer,
  options: BenchOptions,
) {
  const scenario = firstScenario(options.scenario);
  const steps: number[] = [];
  const heapByPlay: number[] = [];
  const snapshots: HeapSummary[] = [];
  let bytesAfterFirstPlay = 0;
  let renderer = '';
  for (let play = 1; play <= options.plays; play += 1) {
    await startPlay(page, scenario.title);
    if (play === 1) renderer = await stageRenderer(page);
    steps.push(await playToEnd(page, play));
    heapByPlay.push(await heapUsedBytes(cdp));
    if (play === 1) bytesAfterFirstPlay = await transferSoFar(page, transfer);
    if (play === 1 || play === options.plays) snapshots.push(await takeHeapSummary(cdp));
  }
  return { steps, heapByPlay, bytesAfterFirstPlay, snapshots, renderer, stillWaits };
}

async function measurePage(url: string, options: BenchOptions): Promise<PageRun> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--mute-audio', '--autoplay-policy=no-user-gesture-required'],
  });
  try {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    await page.addInitScript({ content: PROBE });
    const cdp = await context.newCDPSession(page);
    const transfer = watchTransfer(context);
    await page.goto(options.renderer ? `${url}?renderer=${options.renderer}` : url);
    await waitForScreen(page, 'title');
    const titleFrames = await sampleTitleFrames(page);
    // Read after the sampling window: the probe stamped the title's own figures when it became
    // interactive, and the first paint can come a frame after that.
    const atTitle = await titleFigures(page);
    const plays = await playRepeatedly(page, cdp, transfer, options);
    const probe = await page.evaluate(
      () => (window as unknown as { __bench: ProbeFigures }).__bench,
    );
    return { ...atTitle, ...plays, phaserDoneMs: await phaserDoneMs(page), titleFrames, probe };
  } finally {
    await browser.close();
  }
}

export function pageBench(options: BenchOptions): BenchModule {
  return {
    name: 'page',
    run: () =>
      withPreview(options, async (url) => pageRows(await measurePage(url, options), options)),
  };
}
