import {
  chooseFixtureFile,
  expect,
  openList,
  playToEnd,
  pressButton,
  storyPanel,
  test,
  waitForScreen,
} from './support';

test('texts with markup and scripts in a scenario file show as text and never run', async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await openList(page);
  await chooseFixtureFile(page, 'xss-scenario.json');
  await waitForScreen(page, 'briefing');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `<img src=x onerror="window.__xss='title'"> Hostile <b>title</b>`,
  );
  await expect(
    page.getByText(`<script>window.__xss='summary'</script>`, { exact: false }),
  ).toBeVisible();
  await pressButton(page, 'Start');
  await waitForScreen(page, 'play');
  await expect(storyPanel(page).getByRole('region', { name: 'Narration' })).toContainText(
    `<img src=x onerror="window.__xss='text';alert('text')">`,
  );
  await playToEnd(page);
  expect(await page.locator('main img, main script, main iframe').count()).toBe(0);
  expect(
    await page.evaluate(() => (window as unknown as { __xss?: string }).__xss),
  ).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test('a file with mistakes lists each problem as file: path: sentence', async ({ page }) => {
  await openList(page);
  await chooseFixtureFile(page, 'invalid-scenario.json');
  await waitForScreen(page, 'problems');
  await expect(
    page.getByRole('heading', { level: 1, name: 'This file cannot be played yet' }),
  ).toBeVisible();
  const problems = page.getByRole('listitem').filter({ hasText: 'invalid-scenario.json: nodes.' });
  expect(await problems.count()).toBeGreaterThan(0);
  await pressButton(page, 'Back to the list');
  await waitForScreen(page, 'list');
});
