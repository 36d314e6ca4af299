/**
 * LMS packages in Chromium, inside a test LMS (lms-server.ts, host.js): scorm-again is the LMS
 * for SCORM 1.2 and 2004, a small LRS for cmi5. Run with `npm run test:e2e:lms`.
 *
 * Run today: a built package inside the LMS frame (paths, requests), and the adapter itself in a
 * real frame through the probe page (probe/: the engine plays, src/lms reports, no screens).
 * The game-through-the-shell tests need the shell to call the adapter (src/lms/index.ts); until
 * then they are skipped: set E2E_LMS_WIRED=1 once the shell is wired.
 */
import { expect, test, type Frame, type Page } from '@playwright/test';

const wired = process.env.E2E_LMS_WIRED === '1';
const SCENARIO = 'saturday-returns';

test.describe.configure({ timeout: 180_000 });

let attempts = 0;
/** A fresh LMS attempt (the test server keeps data per key). */
function newKey(name: string): string {
  attempts += 1;
  return `${name}-${Date.now()}-${attempts}`;
}

async function openCourse(page: Page, standard: string, key: string): Promise<Frame> {
  await page.goto(`/?standard=${standard}&package=${SCENARIO}-${standard}&key=${key}`);
  await expect(page.getByRole('status')).toContainText(standard);
  const frame = page.frame({ url: /\/packages\// });
  if (!frame) throw new Error('the course frame did not load');
  const main = frame.getByRole('main');
  await expect(main).toHaveAttribute('aria-busy', 'false');
  return frame;
}

/** Screen and node of the course, read at once. */
function courseState(frame: Frame) {
  return frame.getByRole('main').evaluate((main) => {
    const panel = main.querySelector('[data-node-id]');
    return {
      screen: main.getAttribute('data-screen'),
      nodeId: panel?.getAttribute('data-node-id') ?? null,
      kind: panel?.getAttribute('data-node-kind') ?? null,
    };
  });
}

/**
 * From wherever the package opens to the first node of play. The shell decides what a package
 * shows first (its briefing, perhaps a resume question); adjust here when it is wired.
 */
async function startPlay(frame: Frame): Promise<void> {
  for (let step = 0; step < 5; step += 1) {
    const { screen } = await courseState(frame);
    if (screen === 'play') return;
    await frame
      .getByRole('button', { name: /^(Resume|Play|Start)\b/ })
      .first()
      .click();
    await expect.poll(async () => (await courseState(frame)).screen).not.toBe(screen);
  }
  await expect.poll(async () => (await courseState(frame)).screen).toBe('play');
}

/** One step with the keyboard (choice 1 at a decision, Enter elsewhere); counts decisions. */
async function playOneStep(page: Page, frame: Frame): Promise<boolean> {
  const { nodeId, kind } = await courseState(frame);
  await frame.getByRole('main').focus();
  await page.keyboard.press(kind === 'decision' ? '1' : 'Enter');
  await expect
    .poll(async () => {
      const state = await courseState(frame);
      return state.screen === 'end' || (state.screen === 'play' && state.nodeId !== nodeId);
    })
    .toBe(true);
  return kind === 'decision';
}

async function playToEnd(page: Page, frame: Frame): Promise<number> {
  let decisions = 0;
  while ((await courseState(frame)).screen !== 'end') {
    if (await playOneStep(page, frame)) decisions += 1;
  }
  return decisions;
}

type Cmi = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function lmsData(page: Page, key: string): Promise<Cmi> {
  const stored = (await (await page.request.get(`/lms/data/${key}`)).json()) as Cmi;
  return stored.runtimeData?.cmi ?? stored.cmi ?? stored.runtimeData ?? {};
}

test('a SCORM package runs from its folder inside the LMS frame and requests nothing else', async ({
  page,
}) => {
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(error.message));
  const frame = await openCourse(page, 'scorm12', newKey('paths'));
  await page.screenshot({ path: 'test-results/lms-package-in-frame.png' });
  const host = ['/', '/host.js', '/scorm-again.js'];
  const outside = requests
    .map((url) => new URL(url))
    .filter((url) => !url.pathname.startsWith(`/packages/${SCENARIO}-scorm12/`))
    .filter((url) => !host.includes(url.pathname) && !url.pathname.startsWith('/lms/data/'))
    .map(String);
  expect(outside).toEqual([]);
  expect(
    requests.every((url) => url.startsWith('http://127.0.0.1:') || url.startsWith('data:')),
  ).toBe(true);
  expect(await frame.evaluate(() => navigator.serviceWorker?.controller ?? null)).toBeNull();
  expect(problems).toEqual([]);
});

interface ProbeReport {
  status: string;
  learnerName: string | null;
  resumedAt: string | null;
  remainingMs: number | null;
  nodeId: string;
  ended: boolean;
  decisions: number;
  problems: string[];
  error?: string;
}

/** Launches the adapter probe (probe/probe.ts) in the test LMS and reads what it did. */
async function runProbe(
  page: Page,
  standard: string,
  key: string,
  steps = 1000,
): Promise<ProbeReport> {
  // A package knows its standard from its build; the probe is told in its own query.
  const course = encodeURIComponent(`standard=${standard}&steps=${steps}`);
  await page.goto(`/?standard=${standard}&package=probe-${standard}&key=${key}&course=${course}`);
  const frame = page.frameLocator('#course');
  await expect(frame.locator('main')).toHaveAttribute('aria-busy', 'false');
  const report = JSON.parse(
    (await frame.locator('main').getAttribute('data-report')) ?? '{}',
  ) as ProbeReport;
  expect(report.error).toBeUndefined();
  return report;
}

test.describe('the adapter in a real LMS frame (probe)', () => {
  for (const standard of ['scorm12', 'scorm2004'] as const) {
    test(`${standard}: a whole run, then an exit, leaves the attempt complete in the LMS`, async ({
      page,
    }) => {
      const key = newKey(`probe-${standard}`);
      const report = await runProbe(page, standard, key);
      expect(report).toMatchObject({ status: 'connected', ended: true, problems: [] });
      await page.close({ runBeforeUnload: true });
      const other = await page.context().newPage();
      await expect
        .poll(async () => {
          const cmi = await lmsData(other, key);
          return standard === 'scorm12' ? cmi.core?.exit : cmi.exit;
        })
        .toBe(standard === 'scorm12' ? '' : 'normal');
      const cmi = await lmsData(other, key);
      expect(Object.keys(cmi.interactions)).toHaveLength(report.decisions);
      const objectives = Object.values(cmi.objectives) as Cmi[];
      expect(
        objectives
          .filter((o) => /^\d+$/.test(o.score.raw))
          .map((o) => o.id)
          .sort(),
      ).toEqual(['adaptability', 'customer-focus', 'empowerment']);
      if (standard === 'scorm12') {
        expect(cmi.core.lesson_status).toMatch(/^(passed|failed)$/);
        expect(cmi.core.session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
        expect(String(cmi.suspend_data).length).toBeLessThanOrEqual(4096);
      } else {
        expect(cmi.completion_status).toBe('completed');
        expect(cmi.success_status).toMatch(/^(passed|failed)$/);
        expect(cmi.session_time).toMatch(/^PT/);
      }
    });

    test(`${standard}: another browser resumes at the same timed decision with the time left`, async ({
      page,
      browser,
    }) => {
      const key = newKey(`probe-${standard}-resume`);
      const first = await runProbe(page, standard, key, 2);
      expect(first).toMatchObject({ nodeId: 'candidate', ended: false });
      await page.close({ runBeforeUnload: true }); // the probe exits with 1.5 s more on the clock
      const elsewhere = await browser.newContext();
      const again = await runProbe(await elsewhere.newPage(), standard, key);
      expect(again).toMatchObject({
        status: 'connected',
        resumedAt: 'candidate',
        ended: true,
        problems: [],
      });
      expect(again.remainingMs).toBeLessThan(45_000);
      const cmi = await lmsData(await elsewhere.newPage(), key);
      expect(Object.keys(cmi.interactions)).toHaveLength(first.decisions + again.decisions);
      await elsewhere.close();
    });
  }

  test('cmi5: statements reach the LRS across origins, valid and in order', async ({ page }) => {
    const registration = `7a1c2d3e-4a5b-4c6d-8e7f-${String(Date.now()).slice(-12).padStart(12, '0')}`;
    const report = await runProbe(page, 'cmi5', registration);
    expect(report).toMatchObject({
      status: 'connected',
      learnerName: 'Ada Learner',
      ended: true,
      problems: [],
    });
    await page.close({ runBeforeUnload: true });
    const other = await page.context().newPage();
    const ofRegistration = async () => {
      const all = (await (await other.request.get('/cmi5/statements')).json()) as Cmi[];
      return all.filter((stored) => stored.statement.context?.registration === registration);
    };
    await expect.poll(async () => (await ofRegistration()).length).toBe(report.decisions + 4);
    const statements = await ofRegistration();
    expect(statements.flatMap((stored) => stored.warnings)).toEqual([]);
    const verbs = statements.map((stored) => String(stored.statement.verb.id).split('/').pop());
    expect(verbs[0]).toBe('initialized');
    expect(verbs.at(-1)).toBe('terminated');
    expect(verbs.filter((verb) => verb === 'answered')).toHaveLength(report.decisions);
  });
});

for (const standard of ['scorm12', 'scorm2004'] as const) {
  test.describe(`${standard} package, once the shell calls the adapter`, () => {
    test.skip(!wired, 'set E2E_LMS_WIRED=1 when the shell calls connectLms');

    test('playing to the end leaves completion, scores, objectives and one interaction per decision', async ({
      page,
    }) => {
      const key = newKey(standard);
      const frame = await openCourse(page, standard, key);
      await startPlay(frame);
      const decisions = await playToEnd(page, frame);
      await page.close({ runBeforeUnload: true }); // pagehide: the course exits the LMS session
      const other = await page.context().newPage();
      await expect
        .poll(async () => Object.keys((await lmsData(other, key)).interactions ?? {}).length)
        .toBe(decisions);
      const cmi = await lmsData(other, key);
      const objectives = Object.values(cmi.objectives ?? {}) as Cmi[];
      expect(objectives.map((objective) => objective.id).sort()).toEqual([
        'adaptability',
        'customer-focus',
        'empowerment',
      ]);
      for (const objective of objectives) expect(objective.score.raw).toMatch(/^\d+$/);
      if (standard === 'scorm12') {
        expect(cmi.core.lesson_status).toMatch(/^(completed|passed|failed)$/);
        expect(cmi.core.score.raw).toMatch(/^\d+$/);
      } else {
        expect(cmi.completion_status).toBe('completed');
        expect(cmi.score.scaled).toMatch(/^(0(\.\d+)?|1)$/);
      }
    });

    test('a relaunch on a browser with no storage of its own resumes from suspend_data', async ({
      page,
      browser,
    }) => {
      const key = newKey(`${standard}-resume`);
      const frame = await openCourse(page, standard, key);
      await startPlay(frame);
      let decisions = 0;
      while (decisions < 2) if (await playOneStep(page, frame)) decisions += 1;
      const before = await courseState(frame);
      await page.close({ runBeforeUnload: true });

      const elsewhere = await browser.newContext(); // another computer: no IndexedDB, no localStorage
      const again = await elsewhere.newPage();
      const resumedFrame = await openCourse(again, standard, key);
      await startPlay(resumedFrame);
      expect(await courseState(resumedFrame)).toEqual(before);
      await again.screenshot({ path: `test-results/lms-${standard}-resumed.png` });
      await elsewhere.close();
    });
  });
}

test.describe('cmi5 package, once the shell calls the adapter', () => {
  test.skip(!wired, 'set E2E_LMS_WIRED=1 when the shell calls connectLms');

  test('sends initialized, one valid statement per choice, completed and terminated', async ({
    page,
  }) => {
    const registration = `6f1c2d3e-4a5b-4c6d-8e7f-${String(Date.now()).slice(-12).padStart(12, '0')}`;
    const frame = await openCourse(page, 'cmi5', registration);
    await startPlay(frame);
    const decisions = await playToEnd(page, frame);
    await page.close({ runBeforeUnload: true });
    const other = await page.context().newPage();
    const verbs = async () => {
      const all = (await (await other.request.get('/cmi5/statements')).json()) as Cmi[];
      return all.filter((stored) => stored.statement.context?.registration === registration);
    };
    await expect.poll(async () => (await verbs()).length).toBe(decisions + 4);
    const statements = await verbs();
    expect(statements.flatMap((stored) => stored.warnings)).toEqual([]);
    const names = statements.map((stored) => String(stored.statement.verb.id).split('/').pop());
    expect(names[0]).toBe('initialized');
    expect(names.at(-1)).toBe('terminated');
    expect(names.filter((name) => name === 'answered')).toHaveLength(decisions);
  });
});
