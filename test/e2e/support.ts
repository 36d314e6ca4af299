/**
 * Shared e2e fixture: every test fails on a console error, an uncaught page error or a request
 * that leaves the origin. Helpers wait on state (data-screen, aria-busy, roles), never on sleeps.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

export { expect };

interface Watch {
  problems: string[];
}

export const test = base.extend<{ watch: Watch }>({
  watch: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1:4174').origin;
      const watch: Watch = { problems: [] };
      page.on('console', (message) => {
        if (message.type() === 'error') watch.problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => watch.problems.push(`page error: ${error.message}`));
      page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origin) watch.problems.push(`request off origin: ${url}`);
      });
      await use(watch);
      expect(watch.problems, 'console errors, page errors or off-origin requests').toEqual([]);
    },
    { auto: true },
  ],
});

export interface BundledScenario {
  file: string;
  id: string;
  title: string;
}

/** Every scenario file the build bundles (the same rule as the catalogue plugin). */
export function bundledScenarios(): BundledScenario[] {
  const dir = join(process.cwd(), 'scenarios');
  return readdirSync(dir)
    .filter(
      (name) => name.endsWith('.json') && !name.endsWith('.schema.json') && name !== 'tracks.json',
    )
    .sort()
    .map((file) => {
      const data = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
        id: string;
        title: string;
      };
      return { file, id: data.id, title: data.title };
    });
}

export function fixturePath(name: string): string {
  return join(process.cwd(), 'test', 'fixtures', 'e2e', name);
}

export async function waitForScreen(page: Page, name: string): Promise<void> {
  const main = page.getByRole('main');
  await expect(main).toHaveAttribute('data-screen', name);
  await expect(main).toHaveAttribute('aria-busy', 'false');
}

/** Moves focus with the Tab key alone until `target` has it. */
export async function tabTo(page: Page, target: Locator, maxPresses = 80): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the control');
}

export async function pressButton(page: Page, name: string | RegExp): Promise<void> {
  await tabTo(page, page.getByRole('button', { name, exact: typeof name === 'string' }));
  await page.keyboard.press('Enter');
}

export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
  ).toEqual([]);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = join(process.cwd(), 'test-results', 'screenshots');
  mkdirSync(dir, { recursive: true });
  const size = page.viewportSize();
  await page.screenshot({
    path: join(dir, `${name}-${size?.width ?? 0}x${size?.height ?? 0}.png`),
    fullPage: true,
  });
}

export function storyPanel(page: Page): Locator {
  return page.getByRole('region', { name: 'Story and choices' });
}

/** The state a resumed run must restore exactly. */
export async function runState(page: Page) {
  const panel = storyPanel(page);
  return {
    nodeId: await panel.getAttribute('data-node-id'),
    kind: await panel.getAttribute('data-node-kind'),
    scores: await panel.getAttribute('data-scores'),
    text: await panel.getByRole('region', { name: 'Narration' }).textContent(),
    meters: await page
      .getByRole('list', { name: 'Meters' })
      .locator('li')
      .evaluateAll((items) =>
        items.map(
          (item) => `${item.getAttribute('data-meter-id')}=${item.getAttribute('data-value')}`,
        ),
      ),
  };
}

/** Screen, node and autosave state, read at once so a screen change cannot fall between reads. */
export function playState(page: Page) {
  return page.getByRole('main').evaluate((main) => {
    const panel = main.querySelector('[data-node-id]');
    return {
      screen: main.getAttribute('data-screen'),
      nodeId: panel?.getAttribute('data-node-id') ?? null,
      kind: panel?.getAttribute('data-node-kind') ?? null,
      savedInputs: Number(panel?.getAttribute('data-saved-inputs') ?? '0'),
    };
  });
}

/** Which numbered choice to press at a decision, given how many are offered (1-based). */
export type ChoicePolicy = (offered: number, step: number) => number;

export const firstChoice: ChoicePolicy = () => 1;
export const lastChoice: ChoicePolicy = (offered) => offered;

/**
 * One keyboard step of play: a number key at a decision, Enter elsewhere (on the consequence
 * beat Enter presses its focused Continue button); at the ending's moment, the button into the
 * debrief. Waits for the next node, beat or screen.
 */
export async function playOneStep(page: Page, policy = firstChoice, step = 0): Promise<void> {
  const { screen, nodeId, kind } = await playState(page);
  // A step asked for after the run ended would wait for a change that never comes.
  if (screen !== 'play') throw new Error(`no step to play on the ${screen} screen`);
  if (kind === 'ending') {
    await pressButton(page, 'See your debrief');
    await waitForScreen(page, 'end');
    return;
  }
  let key = 'Enter';
  if (kind === 'decision') {
    const choices = storyPanel(page).getByRole('list', { name: /^Choices/ });
    const offered = await choices.getByRole('button').count();
    key = String(Math.min(Math.max(policy(offered, step), 1), offered));
  }
  await page.keyboard.press(key);
  await expect
    .poll(async () => {
      const state = await playState(page);
      return (
        state.screen === 'end' ||
        (state.screen === 'play' && (state.nodeId !== nodeId || state.kind !== kind))
      );
    })
    .toBe(true);
}

/** Plays on until the next decision (or the ending's moment) is on screen. */
export async function playToDecision(page: Page): Promise<void> {
  for (let step = 0; step < 30; step++) {
    const { kind } = await playState(page);
    if (kind === 'decision' || kind === 'ending') return;
    await playOneStep(page);
  }
  throw new Error('no decision came');
}

/** Waits until autosave has stored this many inputs (so a reload cannot beat the write). */
export async function waitForSave(page: Page, inputs: number): Promise<void> {
  await expect.poll(async () => (await playState(page)).savedInputs).toBeGreaterThanOrEqual(inputs);
}

/** Plays with the keyboard until the end screen, choosing by `policy` at each decision. */
export async function playToEnd(page: Page, policy = firstChoice, maxSteps = 60): Promise<void> {
  for (let step = 0; step < maxSteps; step++) {
    if ((await playState(page)).screen === 'end') break;
    await playOneStep(page, policy, step);
  }
  await waitForScreen(page, 'end');
}

/** From a fresh page load to the scenario list. */
export async function openList(page: Page): Promise<void> {
  await page.goto('/');
  await waitForScreen(page, 'title');
  await pressButton(page, 'Play');
  await waitForScreen(page, 'list');
}

/** From the title screen on show to the first node of the first scenario in the list. */
export async function startFirstScenarioFromTitle(page: Page): Promise<void> {
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

/** Picks a fixture file with "Try your own scenario file" (the list must be on screen). */
export async function chooseFixtureFile(page: Page, name: string): Promise<void> {
  await page.getByLabel('Scenario file', { exact: true }).setInputFiles(fixturePath(name));
}

/** From the list: a fixture file through its briefing to the first node of play. */
export async function startFixture(page: Page, name: string): Promise<void> {
  await chooseFixtureFile(page, name);
  await waitForScreen(page, 'briefing');
  await pressButton(page, 'Start');
  await waitForScreen(page, 'play');
}

/** The screens the game is checked at: a laptop or projector, a large monitor, a phone. */
export const LAPTOP = { width: 1280, height: 720 };
export const WIDE = { width: 1920, height: 1080 };
export const PHONE = { width: 390, height: 844 };
