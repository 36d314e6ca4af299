/**
 * Live rooms in the browser: a facilitator opens a room, two participants join by code and
 * play, the facilitator sees them and the split fill in, pauses, releases debriefs and exports
 * the workshop file, which the offline tools open; a participant keeps playing through a server
 * crash and nothing is lost.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { LiveServerProcess } from './server';

const server = new LiveServerProcess();
test.beforeAll(async () => server.start());
test.afterAll(async () => server.dispose());

const SHOTS = join(process.cwd(), 'test-results', 'screenshots');
async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  const size = page.viewportSize();
  await page.screenshot({ path: join(SHOTS, `${name}-${size?.width}x${size?.height}.png`) });
}

/** Page errors fail the test; console noise from a deliberately dropped socket does not. */
async function watchedPage(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}

async function main(page: Page) {
  return page.getByRole('main');
}

async function openRoom(page: Page, mode: 'assessment' | 'practice'): Promise<string> {
  await page.goto('/#facilitator');
  await page.getByRole('button', { name: 'New live room' }).click();
  await page
    .getByLabel('Scenario or track')
    .selectOption({ label: 'Saturday at the Returns Desk' });
  await page.getByLabel('Time pressure').selectOption('off');
  if (mode === 'practice') await page.getByRole('radio', { name: /^Practice/ }).check();
  await page.getByRole('button', { name: 'Open the room' }).click();
  const facts = page.locator('[data-live-facts]');
  await expect(facts).toContainText(/Code [A-Z0-9]{6}/);
  return /Code ([A-Z0-9]{6})/.exec((await facts.textContent()) ?? '')![1]!;
}

async function joinRoom(page: Page, code: string, name: string): Promise<void> {
  await page.goto(`/#join/${code}`);
  await expect(await main(page)).toHaveAttribute('data-screen', 'join');
  await expect(page.getByLabel('Room code')).toHaveValue(code);
  await page.getByLabel(/Your name/).fill(name);
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(await main(page)).toHaveAttribute('data-screen', 'play');
}

