/**
 * Runs are never lost silently: several unfinished runs are kept side by side and marked in
 * the list, the title offers to continue one without forcing a choice, and two tabs on one run
 * never overwrite each other without a word.
 */
import {
  bundledScenarios,
  expect,
  openList,
  playOneStep,
  pressButton,
  runState,
  screenshot,
  test,
  waitForSave,
  waitForScreen,
  type BundledScenario,
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
  await pressButton(page, 'Play');
  await waitForScreen(page, 'list');
  for (const scenario of [first, second]) {
    await expect(page.getByRole('button', { name: `Resume ${scenario.title}` })).toBeVisible();
  }
  await expect(page.getByText('Unfinished: resume where you left off')).toHaveCount(2);
  await screenshot(page, 'keep-list-marks');

  await pressButton(page, `Resume ${first.title}`);
  await waitForScreen(page, 'unfinished');
  await expect(page.getByText(`Your run of “${first.title}”, step 3 is kept`)).toBeVisible();
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
  await pressButton(other, 'Take over here');
  await waitForScreen(other, 'play');
  expect(await runState(other)).toEqual(atFirst);

  // The first tab is told, and stops saving.
  await waitForScreen(page, 'taken-over');
  await expect(page.getByText(/this tab has stopped saving it/)).toBeVisible();
  await screenshot(page, 'keep-taken-over');

  await playOneStep(other);
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
