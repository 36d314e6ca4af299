import type { Page } from '@playwright/test';
import {
  bundledScenarios,
  chooseFixtureFile,
  expect,
  expectNoSeriousA11yViolations,
  playOneStep,
  playToEnd,
  pressButton,
  screenshot,
  startFixture,
  storyPanel,
  test,
  waitForSave,
  waitForScreen,
  LAPTOP,
  PHONE,
} from './support';

// Playing under software WebGL on a shared 2-core machine is slow; the waits are on state, not time.
test.describe.configure({ timeout: 240000 });

const viewports = [LAPTOP, PHONE];

async function check(page: Page, name: string): Promise<void> {
  await expectNoSeriousA11yViolations(page);
  // No horizontal scrolling at any width.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
  await screenshot(page, name);
}

for (const viewport of viewports) {
  test(`every screen passes axe and is captured at ${viewport.width}x${viewport.height}`, async ({
    page,
  }) => {
    const scenario = bundledScenarios()[0];
    if (!scenario) throw new Error('no bundled scenario');
    await page.setViewportSize(viewport);
    await page.goto('/');
    await waitForScreen(page, 'title');
    await check(page, 'title');
    await pressButton(page, 'Settings');
    await waitForScreen(page, 'settings');
    await check(page, 'settings');
    await pressButton(page, 'Done');
    await waitForScreen(page, 'title');
    await pressButton(page, 'Play');
    await waitForScreen(page, 'list');
    await check(page, 'list');
    await pressButton(page, `Play ${scenario.title}`);
    await waitForScreen(page, 'briefing');
    await check(page, 'briefing');
    await pressButton(page, 'Start');
    await waitForScreen(page, 'play');
    await check(page, 'play-first-node');
    while ((await storyPanel(page).getAttribute('data-node-kind')) !== 'decision')
      await playOneStep(page);
    await check(page, 'play-decision');
    await playToEnd(page);
    await check(page, 'end');
    await pressButton(page, 'Back to the list');
    await waitForScreen(page, 'list');
    await chooseFixtureFile(page, 'invalid-scenario.json');
    await waitForScreen(page, 'problems');
    await check(page, 'problems');
    await pressButton(page, 'Back to the list');
    await waitForScreen(page, 'list');
    await startFixture(page, 'timed-long.json');
    await playOneStep(page);
    await playOneStep(page);
    await check(page, 'play-consequence');
    await playOneStep(page);
    await expect(page.getByRole('timer', { name: 'Time left' })).toBeVisible();
    await check(page, 'play-timed');
    await waitForSave(page, 2);
    await page.reload();
    await waitForScreen(page, 'title');
    await check(page, 'title-resume');
  });
}
