/**
 * An assessment track from the list to its combined profile, with the keyboard alone: the page
 * is reloaded in the middle of every part (and once between parts), the track is continued from
 * the title each time, and the combined profile has one part per scenario. The finished track
 * then reopens from "Your past runs".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  expect,
  openList,
  playOneStep,
  playToEnd,
  pressButton,
  screenshot,
  tabTo,
  test,
  waitForSave,
  waitForScreen,
} from './support';

test.describe.configure({ timeout: 400_000 });

interface TrackData {
  id: string;
  title: string;
  summary: string;
  scenarios: string[];
}

const tracks = (
  JSON.parse(readFileSync(join(process.cwd(), 'scenarios', 'tracks.json'), 'utf8')) as {
    tracks: TrackData[];
  }
).tracks;
// The shortest track keeps the test quick; every track uses the same flow.
const track = [...tracks].sort((a, b) => a.scenarios.length - b.scenarios.length)[0]!;
const parts = track.scenarios.length;

test(`plays the track "${track.title}" through reloads and ends with a combined profile`, async ({
  page,
}) => {
  await openList(page);
  await tabTo(page, page.getByRole('button', { name: `Start track ${track.title}` }));
  await page.keyboard.press('Enter');

  for (let index = 0; index < parts; index++) {
    await waitForScreen(page, 'briefing');
    await expect(page.getByText(`Scenario ${index + 1} of ${parts}`)).toBeVisible();
    await pressButton(page, 'Start');
    await waitForScreen(page, 'play');
    await playOneStep(page);
    await playOneStep(page);
    await waitForSave(page, 2);
    // Closed in the middle of the part: the title continues the track where it was.
    await page.reload();
    await waitForScreen(page, 'title');
    await pressButton(
      page,
      new RegExp(
        `^Continue the track “${track.title}”, part ${index + 1} of ${parts}: .*, step 3$`,
      ),
    );
    await waitForScreen(page, 'play');
    await playToEnd(page);
    const last = index === parts - 1;
    if (index === 0) {
      // Closed between parts: the track carries on at the next part's briefing.
      await page.reload();
      await waitForScreen(page, 'title');
      await pressButton(page, new RegExp(`^Continue the track .*part 2 of ${parts}.*not started`));
      continue;
    }
    await pressButton(page, last ? 'See your track profile' : 'Next scenario in the track');
  }

  await waitForScreen(page, 'track-end');
  const profile = page.getByRole('main');
  await expect(
    profile.getByRole('heading', { name: 'Your scores across the track', level: 2 }),
  ).toBeVisible();
  for (let index = 0; index < parts; index++) {
    await expect(
      profile.getByRole('heading', { name: new RegExp(`^Part ${index + 1}: `) }),
    ).toBeVisible();
  }
  await screenshot(page, 'track-profile');
  await pressButton(page, 'Back to the list');
  await waitForScreen(page, 'list');
  // Nothing of the track is left to resume, and the list marks it finished.
  const card = page.getByRole('listitem').filter({ hasText: track.summary.slice(0, 40) });
  await expect(card.getByText('Finished before')).toBeVisible();
  await expect(page.getByRole('button', { name: `Start track ${track.title}` })).toBeVisible();

  // The combined profile reopens from the history like a single run.
  await pressButton(page, 'Back to the title');
  await waitForScreen(page, 'title');
  await pressButton(page, 'Your past runs');
  await waitForScreen(page, 'history');
  await screenshot(page, 'keep-history-track');
  await pressButton(page, new RegExp(`^Open debrief: Track: ${track.title},`));
  await waitForScreen(page, 'track-end');
  await expect(
    page.getByRole('heading', { level: 1, name: `Your profile for the track “${track.title}”` }),
  ).toBeVisible();
  for (let index = 0; index < parts; index++) {
    await expect(
      profile.getByRole('heading', { name: new RegExp(`^Part ${index + 1}: `) }),
    ).toBeVisible();
  }
  await pressButton(page, 'Back to your past runs');
  await waitForScreen(page, 'history');
});
