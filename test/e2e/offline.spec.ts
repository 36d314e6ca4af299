import { expect, playToEnd, startFirstScenarioFromTitle, test, waitForScreen } from './support';

test.use({ serviceWorkers: 'allow' });
test.describe.configure({ timeout: 120_000 });

test('after one visit the whole game plays offline, picture and debrief included', async ({
  page,
  context,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? 'http://127.0.0.1:4174').origin;
  // The context sees the service worker's own requests too.
  const offOrigin: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!/^(data|blob):/.test(url) && new URL(url).origin !== origin) offOrigin.push(url);
  });

  await page.goto('/');
  await waitForScreen(page, 'title');
  // Active means installed, and installing means every file of the game is in its cache.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });

  await context.setOffline(true);
  await page.reload();
  await startFirstScenarioFromTitle(page);
  await expect(page.locator('[data-stage-state="ready"]')).toHaveCount(1);
  await playToEnd(page);
  const debrief = page.getByRole('region', { name: 'Debrief' });
  await expect(debrief.getByRole('heading', { name: 'Your leadership scores' })).toBeVisible();

  await page.goto('/#facilitator');
  await waitForScreen(page, 'facilitator');
  expect(offOrigin).toEqual([]);
});
