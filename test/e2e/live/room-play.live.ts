/**
 * Room play with phones: the facilitator runs the story on the shared screen, three phones vote
 * at each decision (one changes its vote), a tie waits for more votes or the facilitator, the
 * majority moves the room on, and room and phones both reach the ending.
 */
import { expect, test, type Page } from '@playwright/test';
import { LiveServerProcess } from './server';
import { joinRoom, openRoom, shot, watchedPage } from './support';

const server = new LiveServerProcess();
test.beforeAll(async () => server.start());
test.afterAll(async () => server.dispose());

async function joinPhone(page: Page, code: string, name: string): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  await joinRoom(page, code, name, 'live-room-play');
  await expect(page.getByRole('heading', { name: 'This room plays together' })).toBeVisible();
}

async function vote(page: Page, choice: number): Promise<void> {
  const ballot = page.getByRole('list', { name: 'Your vote' }).getByRole('button');
  await ballot.nth(choice - 1).click();
  await expect(ballot.nth(choice - 1)).toHaveAttribute('aria-pressed', 'true');
}

test('three phones vote the room through room play', async ({ browser }) => {
  const facilitator = await watchedPage(browser);
  const fac = facilitator.page;
  const code = await openRoom(fac, 'assessment', 'room-play');
  const phones = [
    await watchedPage(browser),
    await watchedPage(browser),
    await watchedPage(browser),
  ];
  const [ana, ben, cy] = phones.map((phone) => phone.page) as [Page, Page, Page];
  for (const [index, page] of [ana, ben, cy].entries())
    await joinPhone(page, code, ['Ana', 'Ben', 'Cy'][index]!);
  await expect(ana.getByText(/No vote is open/)).toBeVisible();
  await expect(fac.locator('[data-live-facts]')).toContainText('3 participants joined');

  const panel = fac.getByRole('region', { name: 'Room play' });
  const tally = fac.locator('.fac-vote-count');
  let decisions = 0;
  for (let guard = 0; guard < 40; guard += 1) {
    if ((await fac.locator('.fac-room-end').count()) > 0) break;
    const nodeId = await panel.getAttribute('data-node-id');
    if ((await panel.getAttribute('data-node-kind')) !== 'decision') {
      await panel.getByRole('button', { name: 'Continue' }).click();
    } else {
      await panel.getByRole('button', { name: 'Open the vote' }).click();
      for (const page of [ana, ben, cy])
        await expect(page.getByRole('heading', { name: 'Vote now' })).toBeVisible();
      if (decisions === 0) {
        // A tie first: nobody may close it as a majority; then Cy breaks it.
        await vote(ana, 1);
        await vote(ben, 2);
        await expect(tally).toHaveText('2 votes from 3 participants');
        await expect(panel.getByText(/A tie between 1 and 2/)).toBeVisible();
        await expect(panel.getByRole('button', { name: /^Close the vote/ })).toHaveCount(0);
        await shot(ana, 'live-room-play-phone');
        await vote(cy, 2);
        // A reload keeps Ana's vote on her phone; then she changes her mind: still one ballot each.
        await ana.reload();
        await expect(
          ana.getByRole('list', { name: 'Your vote' }).getByRole('button').first(),
        ).toHaveAttribute('aria-pressed', 'true');
        await vote(ana, 2);
        await expect(tally).toHaveText('3 votes from 3 participants');
        await expect(panel.locator('.bar-row').nth(1)).toContainText('3');
        await shot(fac, 'live-room-play', true);
        await panel.getByRole('button', { name: 'Close the vote: 2 goes on' }).click();
        await expect(ana.getByText(/The room chose “.+” \(the majority\)/)).toBeVisible();
      } else {
        for (const page of [ana, ben, cy]) await vote(page, 1);
        await expect(tally).toHaveText('3 votes from 3 participants');
        await panel.getByRole('button', { name: 'Close the vote: 1 goes on' }).click();
      }
      decisions += 1;
    }
    await expect
      .poll(async () =>
        (await fac.locator('.fac-room-end').count()) > 0
          ? 'ended'
          : await panel.getAttribute('data-node-id'),
      )
      .not.toBe(nodeId);
  }
  expect(decisions).toBeGreaterThanOrEqual(2);
  await expect(fac.getByRole('heading', { name: "The room's result" })).toBeVisible();
  await expect(fac.locator('.fac-room-splits table')).toHaveCount(decisions);
  for (const page of [ana, ben, cy])
    await expect(page.getByRole('heading', { name: 'The room reached its ending' })).toBeVisible();
  await shot(ana, 'live-room-play-phone-end');
  for (const { errors } of [facilitator, ...phones]) expect(errors).toEqual([]);
});