function panelState(page: Page) {
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
async function step(page: Page, choice: number): Promise<void> {
  const before = await panelState(page);
  const key = before.kind === 'decision' ? String(choice) : 'Enter';
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

async function decide(page: Page, choice: number): Promise<void> {
  while ((await panelState(page)).kind !== 'decision') await step(page, choice);
  await step(page, choice);
}

async function playToEnd(page: Page, choice: number): Promise<void> {
  for (let i = 0; i < 80 && (await panelState(page)).screen !== 'live-end'; i++)
    await step(page, choice);
  await expect(page.getByRole('main')).toHaveAttribute('data-screen', 'live-end');
}

test('a facilitator runs a room: joins, live splits, pause, released debriefs, export', async ({
  browser,
}) => {
  const facilitator = await watchedPage(browser);
  const fac = facilitator.page;
  const code = await openRoom(fac, 'assessment');
  await shot(fac, 'live-dashboard-empty');

  await fac.getByRole('button', { name: 'Show join screen' }).click();
  const joinScreen = fac.getByRole('dialog', { name: /Join screen/ });
  await expect(joinScreen.locator('[data-code]')).toHaveAttribute('data-code', code);
  // The server listens on 127.0.0.1 only: the screen says so instead of offering localhost.
  await expect(joinScreen).toContainText('Only this computer can reach the server');
  await joinScreen.getByLabel('Address phones use').fill('http://192.168.1.23:4184/');
  await joinScreen.getByLabel('Address phones use').press('Enter');
  await expect(joinScreen).toContainText(`http://192.168.1.23:4184/#join/${code}`);
  await expect(joinScreen.getByRole('img', { name: /QR code of http/ })).toBeVisible();
  await shot(fac, 'live-join-screen');
  await fac.setViewportSize({ width: 390, height: 844 });
  await shot(fac, 'live-join-screen');
  await fac.setViewportSize({ width: 1280, height: 720 });
  await joinScreen.getByRole('button', { name: 'Close join screen' }).click();

  const ana = await watchedPage(browser);
  const ben = await watchedPage(browser);
  await ana.page.setViewportSize({ width: 390, height: 844 });
  await ana.page.goto(`/#join/${code}`);
  await expect(ana.page.getByRole('main')).toHaveAttribute('data-screen', 'join');
  await shot(ana.page, 'live-participant-join');
  await joinRoom(ana.page, code, 'Ana');
  await joinRoom(ben.page, code, 'Ben');
  await shot(ana.page, 'live-participant-play');

  const who = fac.getByRole('table', { name: 'Who joined' });
  await expect(who.getByRole('rowheader', { name: 'Ana' })).toBeVisible();
  await expect(who.getByRole('rowheader', { name: 'Ben' })).toBeVisible();

  // The split at the first decision fills in as each one decides.
  await decide(ana.page, 1);
  await expect(fac.locator('.fac-decision').first()).toContainText('decided by 1');
  await decide(ben.page, 2);
  await expect(fac.locator('.fac-decision').first()).toContainText('decided by 2');
  await shot(fac, 'live-dashboard');
  await fac.setViewportSize({ width: 390, height: 844 });
  await shot(fac, 'live-dashboard');
  await fac.setViewportSize({ width: 1280, height: 720 });

  // Pause: the participant's line says so; resume and play on.
  await fac.getByRole('button', { name: 'Pause room' }).click();
  await expect(ben.page.getByRole('status').filter({ hasText: 'paused' })).toBeVisible();
  await fac.getByRole('button', { name: 'Resume room' }).click();
  await expect(ben.page.getByRole('status').filter({ hasText: 'Connected to room' })).toBeVisible();

  await playToEnd(ana.page, 1);
  await playToEnd(ben.page, 2);
  await expect(ana.page.getByText(/Your run is with the facilitator/)).toBeVisible();
  await expect(fac.locator('[data-live-facts]')).toContainText('2 finished');

  await fac.getByRole('button', { name: 'Release debriefs' }).click();
  for (const person of [ana.page, ben.page]) {
    await expect(person.getByText(/Your run is with the facilitator/)).toHaveCount(0);
    await expect(person.getByRole('main')).toHaveAttribute('aria-busy', 'false');
    await expect(person.locator('.debrief-host, .debrief').first()).not.toBeEmpty();
  }
  await shot(ana.page, 'live-participant-debrief');

  const counts = fac.locator('.fac-counts');
  await expect(counts).toHaveAttribute('data-finished', '2');
  const download = fac.waitForEvent('download');
  await fac.getByRole('button', { name: 'Export workshop file' }).click();
  const file = join(server.dataDir, 'export.workshop.json');
  await (await download).saveAs(file);

  // The offline tools open the exported file with the same numbers.
  const offline = await watchedPage(browser);
  await offline.page.goto('/#facilitator');
  await offline.page.getByLabel('Import a workshop file').setInputFiles(file);
  await offline.page.getByRole('button', { name: 'Dashboard' }).click();
  const offlineCounts = offline.page.locator('.fac-counts');
  await expect(offlineCounts).toHaveAttribute('data-sessions', '2');
  await expect(offlineCounts).toHaveAttribute('data-finished', '2');
  const liveSplit = await fac.locator('.fac-decision').first().textContent();
  await expect(offline.page.locator('.fac-decision').first()).toHaveText(liveSplit ?? '');

  for (const { errors } of [facilitator, ana, ben, offline]) expect(errors).toEqual([]);
});

test('a participant plays through a server crash and nothing is lost', async ({ browser }) => {
  const facilitator = await watchedPage(browser);
  const code = await openRoom(facilitator.page, 'practice');
  const cleo = await watchedPage(browser);
  await joinRoom(cleo.page, code, 'Cleo');
  await decide(cleo.page, 1);
  const line = cleo.page.locator('.live-status');
  await expect(line).toHaveAttribute('data-online', 'true');

  await server.kill();
  await expect(line).toHaveAttribute('data-online', 'false');
  await expect(line).toContainText('Connection lost: keep playing');
  await decide(cleo.page, 2);
  await expect(line).toContainText('waiting');

  await server.start();
  await expect(line).toHaveAttribute('data-online', 'true');
  await expect(line).toContainText('Connected to room');
  await playToEnd(cleo.page, 1);
  // Practice room: the server's debrief arrives once every input is in.
  await expect(cleo.page.getByText(/Your run is with the facilitator/)).toHaveCount(0);
  await expect(facilitator.page.locator('[data-live-facts]')).toContainText('1 finished');
  expect(cleo.errors).toEqual([]);
});
