/**
 * Runs are never lost silently: several unfinished runs are kept side by side and marked in
 * the list, the title offers to continue one without forcing a choice, and two tabs on one run
 * never overwrite each other without a word.
 */
import {
  bundledScenarios,
  expect,
  expectNoSeriousA11yViolations,
  openList,
  playOneStep,
  pressButton,
  runState,
  screenshot,
  test,
  waitForSave,
  waitForScreen,
  type BundledScenario,
  PHONE,
} from './support';
import type { Page } from '@playwright/test';

test.describe.configure({ timeout: 150_000 });

const [first, second] = bundledScenarios() as [BundledScenario, BundledScenario];

/** From the list: a scenario through its briefing and `steps` steps of play, saved. */
async function playSome(page: Page, scenario: BundledScenario, steps: number): Promise<void> {
  await pressButton(page, `Play ${scenario.title}`);
  await waitForScreen(page, 'briefing');
  await pressButton(page, 'Start');
  await waitForScreen(page, 'play');
  for (let step = 0; step < steps; step++) await playOneStep(page);
  // A consequence beat is not saved (a reload resumes at the node after it): read it first.
  if ((await runState(page)).kind === 'beat') await playOneStep(page);
  await waitForSave(page, steps);
}

test('starting scenario B keeps A unfinished, and A resumes where it was', async ({ page }) => {
  await openList(page);
  await playSome(page, first, 2);
  const atA = await runState(page);

  await page.reload();
  await waitForScreen(page, 'title');
  await pressButton(page, 'Play');
  await waitForScreen(page, 'list');
  await expect(page.getByRole('button', { name: `Resume ${first.title}` })).toBeVisible();
  await playSome(page, second, 1);

  await page.reload();
  await waitForScreen(page, 'title');
  // The newest run is offered first; the other one is said to be in the list.
  await expect(
    page.getByRole('button', { name: `Continue “${second.title}”, step 2` }),
  ).toBeVisible();
  await expect(
    page.getByText('1 more unfinished run is marked “Unfinished” in the list.'),
  ).toBeVisible();
  await screenshot(page, 'keep-title-continue');
  await expectNoSeriousA11yViolations(page);
  await pressButton(page, 'Play');
  await waitForScreen(page, 'list');
  for (const scenario of [first, second]) {
    await expect(page.getByRole('button', { name: `Resume ${scenario.title}` })).toBeVisible();
  }
  await expect(page.getByText('Unfinished: resume where you left off')).toHaveCount(2);
  await screenshot(page, 'keep-list-marks');
  await expectNoSeriousA11yViolations(page);

  await pressButton(page, `Resume ${first.title}`);
  await waitForScreen(page, 'unfinished');
  await expect(page.getByText(`Your run of “${first.title}”, step 3 is kept`)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await pressButton(page, 'Start over');
  await waitForScreen(page, 'confirm-start-over');
  await expectNoSeriousA11yViolations(page);
  await pressButton(page, 'No, keep it');
  await waitForScreen(page, 'unfinished');
  await pressButton(page, 'Resume');
  await waitForScreen(page, 'play');
  expect(await runState(page)).toEqual(atA);
});

test('a second tab on the same run is told, and taking over stops the first tab', async ({
  page,
  context,
}) => {
  await openList(page);
  await playSome(page, first, 1);
  const atFirst = await runState(page);

  const other = await context.newPage();
  await other.goto('/');
  await waitForScreen(other, 'title');
  await pressButton(other, `Continue “${first.title}”, step 2`);
  await waitForScreen(other, 'held-elsewhere');
  await expect(
    other.getByRole('heading', { name: 'This run is open in another tab' }),
  ).toBeVisible();
  await screenshot(other, 'keep-held-elsewhere');
  await expectNoSeriousA11yViolations(other);
  await pressButton(other, 'Take over here');
  await waitForScreen(other, 'play');
  expect(await runState(other)).toEqual(atFirst);

  // The first tab is told, and stops saving.
  await waitForScreen(page, 'taken-over');
  await expect(page.getByText(/this tab has stopped saving it/)).toBeVisible();
  await screenshot(page, 'keep-taken-over');
  await expectNoSeriousA11yViolations(page);

  await playOneStep(other);
  if ((await runState(other)).kind === 'beat') await playOneStep(other);
  await waitForSave(other, 2);
  const atOther = await runState(other);
  await other.close();
  // What the other tab played is what is kept.
  await pressButton(page, 'Back to the title');
  await waitForScreen(page, 'title');
  await pressButton(page, `Continue “${first.title}”, step 3`);
  await waitForScreen(page, 'play');
  expect(await runState(page)).toEqual(atOther);
});

test('a run saved by the version before (one run in total) still resumes', async ({ page }) => {
  await openList(page);
  await playSome(page, first, 2);
  const before = await runState(page);
  await pressButton(page, 'Save and quit');
  await waitForScreen(page, 'list');
  // Rebuild the browser's storage as the previous version left it: version 1, one `current` run.
  await page.evaluate(async () => {
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const open = await request(indexedDB.open('leadership-sim'));
    const tx = open.transaction('unfinished', 'readonly');
    const [saved] = (await request(tx.objectStore('unfinished').getAll())) as Array<
      Record<string, unknown>
    >;
    open.close();
    delete saved!.owner;
    // The game's own connection steps aside (versionchange), so the delete goes through.
    await request(indexedDB.deleteDatabase('leadership-sim'));
    const upgrade = indexedDB.open('leadership-sim', 1);
    upgrade.onupgradeneeded = () => {
      upgrade.result.createObjectStore('current');
      upgrade.result
        .createObjectStore('finished', { autoIncrement: true })
        .createIndex('byScenario', 'scenarioId');
    };
    const v1 = await request(upgrade);
    await request(
      v1.transaction('current', 'readwrite').objectStore('current').put(saved, 'current'),
    );
    v1.close();
  });
  await page.goto('/');
  await waitForScreen(page, 'title');
  await pressButton(page, `Continue “${first.title}”, step 3`);
  await waitForScreen(page, 'play');
  expect(await runState(page)).toEqual(before);
});

test('on a phone the title offers Continue and the list marks the unfinished run', async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await openList(page);
  await playSome(page, first, 1);
  await page.reload();
  await waitForScreen(page, 'title');
  await expect(
    page.getByRole('button', { name: `Continue “${first.title}”, step 2` }),
  ).toBeVisible();
  await screenshot(page, 'keep-title-continue');
  await pressButton(page, 'Play');
  await waitForScreen(page, 'list');
  const card = page.getByRole('listitem').filter({ hasText: first.title }).last();
  await expect(card.getByText('Unfinished: resume where you left off')).toBeVisible();
  await card.screenshot({ path: 'test-results/screenshots/keep-card-unfinished-390x844.png' });
});
