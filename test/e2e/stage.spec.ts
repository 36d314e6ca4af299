import type { Page } from '@playwright/test';
import { expect, playOneStep, pressButton, test, waitForScreen } from './support';

test.describe.configure({ timeout: 120000 });

/** From `path` to the first node of the first bundled scenario in the list. */
async function startFirstScenario(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await waitForScreen(page, 'title');
  await pressButton(page, 'Play');
  await waitForScreen(page, 'list');
  await page
    .getByRole('button', { name: /^Play / })
    .first()
    .click();
  await waitForScreen(page, 'briefing');
  await pressButton(page, 'Start');
  await waitForScreen(page, 'play');
}

/** The drawn picture, once still: a blank or single-colour canvas compresses to ~1 KB, the art to 15 KB or more. */
async function expectDrawnPicture(page: Page, renderer: string): Promise<void> {
  const host = page.locator('[data-stage-state="ready"]');
  await expect(host).toHaveAttribute('data-renderer', renderer);
  await expect(host).toHaveAttribute('data-loop', 'asleep', { timeout: 15_000 });
  const png = await host.locator('canvas').screenshot();
  expect(png.byteLength).toBeGreaterThan(5_000);
}

for (const renderer of ['webgl', 'canvas'])
  test(`the picture draws and animates with the ${renderer} renderer`, async ({ page }) => {
    await startFirstScenario(page, `/?renderer=${renderer}`);
    await expectDrawnPicture(page, renderer);
    for (let step = 0; step < 3; step += 1) await playOneStep(page);
    await expectDrawnPicture(page, renderer);
  });

// Which renderer suits the machine is unit-tested (renderer-choice.test.ts); here: it draws.
test('without a request the picture draws with a renderer of its own choice', async ({ page }) => {
  await startFirstScenario(page, '/');
  const chosen = await page.locator('[data-stage-state="ready"]').getAttribute('data-renderer');
  expect(['webgl', 'canvas']).toContain(chosen);
  await expectDrawnPicture(page, chosen ?? '');
});
