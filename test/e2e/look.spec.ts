/**
 * The look at three screen sizes: the briefing's Start in view without scrolling; the play
 * screen's picture at least a third of a 1280×720 window; picture, story, choices, meters and
 * countdown never overlapping; no sideways scrolling at 360 px; the light theme on every
 * screen, remembered after a reload.
 */
import type { Locator, Page } from '@playwright/test';
import {
  expect,
  expectNoSeriousA11yViolations,
  openList,
  playOneStep,
  playState,
  pressButton,
  startFixture,
  storyPanel,
  test,
  waitForScreen,
  LAPTOP,
  WIDE,
  PHONE,
} from './support';

test.describe.configure({ timeout: 180_000 });

const SIZES = [LAPTOP, WIDE, PHONE];

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function box(locator: Locator, name: string): Promise<Box> {
  const found = await locator.boundingBox();
  if (!found) throw new Error(`${name} is not on the page`);
  return found;
}

function overlap(a: Box, b: Box): boolean {
  return (
    a.x < b.x + b.width - 0.5 &&
    b.x < a.x + a.width - 0.5 &&
    a.y < b.y + b.height - 0.5 &&
    b.y < a.y + a.height - 0.5
  );
}

async function inViewport(page: Page, locator: Locator): Promise<void> {
  const size = page.viewportSize();
  const found = await box(locator, 'element');
  expect(found.y).toBeGreaterThanOrEqual(0);
  expect(found.y + found.height).toBeLessThanOrEqual(size?.height ?? 0);
  expect(found.x + found.width).toBeLessThanOrEqual(size?.width ?? 0);
}

async function noSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

/** The five parts of a timed decision, by role and label. */
function playParts(page: Page) {
  return {
    picture: page.locator('.stage'),
    story: storyPanel(page).getByRole('region', { name: 'Narration' }),
    choices: storyPanel(page).getByRole('list', { name: /^Choices/ }),
    meters: page.getByRole('list', { name: 'Meters' }),
    countdown: page.getByRole('timer', { name: 'Time left' }),
  };
}

for (const size of SIZES) {
  test(`briefing and play fit ${size.width}x${size.height}`, async ({ page }) => {
    await page.setViewportSize(size);
    await openList(page);
    await page
      .getByRole('button', { name: /^Play / })
      .first()
      .click();
    await waitForScreen(page, 'briefing');
    await inViewport(page, page.getByRole('button', { name: 'Start', exact: true }));
    await expect(page.getByRole('list', { name: 'Meters at the start' })).toBeVisible();
    await noSidewaysScroll(page);
    await pressButton(page, 'Back to the list');
    await waitForScreen(page, 'list');
    // A fixture with meters whose third step is a timed decision.
    await startFixture(page, 'timed-long.json');
    const parts = playParts(page);
    // Waits for the timed node itself: on a slow machine the countdown appears a moment after
    // the decision, and a choice pressed then would play past it.
    for (let step = 0; step < 6; step++) {
      const state = await playState(page);
      if (state.nodeId === 'clock' && state.kind === 'decision') break;
      await playOneStep(page);
    }
    await expect(parts.countdown).toBeVisible();
    await expect(page.locator('.stage canvas')).toBeVisible();
    const boxes = Object.fromEntries(
      await Promise.all(
        Object.entries(parts).map(async ([name, locator]) => [name, await box(locator, name)]),
      ),
    ) as Record<keyof typeof parts, Box>;
    const names = Object.keys(boxes) as Array<keyof typeof parts>;
    for (const [i, a] of names.entries())
      for (const b of names.slice(i + 1))
        expect(overlap(boxes[a], boxes[b]), `${a} overlaps ${b}`).toBe(false);
    if (size.width === 1280) {
      const share = (boxes.picture.width * boxes.picture.height) / (size.width * size.height);
      expect(share).toBeGreaterThanOrEqual(1 / 3);
    }
    await noSidewaysScroll(page);
  });
}

test('no screen scrolls sideways at 360 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  await waitForScreen(page, 'title');
  await noSidewaysScroll(page);
  for (const address of ['#settings', '#history', '#list']) {
    await page.goto(`/${address}`);
    await waitForScreen(page, address.slice(1));
    await noSidewaysScroll(page);
  }
  await startFixture(page, 'timed-long.json');
  await noSidewaysScroll(page);
});

/** The page's background and text colours as computed. */
function pageColours(page: Page) {
  return page.evaluate(() => {
    const style = getComputedStyle(document.documentElement);
    return { background: style.backgroundColor, theme: document.documentElement.dataset.theme };
  });
}

test('the light theme is chosen in settings, applies to every screen and is remembered', async ({
  page,
}) => {
  await page.goto('/');
  await waitForScreen(page, 'title');
  const dark = await pageColours(page);
  expect(dark.theme).toBe('dark');
  await pressButton(page, 'Settings');
  await waitForScreen(page, 'settings');
  await page.getByLabel('Light (projectors and print)').check();
  const light = await pageColours(page);
  expect(light).toEqual({ background: 'rgb(251, 248, 242)', theme: 'light' });
  await expectNoSeriousA11yViolations(page);
  await page.reload();
  await waitForScreen(page, 'settings');
  expect(await pageColours(page)).toEqual(light);
  await expect(page.getByLabel('Light (projectors and print)')).toBeChecked();
  for (const address of ['', '#history', '#list']) {
    await page.goto(`/${address}`);
    await waitForScreen(page, address ? address.slice(1) : 'title');
    expect(await pageColours(page)).toEqual(light);
    await expectNoSeriousA11yViolations(page);
  }
  await page
    .getByRole('button', { name: /^Play / })
    .first()
    .click();
  await waitForScreen(page, 'briefing');
  expect(await pageColours(page)).toEqual(light);
  await expectNoSeriousA11yViolations(page);
  await pressButton(page, 'Start');
  await waitForScreen(page, 'play');
  expect(await pageColours(page)).toEqual(light);
  await expectNoSeriousA11yViolations(page);
});

test('the list filters by theme and marks each scenario', async ({ page }) => {
  await openList(page);
  const cards = page.locator('.scenario-card');
  const all = await cards.count();
  await expect(page.locator('.scenario-card [data-status="new"]')).toHaveCount(all);
  const filter = page.getByLabel('Filter by theme');
  const theme = await filter.locator('option').nth(1).getAttribute('value');
  await filter.selectOption(theme ?? '');
  const shown = page.locator('.scenario-card:visible');
  const count = await shown.count();
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThan(all);
  for (const card of await shown.all())
    await expect(card.getByRole('list', { name: 'Themes' })).toContainText(theme ?? '');
  await expect(page.getByRole('status').filter({ hasText: 'scenarios' })).toHaveText(
    `${count} of ${all} scenarios`,
  );
});
