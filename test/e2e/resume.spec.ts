import {
  bundledScenarios,
  chooseFixtureFile,
  expect,
  openList,
  playOneStep,
  playState,
  playToEnd,
  pressButton,
  runState,
  test,
  waitForSave,
  waitForScreen,
} from './support';

// Playing under software WebGL on a shared 2-core machine is slow; the waits are on state, not time.
test.describe.configure({ timeout: 150000 });

test('a reload during a timed decision resumes the same state with the fair remaining time', async ({
  page,
}) => {
  await page.goto('/');
  await waitForScreen(page, 'title');
  await pressButton(page, 'Settings');
  await waitForScreen(page, 'settings');
  await page.getByRole('radio', { name: 'Double time' }).check();
  await pressButton(page, 'Done');
  await waitForScreen(page, 'title');
  await pressButton(page, 'Play');
  await waitForScreen(page, 'list');
  await chooseFixtureFile(page, 'timed-long.json');
  await waitForScreen(page, 'briefing');
  await expect(
    page.getByText('Double time: timed decisions give you twice as long.'),
  ).toBeVisible();
  // Practice puts the running scores on the panel, so the resumed state can be compared whole.
  await page.getByRole('radio', { name: 'Practice' }).check();
  await pressButton(page, 'Start');
  await waitForScreen(page, 'play');
  await playOneStep(page); // narrative
  await playOneStep(page); // first decision: choice 1
  await playOneStep(page); // its consequence beat: Continue (the clock starts after it)
  const countdown = page.getByRole('timer', { name: 'Time left' });
  await expect(countdown).toBeVisible();
  await expect(countdown).toContainText(/1[01]\d seconds left/); // 120 s under Double time
  // Let some of the time pass, and at least one periodic save happen, before reloading.
  await expect
    .poll(async () => Number(await countdown.getAttribute('data-remaining-ms')))
    .toBeLessThan(117_500);
  await waitForSave(page, 2);
  const before = await runState(page);
  const remainingBefore = Number(await countdown.getAttribute('data-remaining-ms'));
  const reloadedAt = Date.now();

  await page.reload();
  await waitForScreen(page, 'title');
  const offer = page.getByRole('region', { name: 'Continue where you left off' });
  await expect(offer).toContainText('E2E: the long clock');
  await pressButton(page, /^Continue “E2E: the long clock”, step \d+$/);
  await waitForScreen(page, 'play');
  await expect(countdown).toBeVisible();
  const remainingAfter = Number(await countdown.getAttribute('data-remaining-ms'));
  const wallMs = Date.now() - reloadedAt;
  expect(await runState(page)).toEqual(before);
  expect(before.meters).toEqual(['trust=60', 'queue=2']);
  expect(JSON.parse(before.scores ?? '{}')).toEqual({
    customerFocus: 2,
    adaptability: 2,
    empowerment: 0,
  });
  // Fair: no more time lost than passed on the wall clock, and at most ~1.5 s (one save period) gained.
  expect(remainingAfter).toBeGreaterThanOrEqual(remainingBefore - wallMs - 500);
  expect(remainingAfter).toBeLessThanOrEqual(remainingBefore + 1_500);

  await playToEnd(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('E2E: the long clock');
});

test('a reload in the middle of a library scenario resumes the exact node, meters and scores', async ({
  page,
}) => {
  const scenario = bundledScenarios()[0];
  expect(scenario, 'the library bundles at least one scenario').toBeDefined();
  if (!scenario) return;
  await openList(page);
  await pressButton(page, `Play ${scenario.title}`);
  await waitForScreen(page, 'briefing');
  await pressButton(page, 'Start');
  await waitForScreen(page, 'play');
  await playOneStep(page);
  await playOneStep(page);
  // A consequence beat is not saved (a resumed run opens at the node after it): read it first.
  while ((await playState(page)).kind === 'beat') await playOneStep(page);
  await waitForSave(page, 2);
  const before = await runState(page);
  await page.reload();
  await waitForScreen(page, 'title');
  await pressButton(page, `Continue “${scenario.title}”, step 3`);
  await waitForScreen(page, 'play');
  expect(await runState(page)).toEqual(before);
});

test('Start over asks first, then drops the saved run and restarts the same scenario', async ({
  page,
}) => {
  const scenario = bundledScenarios()[0]!;
  await openList(page);
  await pressButton(page, `Play ${scenario.title}`);
  await waitForScreen(page, 'briefing');
  await pressButton(page, 'Start');
  await waitForScreen(page, 'play');
  await playOneStep(page);
  await waitForSave(page, 1);
  await page.reload();
  await waitForScreen(page, 'title');
  // The title never forces a choice: Play reaches the list with the run still kept.
  await pressButton(page, 'Play');
  await waitForScreen(page, 'list');
  await pressButton(page, `Resume ${scenario.title}`);
  await waitForScreen(page, 'unfinished');
  await pressButton(page, 'Start over');
  await waitForScreen(page, 'confirm-start-over');
  await expect(page.getByText(/will be discarded and cannot be resumed/)).toBeVisible();
  await pressButton(page, 'No, keep it');
  await waitForScreen(page, 'unfinished');
  await pressButton(page, 'Start over');
  await waitForScreen(page, 'confirm-start-over');
  await pressButton(page, 'Yes, start over');
  await waitForScreen(page, 'briefing');
  await expect(page.getByRole('heading', { level: 1, name: scenario.title })).toBeVisible();
  // Nothing is kept until the new run starts: the title offers Play alone.
  await page.goto('/');
  await waitForScreen(page, 'title');
  await expect(page.getByRole('button', { name: /^Continue/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
});
