/**
 * The page in a real browser: Debian's Chromium driven by Playwright against `vite preview`
 * of the production build, 1280×720, first visit (empty cache). Measured from outside with
 * `page-probe.js` because the app sets no performance marks: time to an interactive title,
 * bytes, choice-to-text latency, frame times while playing, and the heap after the 1st and
 * the last of N complete plays in one tab (CDP: collect garbage, then `Runtime.getHeapUsage`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { percentile, round, type BenchModule, type BenchRow } from './measure';
import type { BenchOptions } from './options';
import { withPreview } from './preview';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const VIEWPORT = { width: 1280, height: 720 };
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

interface ProbeFigures {
  titleReadyAt: number | null;
  resourcesAtTitle: Array<{ name: string; transferSize: number }>;
  toDom: number[];
  toFrame: number[];
  handlerToDom: number[];
  frames: number[];
  titleFrames: number[];
}

interface Transfer {
  total: number;
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

/** One complete play with the keyboard: number keys at decisions (varied per play), Enter elsewhere. */
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
    () => performance.getEntriesByType('resource').some((entry) => /\/phaser-[^/]*\.js$/.test(entry.name)),
    undefined,
    { timeout: 60_000 },
  );
  await page.evaluate(() => {
    (window as unknown as { __bench: ProbeFigures }).__bench.titleFrames = [];
  });
  await page.waitForTimeout(TITLE_SAMPLE_MS); // a sampling window, not a wait for state
  return page.evaluate(() => [...(window as unknown as { __bench: ProbeFigures }).__bench.titleFrames]);
}

async function heapUsedBytes(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  return usage.usedSize;
}

/** Encoded bytes as the network delivered them (CDP), headers included. */
async function watchTransfer(cdp: CDPSession): Promise<Transfer> {
  const transfer: Transfer = { total: 0 };
  await cdp.send('Network.enable');
  cdp.on('Network.loadingFinished', (event) => {
    transfer.total += event.encodedDataLength;
  });
  return transfer;
}

interface PageRun {
  titleMs: number;
  fcpMs: number | null;
  phaserAtTitle: boolean;
  phaserDoneMs: number | null;
  bytesAtTitle: number;
  bytesAfterFirstPlay: number;
  /** Heap after GC at the end screen of each play. */
  heapByPlay: number[];
  steps: number[];
  titleFrames: number[];
  probe: ProbeFigures;
}

const PHASER_CHUNK = /\/phaser-[^/]*\.js$/;

