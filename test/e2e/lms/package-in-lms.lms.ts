/**
 * LMS packages in Chromium, inside a test LMS (lms-server.ts, host.js): scorm-again is the LMS
 * for SCORM 1.2 and 2004, a small LRS for cmi5. Run with `npm run test:e2e:lms`, which builds
 * the packages played here first.
 *
 * The game through its shell in a package (a scenario in all three standards, a track in SCORM
 * 1.2), and the adapter itself in a real frame through the probe page (probe/: the engine
 * plays, src/lms reports, no screens).
 */
import { expect, test, type Frame, type Page } from '@playwright/test';

const SCENARIO = 'saturday-returns';
/** Built for SCORM 1.2 only by `npm run test:e2e:lms`: three scenarios. */
const TRACK = 'leading-through-change';

test.describe.configure({ timeout: 180_000 });

let attempts = 0;
/** A fresh LMS attempt (the test server keeps data per key). */
function newKey(name: string): string {
  attempts += 1;
  return `${name}-${Date.now()}-${attempts}`;
}

async function openCourse(
  page: Page,
  standard: string,
  key: string,
  id = SCENARIO,
): Promise<Frame> {
  await page.goto(`/?standard=${standard}&package=${id}-${standard}&key=${key}`);
  await expect(page.getByRole('status')).toContainText(standard);
  // The LMS page sets the frame's address as it says so: wait for the frame to navigate there.
  await expect.poll(() => page.frame({ url: /\/packages\// }) !== null).toBe(true);
  const frame = page.frame({ url: /\/packages\// }) as Frame;
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
 * From wherever the package opens to the first node of play: a fresh launch opens at the
 * briefing (Start); a resumed one is already playing.
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
  if (kind === 'ending') {
    // The ending's moment: its text first, then the way into the debrief.
    await frame.getByRole('button', { name: 'See your debrief' }).click();
    await expect.poll(async () => (await courseState(frame)).screen).toBe('end');
    return false;
  }
  await frame.getByRole('main').focus();
  await page.keyboard.press(kind === 'decision' ? '1' : 'Enter');
  await expect
    .poll(async () => {
      const state = await courseState(frame);
      // A decision's consequence beat keeps its node: the kind changes first.
      return (
        state.screen === 'end' ||
        (state.screen === 'play' && (state.nodeId !== nodeId || state.kind !== kind))
      );
    })
    .toBe(true);
  return kind === 'decision';
}

/** A consequence beat is not kept (a relaunch resumes at the node after it): read it first. */
async function passBeat(page: Page, frame: Frame): Promise<void> {
  if ((await courseState(frame)).kind === 'beat') await playOneStep(page, frame);
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
  timeLimitMs: number | null;
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
  play = 'steps=1000',
): Promise<ProbeReport> {
  // A package knows its standard from its build; the probe is told in its own query.
  const course = encodeURIComponent(`standard=${standard}&${play}`);
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
      const first = await runProbe(page, standard, key, 'stop=timed');
      expect(first.ended).toBe(false);
      const limit = first.timeLimitMs ?? 0;
      expect(limit).toBeGreaterThan(0);
      await page.close({ runBeforeUnload: true }); // the probe exits with 1.5 s more on the clock
      const elsewhere = await browser.newContext();
      const again = await runProbe(await elsewhere.newPage(), standard, key);
      expect(again).toMatchObject({
        status: 'connected',
        resumedAt: first.nodeId,
        ended: true,
        problems: [],
      });
      // The probe left 1.5 s after reaching the timed decision: that time stays spent.
      expect(again.remainingMs).toBeGreaterThan(0);
      expect(again.remainingMs).toBeLessThanOrEqual(limit - 1500);
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
  test.describe(`${standard} package`, () => {
    test('playing to the end leaves completion, scores, objectives and one interaction per decision', async ({
      page,
    }) => {
      const key = newKey(standard);
      const frame = await openCourse(page, standard, key);
      await startPlay(frame);
      const decisions = await playToEnd(page, frame);
      await expect(frame.getByRole('main')).toHaveAttribute('aria-busy', 'false');
      await expect(frame.getByRole('button', { name: /Back to the list|Play again/ })).toHaveCount(
        0,
      );
      await page.screenshot({ path: `test-results/lms-${standard}-end.png` });
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
      await passBeat(page, frame);
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

test.describe('cmi5 package', () => {
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

test('a SCORM 1.2 track closed in its second part reopens elsewhere in that part, at the same step', async ({
  page,
  browser,
}) => {
  const key = newKey('scorm12-track');
  const frame = await openCourse(page, 'scorm12', key, TRACK);
  await expect(frame.getByText(/^Scenario 1 of 3 in the track/)).toBeVisible();
  await startPlay(frame);
  await playToEnd(page, frame);
  await frame.getByRole('button', { name: 'Next scenario in the track' }).click();
  await expect(frame.getByText(/^Scenario 2 of 3 in the track/)).toBeVisible();
  await startPlay(frame);
  const partTitle = await frame.getByRole('heading', { level: 1 }).textContent();
  let decisions = 0;
  while (decisions < 1) if (await playOneStep(page, frame)) decisions += 1;
  await passBeat(page, frame);
  const before = await courseState(frame);
  await page.close({ runBeforeUnload: true });

  const elsewhere = await browser.newContext(); // another computer: no storage of its own
  const again = await elsewhere.newPage();
  const resumed = await openCourse(again, 'scorm12', key, TRACK);
  expect(await courseState(resumed)).toEqual(before);
  await expect(resumed.getByRole('heading', { level: 1 })).toHaveText(partTitle ?? '');
  const cmi = await lmsData(again, key);
  expect(cmi.core.lesson_status).toBe('incomplete');
  // The finished first part came back too: this part's end leads on to the third.
  await playToEnd(again, resumed);
  await expect(resumed.getByRole('button', { name: 'Next scenario in the track' })).toBeVisible();
  await elsewhere.close();
});

test('at 1280x720 inside the LMS frame the course fits its width, with no list to go back to', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const frame = await openCourse(page, 'scorm12', newKey('look'));
  const fitsWidth = () =>
    frame.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  await expect(frame.getByRole('button', { name: 'Back to the list' })).toHaveCount(0);
  expect(await fitsWidth()).toBe(true);
  await page.screenshot({ path: 'test-results/lms-briefing-1280x720.png' });
  await startPlay(frame);
  while ((await courseState(frame)).kind !== 'decision') await playOneStep(page, frame);
  await expect(frame.getByRole('button', { name: 'Save and quit' })).toHaveCount(0);
  expect(await fitsWidth()).toBe(true);
  await page.screenshot({ path: 'test-results/lms-play-1280x720.png' });
});

test('opened with no LMS around it, the course says so once and the leader plays on', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`/packages/${SCENARIO}-scorm12/index.html`);
  const notice = page.getByText(/could not find the learning system \(LMS\)/);
  await expect(notice).toHaveCount(1);
  await expect(page.getByText(/progress and results are not being saved there/)).toBeVisible();
  const main = page.getByRole('main');
  await expect(main).toHaveAttribute('data-screen', 'briefing');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(main).toHaveAttribute('data-screen', 'play');
  await main.focus();
  await page.keyboard.press('Enter');
  await expect(notice).toHaveCount(1);
  await page.screenshot({ path: 'test-results/lms-no-lms-1280x720.png' });
});
