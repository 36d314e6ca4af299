/**
 * An assessment track from the list to its combined profile: every scenario of the track is
 * played in order with the keyboard alone, then the track profile shows one combined score per
 * dimension and one part per scenario.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  expect,
  openList,
  playToEnd,
  pressButton,
  screenshot,
  tabTo,
  test,
  waitForScreen,
} from './support';

test.describe.configure({ timeout: 400_000 });

interface TrackData {
  id: string;
  title: string;
  scenarios: string[];
}

const tracks = (
  JSON.parse(readFileSync(join(process.cwd(), 'scenarios', 'tracks.json'), 'utf8')) as {
    tracks: TrackData[];
  }
).tracks;
// The shortest track keeps the test quick; every track uses the same flow.
const track = [...tracks].sort((a, b) => a.scenarios.length - b.scenarios.length)[0]!;

test(`plays the track "${track.title}" and ends with a combined profile`, async ({ page }) => {
  await openList(page);
  await tabTo(page, page.getByRole('button', { name: `Start track ${track.title}` }));
  await page.keyboard.press('Enter');

  for (let index = 0; index < track.scenarios.length; index++) {
    await waitForScreen(page, 'briefing');
    await expect(
      page.getByText(`Scenario ${index + 1} of ${track.scenarios.length}`),
    ).toBeVisible();
    await pressButton(page, 'Start');
    await waitForScreen(page, 'play');
    await playToEnd(page);
    const last = index === track.scenarios.length - 1;
    await pressButton(page, last ? 'See your track profile' : 'Next scenario in the track');
  }

  await waitForScreen(page, 'track-end');
  const debrief = page.getByRole('main');
  await expect(
    debrief.getByRole('heading', { name: 'Your scores across the track', level: 2 }),
  ).toBeVisible();
  for (let index = 0; index < track.scenarios.length; index++) {
    await expect(
      debrief.getByRole('heading', { name: new RegExp(`^Part ${index + 1}: `) }),
    ).toBeVisible();
  }
  await screenshot(page, 'track-profile');
  await pressButton(page, 'Back to the list');
  await waitForScreen(page, 'list');
});