/** What the page had done when its title became interactive. */
async function titleFigures(page: Page) {
  const figures = await page.evaluate(() => {
    const bench = (window as unknown as { __bench: ProbeFigures }).__bench;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    const navigation = (performance.getEntriesByType('navigation') as PerformanceNavigationTiming[])[0];
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
    bytesAtTitle: figures.resources.reduce((sum, entry) => sum + entry.transferSize, figures.documentBytes),
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

/** N complete plays in one tab: steps per play, heap after each, bytes after the first. */
async function playRepeatedly(page: Page, cdp: CDPSession, transfer: Transfer, options: BenchOptions) {
  const scenario = firstScenario(options.scenario);
  const steps: number[] = [];
  const heapByPlay: number[] = [];
  let bytesAfterFirstPlay = 0;
  for (let play = 1; play <= options.plays; play += 1) {
    await startPlay(page, scenario.title);
    steps.push(await playToEnd(page, play));
    heapByPlay.push(await heapUsedBytes(cdp));
    if (play === 1) bytesAfterFirstPlay = transfer.total;
  }
  return { steps, heapByPlay, bytesAfterFirstPlay };
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
    const transfer = await watchTransfer(cdp);
    await page.goto(url);
    await waitForScreen(page, 'title');
    const atTitle = await titleFigures(page);
    const titleFrames = await sampleTitleFrames(page);
    const plays = await playRepeatedly(page, cdp, transfer, options);
    const probe = await page.evaluate(() => (window as unknown as { __bench: ProbeFigures }).__bench);
    return { ...atTitle, ...plays, phaserDoneMs: await phaserDoneMs(page), titleFrames, probe };
  } finally {
    await browser.close();
  }
}

function pageRows(run: PageRun, options: BenchOptions): BenchRow[] {
  const kb = (bytes: number) => round(bytes / 1000, 1);
  const ms = (value: number | null | undefined) => round(value ?? Number.NaN, 1);
  const inputs = `${run.probe.toFrame.length} inputs over ${options.plays} plays`;
  const heapFirst = run.heapByPlay[0] ?? Number.NaN;
  const heapLast = run.heapByPlay.at(-1) ?? Number.NaN;
  const growth = ((heapLast - heapFirst) / heapFirst) * 100;
  const secondHalf = run.heapByPlay.slice(Math.floor(run.heapByPlay.length / 2));
  const perPlay =
    ((secondHalf.at(-1) ?? Number.NaN) - (secondHalf[0] ?? Number.NaN)) / Math.max(1, secondHalf.length - 1);
  return [
    {
      metric: 'title interactive',
      value: ms(run.titleMs),
      unit: 'ms',
      detail: 'navigation start → data-screen=title, aria-busy=false',
    },
    { metric: 'first contentful paint', value: ms(run.fcpMs), unit: 'ms', detail: 'paint timing' },
    {
      metric: 'Phaser loaded before title',
      value: run.phaserAtTitle ? 1 : 0,
      unit: run.phaserAtTitle ? 'yes' : 'no',
      detail: 'phaser chunk among resources finished at title time',
    },
    {
      metric: 'Phaser chunk done',
      value: ms(run.phaserDoneMs),
      unit: 'ms',
      detail: 'responseEnd of the phaser chunk (loaded after the title)',
    },
    {
      metric: 'transfer at title',
      value: kb(run.bytesAtTitle),
      unit: 'KB',
      detail: 'document + resources finished when the title became interactive',
    },
    {
      metric: 'transfer after 1st play',
      value: kb(run.bytesAfterFirstPlay),
      unit: 'KB',
      detail: 'CDP encoded bytes incl. headers, gzip from vite preview',
    },
    {
      metric: 'choice → text in DOM p50',
      value: ms(percentile(run.probe.toDom, 50)),
      unit: 'ms',
      detail: inputs,
    },
    {
      metric: 'choice → text in DOM p95',
      value: ms(percentile(run.probe.toDom, 95)),
      unit: 'ms',
      detail: 'key event timeStamp → MutationObserver',
    },
    {
      metric: 'choice handling p95',
      value: ms(percentile(run.probe.handlerToDom, 95)),
      unit: 'ms',
      detail: 'first keydown listener → DOM change: the app and engine work alone',
    },
    {
      metric: 'choice → next frame p50',
      value: ms(percentile(run.probe.toFrame, 50)),
      unit: 'ms',
      detail: 'to the requestAnimationFrame that paints it',
    },
    {
      metric: 'choice → next frame p95',
      value: ms(percentile(run.probe.toFrame, 95)),
      unit: 'ms',
      detail: 'target < 50 ms',
    },
    {
      metric: 'frame time p50 playing',
      value: ms(percentile(run.probe.frames, 50)),
      unit: 'ms',
      detail: `${run.probe.frames.length} frames, ${VIEWPORT.width}×${VIEWPORT.height}, software WebGL`,
    },
    {
      metric: 'frame time p95 on title',
      value: ms(percentile(run.titleFrames, 95)),
      unit: 'ms',
      detail: `${run.titleFrames.length} frames on the idle DOM title: the machine's baseline`,
    },
    {
      metric: 'frame time p95 playing',
      value: ms(percentile(run.probe.frames, 95)),
      unit: 'ms',
      detail: 'target ≤ 16.7 ms',
    },
    {
      metric: 'heap after play 1',
      value: round(heapFirst / 1e6, 2),
      unit: 'MB',
      detail: 'after GC (CDP Runtime.getHeapUsage)',
    },
    {
      metric: `heap after play ${options.plays}`,
      value: round(heapLast / 1e6, 2),
      unit: 'MB',
      detail: 'after GC',
    },
    {
      metric: 'heap growth',
      value: round(growth, 1),
      unit: '%',
      detail: `play 1 → ${options.plays} in one tab; target ≤ 5 %; ${run.steps.join('/')} steps`,
    },
    {
      metric: 'heap growth per play',
      value: round(perPlay / 1000, 1),
      unit: 'KB',
      detail: `mean over the second half of the plays; MB by play: ${run.heapByPlay.map((bytes) => round(bytes / 1e6, 2)).join(' ')}`,
    },
  ];
}

export function pageBench(options: BenchOptions): BenchModule {
  return {
    name: 'page',
    run: () =>
      withPreview(options, async (url) => pageRows(await measurePage(url, options), options)),
  };
}
