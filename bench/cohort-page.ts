/**
 * A facilitator's big import in a real browser: 1,000 session files of a bundled scenario
 * (random runs, written as the game saves them) handed to the workshop's file chooser in
 * Debian's Chromium against `vite preview` of the production build, then the cohort dashboard.
 * Timed inside the page by `cohort-page-probe.js` (performance.now() at each DOM state the app
 * reaches, waiting on the DOM, never on sleeps). One fresh browser per run: a first import.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { libraryScenario } from '../test/fixtures/facilitator/fixture';
import { randomSessionLogs } from '../test/fixtures/facilitator/random-sessions';
import { round, type BenchModule, type BenchRow } from './measure';
import type { BenchOptions } from './options';
import { VIEWPORT } from './page-rows';
import { withPreview } from './preview';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SESSIONS = 1000;
const DEFAULT_SCENARIO = 'saturday-returns';
/** Far above any plausible figure: a stuck import fails the module instead of hanging it. */
const STEP_TIMEOUT_MS = 180_000;
const PROBE = readFileSync(join(import.meta.dirname, 'cohort-page-probe.js'), 'utf8');

/** What the probe stamped (performance.now() in the page) and counted. */
interface Marks {
  filesHandedOver: number;
  filesRead: number;
  checked: number;
  reportInDom: number;
  reportPainted: number;
  added: number;
  rejected: number;
  sessionsListed: number;
  dashboardClicked: number;
  dashboardInDom: number;
  dashboardPainted: number;
  participantRows: number;
  charts: number;
  chartsWithSize: number;
}

interface LongTask {
  start: number;
  duration: number;
}

interface PageFigures {
  marks: Marks;
  longTasks: LongTask[];
}

interface SessionFiles {
  dir: string;
  paths: string[];
  bytes: number;
}

type ProbeWindow = {
  __cohortBench: {
    marks: Marks;
    longTasks: LongTask[];
    armImport(expected: number): void;
    armDashboard(expected: number): void;
    done(): Promise<void>;
    stop(): void;
  };
};

/** Random finished runs saved as the game's "Download session" does (pretty JSON). */
function writeSessionFiles(scenarioId: string): SessionFiles {
  const scenario = libraryScenario(`${scenarioId}.json`);
  const dir = mkdtempSync(join(tmpdir(), 'cohort-page-'));
  let bytes = 0;
  const paths = randomSessionLogs(scenario, SESSIONS).map((log, index) => {
    const path = join(dir, `session-${String(index + 1).padStart(4, '0')}.session.json`);
    const text = `${JSON.stringify(log, null, 2)}\n`;
    bytes += Buffer.byteLength(text);
    writeFileSync(path, text);
    return path;
  });
  return { dir, paths, bytes };
}

/** Waits for the armed watch in the page, or fails after STEP_TIMEOUT_MS with what it saw. */
async function watchDone(page: Page, step: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${step} did not finish`)), STEP_TIMEOUT_MS);
  });
  try {
    await Promise.race([
      page.evaluate(() => (window as unknown as ProbeWindow).__cohortBench.done()),
      timeout,
    ]);
  } catch (error) {
    const marks = await page
      .evaluate(() => (window as unknown as ProbeWindow).__cohortBench.marks)
      .catch(() => ({}));
    throw new Error(
      `${error instanceof Error ? error.message : String(error)}; marks: ${JSON.stringify(marks)}`,
      { cause: error },
    );
  } finally {
    clearTimeout(timer);
  }
}

async function createWorkshop(page: Page, url: string): Promise<void> {
  await page.goto(`${url}#facilitator`);
  await page.getByRole('heading', { name: 'Facilitator tools', level: 1 }).waitFor();
  await page.getByLabel('Workshop name').fill('Bench cohort');
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await page.getByRole('heading', { name: 'Bench cohort', level: 2 }).waitFor();
}

async function importAndOpenDashboard(page: Page, files: SessionFiles): Promise<PageFigures> {
  await page.evaluate((expected) => {
    (window as unknown as ProbeWindow).__cohortBench.armImport(expected);
  }, SESSIONS);
  await page.getByLabel('Choose session files').setInputFiles(files.paths);
  await watchDone(page, 'the import');
  await page.evaluate((expected) => {
    (window as unknown as ProbeWindow).__cohortBench.armDashboard(expected);
  }, SESSIONS);
  await page.getByRole('button', { name: 'Dashboard', exact: true }).click();
  await watchDone(page, 'the dashboard');
  return page.evaluate(() => {
    const bench = (window as unknown as ProbeWindow).__cohortBench;
    bench.stop();
    return { marks: bench.marks, longTasks: bench.longTasks };
  });
}

