/**
 * The local history of finished runs: a finished run is listed after a reload and reopens its
 * full debrief with the same scores.
 */
import { expect, playToEnd, pressButton, tabTo, test, waitForScreen } from './support';

test.describe.configure({ timeout: 150_000 });

test('a finished run is kept in the history and reopens its debrief', async ({ page }) => {
  await page.goto('/');
  await waitForScreen(page, 'title');
  await pressButton(page, 'Your past runs');
  await waitForScreen(page, 'history');
  await expect(page.getByText('No finished runs on this device yet.')).toBeVisible();
  await pressButton(page, 'Back to the title');
  await waitForScreen(page, 'title');

  await pressButton(page, 'Play');
  await waitForScreen(page, 'list');
  const first = page.getByRole('button', { name: /^Play / }).first();
  const label = (await first.getAttribute('aria-label')) ?? '';
  const title = label.replace(/^Play /, '');
  await tabTo(page, first);
  await page.keyboard.press('Enter');
  await waitForScreen(page, 'briefing');
  await pressButton(page, 'Start');
  await waitForScreen(page, 'play');
  await playToEnd(page);
  const scoresAtEnd = await page.getByRole('table', { name: 'Your scores' }).textContent();

  await page.reload();
  await waitForScreen(page, 'title');
  await pressButton(page, 'Your past runs');
  await waitForScreen(page, 'history');
  const open = page.getByRole('button', { name: new RegExp(`^Open debrief: ${title}`) });
  await expect(open).toHaveCount(1);
  await tabTo(page, open);
  await page.keyboard.press('Enter');
  await waitForScreen(page, 'end');
  await expect(page.getByRole('table', { name: 'Your scores' })).toHaveText(scoresAtEnd ?? '');
  await pressButton(page, 'Back to your past runs');
  await waitForScreen(page, 'history');
});
