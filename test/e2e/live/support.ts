/** What the live-room browser tests share: pages that record errors, opening and joining rooms, play by keyboard. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Browser, type Page } from '@playwright/test';

export const SHOTS = join(process.cwd(), 'test-results', 'screenshots');
/**
 * A screenshot to look at (test-results/screenshots); `tall` takes the top 1,200 px of the page
 * instead of the window, for screens whose point is below the fold.
 */
export async function shot(page: Page, name: string, tall = false): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  const size = page.viewportSize() ?? { width: 1280, height: 720 };
  const path = join(SHOTS, `${name}-${size.width}x${size.height}${tall ? '-tall' : ''}.png`);
  const clip = { x: 0, y: 0, width: size.width, height: 1200 };
  await page.screenshot(tall ? { path, fullPage: true, clip } : { path });
}

/** Page errors fail the test; console noise from a deliberately dropped socket does not. */
export async function watchedPage(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}

export async function main(page: Page) {
  return page.getByRole('main');
}

export async function openRoom(
  page: Page,
  mode: 'assessment' | 'practice',
  style: 'individual' | 'room-play' = 'individual',
): Promise<string> {
  await page.goto('/#facilitator');
  await page.getByRole('button', { name: 'New live room' }).click();
  await page
    .getByLabel('Scenario or track')
    .selectOption({ label: 'Saturday at the Returns Desk' });
  await page.getByLabel('Time pressure').selectOption('off');
  if (mode === 'practice') await page.getByRole('radio', { name: /^Practice/ }).check();
  if (style === 'room-play') await page.getByRole('radio', { name: /^Together/ }).check();
  await page.getByRole('button', { name: 'Open the room' }).click();
  const facts = page.locator('[data-live-facts]');
  await expect(facts).toContainText(/Code [A-Z0-9]{6}/);
  return /Code ([A-Z0-9]{6})/.exec((await facts.textContent()) ?? '')![1]!;
}

export async function joinRoom(
  page: Page,
  code: string,
  name: string,
  screen: 'play' | 'live-room-play' = 'play',
): Promise<void> {
  await page.goto(`/#join/${code}`);
  await expect(await main(page)).toHaveAttribute('data-screen', 'join');
  await expect(page.getByLabel('Room code')).toHaveValue(code);
  await page.getByLabel(/Your name/).fill(name);
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(await main(page)).toHaveAttribute('data-screen', screen);
}

export function panelState(page: Page) {
  return page.getByRole('main').evaluate((element) => {
    const panel = element.querySelector('[data-node-id]');
    return {
      screen: element.getAttribute('data-screen'),
      nodeId: panel?.getAttribute('data-node-id') ?? null,
      kind: panel?.getAttribute('data-node-kind') ?? null,
    };
  });
}

/** One step: the numbered choice at a decision, Continue elsewhere; waits for the next node. */
export async function step(page: Page, choice: number): Promise<void> {
  const before = await panelState(page);
  if (before.kind === 'ending') {
    // The ending's moment: its text and the cast's reaction, then on to the room's end screen.
    await page.getByRole('button', { name: 'See your debrief' }).click();
    await expect(page.getByRole('main')).toHaveAttribute('data-screen', 'live-end');
    return;
  }
  let key = 'Enter';
  if (before.kind === 'decision') {
    const offered = await page
      .getByRole('region', { name: 'Story and choices' })
      .getByRole('list', { name: /^Choices/ })
      .getByRole('button')
      .count();
    key = String(Math.min(choice, offered));
  }
  await page.getByRole('region', { name: 'Story and choices' }).focus();
  await page.keyboard.press(key);
  await expect
    .poll(async () => {
      const now = await panelState(page);
      // A decision's consequence beat keeps its node: the kind changes, then the node.
      return now.screen === 'live-end' || now.nodeId !== before.nodeId || now.kind !== before.kind;
    })
    .toBe(true);
}

/**
 * Plays on to the next decision and takes the numbered choice there (the last one when fewer
 * are offered); returns the text of the choice taken.
 */
export async function decide(page: Page, choice: number): Promise<string> {
  while ((await panelState(page)).kind !== 'decision') await step(page, choice);
  const buttons = page
    .getByRole('region', { name: 'Story and choices' })
    .getByRole('list', { name: /^Choices/ })
    .getByRole('button');
  const taken = Math.min(choice, await buttons.count());
  const text = await buttons
    .nth(taken - 1)
    .locator('span')
    .nth(1)
    .innerText();
  await step(page, taken);
  return text;
}

/** Plays to the room's end screen, through the ending's moment (which must be shown). */
export async function playToEnd(page: Page, choice: number): Promise<void> {
  let sawEnding = false;
  for (let i = 0; i < 80; i++) {
    const { screen, kind } = await panelState(page);
    if (screen === 'live-end') break;
    sawEnding ||= kind === 'ending';
    await step(page, choice);
  }
  await expect(page.getByRole('main')).toHaveAttribute('data-screen', 'live-end');
  expect(sawEnding, 'the ending’s moment came before the end screen').toBe(true);
}