async function measureOnce(url: string, files: SessionFiles): Promise<PageFigures> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--mute-audio'],
  });
  try {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    await page.addInitScript({ content: PROBE });
    await createWorkshop(page, url);
    const figures = await importAndOpenDashboard(page, files);
    const { added, rejected, participantRows, charts, chartsWithSize } = figures.marks;
    if (added !== SESSIONS || rejected !== 0)
      throw new Error(`the import added ${added} and rejected ${rejected} of ${SESSIONS} files`);
    if (participantRows !== SESSIONS || chartsWithSize !== charts)
      throw new Error(`dashboard: ${participantRows} rows, ${chartsWithSize}/${charts} charts`);
    return figures;
  } finally {
    await browser.close();
  }
}

/**
 * The parts of long tasks inside [from, to]: the longest and their sum. Clipped, because the
 * task that fires the change event first spends a while handing the files over (not the app).
 */
function blocking(tasks: readonly LongTask[], from: number, to: number) {
  const inside = tasks
    .map((task) => Math.min(to, task.start + task.duration) - Math.max(from, task.start))
    .filter((duration) => duration > 0);
  return {
    longest: Math.max(0, ...inside),
    total: inside.reduce((sum, duration) => sum + duration, 0),
    count: inside.length,
  };
}

const tasksOver50 = (count: number) => `${count} ${count === 1 ? 'task' : 'tasks'} over 50 ms`;

/** How long the task that fired `at` (a long one, if any) had run before it: 0 when none. */
function handOverMs(tasks: readonly LongTask[], at: number): number {
  const task = tasks.find((item) => item.start <= at && at <= item.start + item.duration);
  return task ? at - task.start : 0;
}

function cohortPageRows({ marks, longTasks }: PageFigures, files: SessionFiles): BenchRow[] {
  const ms = (value: number) => round(value, 1);
  const row = (metric: string, value: number, detail: string): BenchRow => ({
    metric,
    value: ms(value),
    unit: 'ms',
    detail,
  });
  const importMs = marks.reportPainted - marks.filesHandedOver;
  const dashboardMs = marks.dashboardPainted - marks.dashboardClicked;
  const importBlocking = blocking(longTasks, marks.filesHandedOver, marks.reportPainted);
  const dashboardBlocking = blocking(longTasks, marks.dashboardClicked, marks.dashboardPainted);
  const kilobytes = Math.round(files.bytes / 1000);
  return [
    {
      metric: 'session files',
      value: SESSIONS,
      unit: '',
      detail: `${kilobytes} kB of pretty JSON, random finished runs`,
    },
    row(
      'import: files → report',
      importMs,
      `file input change → report data-added=${marks.added} on screen (next frame)`,
    ),
    row(
      '  (before it: hand-over)',
      handOverMs(longTasks, marks.filesHandedOver),
      'start of the task that fired change → change; Playwright’s DOM.setFileInputFiles, not counted',
    ),
    row('  read files', marks.filesRead - marks.filesHandedOver, 'change → last Blob#text()'),
    row(
      '  parse, check, replay',
      marks.checked - marks.filesRead,
      `→ "Checked ${SESSIONS} of ${SESSIONS}" (batches of 100)`,
    ),
    row(
      '  save and list',
      marks.reportInDom - marks.checked,
      `→ report in DOM (IndexedDB put, ${marks.sessionsListed}-row sessions table)`,
    ),
    row('  paint', marks.reportPainted - marks.reportInDom, '→ next frame'),
    row(
      'import longest task',
      importBlocking.longest,
      `${tasksOver50(importBlocking.count)}, ${ms(importBlocking.total)} ms in all, within the import`,
    ),
    row(
      'dashboard: click → drawn',
      dashboardMs,
      `click → ${marks.participantRows} participant rows and ${marks.charts} charts laid out (next frame)`,
    ),
    row(
      '  build',
      marks.dashboardInDom - marks.dashboardClicked,
      'click → DOM (aggregate, render)',
    ),
    row('  layout and paint', marks.dashboardPainted - marks.dashboardInDom, '→ next frame'),
    row(
      'dashboard longest task',
      dashboardBlocking.longest,
      `${tasksOver50(dashboardBlocking.count)}, ${ms(dashboardBlocking.total)} ms in all, within the dashboard`,
    ),
    row('total', importMs + dashboardMs, 'import + dashboard (the bench’s own steps left out)'),
  ];
}

export function cohortPageBench(options: BenchOptions): BenchModule {
  return {
    name: 'cohort-page',
    run: async () => {
      const files = writeSessionFiles(options.scenario ?? DEFAULT_SCENARIO);
      try {
        const figures = await withPreview(options, (url) => measureOnce(url, files));
        return cohortPageRows(figures, files);
      } finally {
        rmSync(files.dir, { recursive: true, force: true });
      }
    },
  };
}
