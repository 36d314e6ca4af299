/**
 * Live rooms in the browser: a facilitator opens a room, two participants join by code and
 * play, the facilitator sees them and the split fill in, pauses, releases debriefs and exports
 * the workshop file, which the offline tools open; a participant keeps playing through a server
 * crash and nothing is lost.
 */
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { LiveServerProcess } from './server';
import { decide, joinRoom, openRoom, playToEnd, shot, watchedPage } from './support';

const server = new LiveServerProcess();
test.beforeAll(async () => server.start());
test.afterAll(async () => server.dispose());

/** A choice's text as a literal in a regular expression. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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

  // Three participants, three paths: Ana takes the first choice, Ben the second, Cy the last.
  const ana = await watchedPage(browser);
  const ben = await watchedPage(browser);
  const cy = await watchedPage(browser);
  await ana.page.setViewportSize({ width: 390, height: 844 });
  await ana.page.goto(`/#join/${code}`);
  await expect(ana.page.getByRole('main')).toHaveAttribute('data-screen', 'join');
  await shot(ana.page, 'live-participant-join');
  await joinRoom(ana.page, code, 'Ana');
  await joinRoom(ben.page, code, 'Ben');
  await joinRoom(cy.page, code, 'Cy');
  await shot(ana.page, 'live-participant-play');

  const who = fac.getByRole('table', { name: 'Who joined' });
  for (const name of ['Ana', 'Ben', 'Cy'])
    await expect(who.getByRole('rowheader', { name })).toBeVisible();

  // The split at the first decision fills in as each one decides, and counts what each took.
  const taken: string[] = [];
  for (const [index, person] of [ana, ben, cy].entries()) {
    taken.push(await decide(person.page, [1, 2, 9][index]!));
    await expect(fac.locator('.fac-decision').first()).toContainText(`decided by ${index + 1}`);
  }
  expect(new Set(taken).size).toBe(3);
  const split = fac.locator('.fac-decision').first().getByRole('table');
  for (const text of taken) {
    const row = split.getByRole('row', { name: new RegExp(`^${escape(text)}`) });
    await expect(row.getByRole('cell').nth(1), `people who took “${text}”`).toHaveText('1');
  }
  await expect(who.getByRole('row', { name: /^Cy/ })).toContainText('1 decision taken');
  await shot(fac, 'live-dashboard', true);
  await fac.setViewportSize({ width: 390, height: 844 });
  await shot(fac, 'live-dashboard');
  // What sticks out to the right, innermost first, so a failure names the culprit.
  const wide = await fac.evaluate(() =>
    [...document.querySelectorAll('main *')]
      .filter((node) => node.getBoundingClientRect().right > innerWidth + 1)
      .filter((node) => node.closest('.table-scroll') === null)
      .map((node) => {
        const table = node.closest('table');
        const where = table ? ` in table “${table.caption?.textContent ?? ''}”` : '';
        return `${node.tagName.toLowerCase()}.${node.className}${where}`;
      })
      .slice(-5),
  );
  expect(wide, 'the dashboard scrolls sideways at 390 px').toEqual([]);
  await fac.setViewportSize({ width: 1280, height: 720 });

  // Pause: the participant's line says so; resume and play on.
  await fac.getByRole('button', { name: 'Pause room' }).click();
  await expect(ben.page.getByRole('status').filter({ hasText: 'paused' })).toBeVisible();
  await fac.getByRole('button', { name: 'Resume room' }).click();
  await expect(ben.page.getByRole('status').filter({ hasText: 'Connected to room' })).toBeVisible();

  await playToEnd(ana.page, 1);
  await playToEnd(ben.page, 2);
  await playToEnd(cy.page, 9);
  await expect(ana.page.getByText(/Your run is with the facilitator/)).toBeVisible();
  await expect(fac.locator('[data-live-facts]')).toContainText('3 finished');

  await fac.getByRole('button', { name: 'Release debriefs' }).click();
  for (const person of [ana.page, ben.page, cy.page]) {
    await expect(person.getByText(/Your run is with the facilitator/)).toHaveCount(0);
    await expect(person.getByRole('main')).toHaveAttribute('aria-busy', 'false');
    await expect(person.locator('.debrief-host, .debrief').first()).not.toBeEmpty();
  }
  await shot(ana.page, 'live-participant-debrief');

  const counts = fac.locator('.fac-counts');
  await expect(counts).toHaveAttribute('data-finished', '3');
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
  await expect(offlineCounts).toHaveAttribute('data-sessions', '3');
  await expect(offlineCounts).toHaveAttribute('data-finished', '3');
  const liveSplit = await fac.locator('.fac-decision').first().textContent();
  await expect(offline.page.locator('.fac-decision').first()).toHaveText(liveSplit ?? '');

  for (const { errors } of [facilitator, ana, ben, cy, offline]) expect(errors).toEqual([]);
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
