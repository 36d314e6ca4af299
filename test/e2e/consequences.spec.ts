/**
 * Play that teaches (issue 12): the consequence beat after a choice, a timeout said out loud,
 * practice feedback with a step back, and the ending's moment before the debrief.
 */
import type { Page } from '@playwright/test';
import {
  chooseFixtureFile,
  expect,
  expectNoSeriousA11yViolations,
  openList,
  playOneStep,
  playState,
  playToEnd,
  pressButton,
  screenshot,
  storyPanel,
  test,
  waitForScreen,
  LAPTOP,
  PHONE,
} from './support';

test.describe.configure({ timeout: 120_000 });

const VIEWPORTS = [LAPTOP, PHONE];

async function startFixtureIn(page: Page, mode: 'Assessment' | 'Practice'): Promise<void> {
  await openList(page);
  await chooseFixtureFile(page, 'consequences.json');
  await waitForScreen(page, 'briefing');
  await page.getByRole('radio', { name: mode }).check();
  await pressButton(page, 'Start');
  await waitForScreen(page, 'play');
}

async function expectKind(page: Page, kind: string, nodeId?: string): Promise<void> {
  await expect(storyPanel(page)).toHaveAttribute('data-node-kind', kind);
  if (nodeId) await expect(storyPanel(page)).toHaveAttribute('data-node-id', nodeId);
}

/** The picture is ready and still, so a screenshot shows what a player sees. */
async function stillPicture(page: Page): Promise<void> {
  const stage = page.locator('.stage-frame [data-stage-state="ready"]');
  await expect(stage).toHaveCount(1, { timeout: 20_000 });
  await expect(page.locator('.stage-frame [data-loop="asleep"]')).toHaveCount(1, {
    timeout: 15_000,
  });
}

for (const viewport of VIEWPORTS) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('assessment: the consequence comes before the next decision; time running out is announced; the ending comes before the debrief', async ({
      page,
    }) => {
      await startFixtureIn(page, 'Assessment');
      // One description of the stage, not two nested ones.
      await expect(page.locator('.stage-frame [role="img"]')).toHaveCount(1);
      await expect(page.locator('.stage-frame [role="img"] [role="img"]')).toHaveCount(0);
      await playOneStep(page); // the opening narrative
      await expectKind(page, 'decision', 'first-call');
      await page.keyboard.press('1');
      await expectKind(page, 'beat', 'first-call');
      const narration = storyPanel(page).getByRole('region', { name: 'Narration' });
      await expect(narration).toHaveAttribute('aria-live', 'polite');
      await expect(narration).toContainText('Sam opens the cash drawer');
      await expect(narration.getByRole('list', { name: 'What moved' })).toContainText(
        'Customer trust +10 (now 60)',
      );
      // Assessment: no coaching and no scores during play.
      await expect(page.getByRole('region', { name: 'Practice feedback' })).toHaveCount(0);
      await expect(storyPanel(page)).not.toHaveAttribute('data-scores', /.*/);
      await expect(storyPanel(page).getByRole('button', { name: /^\d/ })).toHaveCount(0);
      const next = page.getByRole('button', { name: 'Continue' });
      await expect(next).toBeFocused();
      await stillPicture(page);
      await screenshot(page, 'play-consequence-beat');
      await expectNoSeriousA11yViolations(page);
      await page.keyboard.press('Enter');
      // The chance event says what it moved.
      await expectKind(page, 'event', 'rush');
      await expect(narration.getByRole('list', { name: 'What moved' })).toHaveCount(1);
      await playOneStep(page);
      await expectKind(page, 'decision', 'quick');
      // Nobody answers: the time runs out and it is said at once, assertively.
      const alert = page.getByRole('alert');
      await expect(alert).toHaveText(
        'Time ran out. The team went with: Tell her the rules are the rules.',
        { timeout: 15_000 },
      );
      await expectKind(page, 'beat', 'quick');
      await expect(page.getByRole('heading', { name: 'Time ran out' })).toBeVisible();
      await expect(narration).toContainText('Rita leaves her shopping');
      await expect(page.getByRole('button', { name: 'Continue' })).toBeFocused();
      await stillPicture(page);
      await screenshot(page, 'play-timeout');
      await expectNoSeriousA11yViolations(page);
      await page.keyboard.press('Enter');
      await expectKind(page, 'decision', 'wrap-up');
      await expect(page.locator('.timeout-alert')).toBeEmpty();
      await page.keyboard.press('1');
      await expectKind(page, 'beat', 'wrap-up');
      await pressButton(page, 'See how it ends');
      // The ending's moment: its text and the picture's tone first, the debrief after.
      await expectKind(page, 'ending', 'end-good');
      expect((await playState(page)).screen).toBe('play');
      await expect(narration).toContainText('By closing time Sam has a plan');
      await expect(page.locator('.stage-frame [data-outcome="positive"]')).toHaveCount(1, {
        timeout: 20_000,
      });
      await stillPicture(page);
      await screenshot(page, 'play-ending-moment');
      await expectNoSeriousA11yViolations(page);
      await pressButton(page, 'See your debrief');
      await waitForScreen(page, 'end');
      await expect(page.getByText('Played in assessment mode')).toBeVisible();
    });

    test('practice: feedback after a choice, a step back and another try', async ({ page }) => {
      await startFixtureIn(page, 'Practice');
      await playOneStep(page);
      await expectKind(page, 'decision', 'first-call');
      await page.keyboard.press('2');
      await expectKind(page, 'beat', 'first-call');
      const feedback = page.getByRole('region', { name: 'Practice feedback' });
      await expect(feedback).toContainText(
        'The customers pay for the broken reader with their time.',
      );
      await expect(feedback).toContainText('Principle: Empower the front line.');
      await expect(
        feedback.getByRole('list', { name: 'How this choice moved your scores' }),
      ).toContainText('Empowerment −2');
      await stillPicture(page);
      await screenshot(page, 'play-practice-feedback');
      await expectNoSeriousA11yViolations(page);
      await pressButton(page, 'Step back and choose again');
      await expectKind(page, 'decision', 'first-call');
      await page.keyboard.press('1');
      await expectKind(page, 'beat', 'first-call');
      await expect(feedback).toContainText('Sam can act without waiting for you.');
      await page.keyboard.press('Enter');
      await expectKind(page, 'event', 'rush');
      await playToEnd(page);
      await waitForScreen(page, 'end');
      await expect(page.getByText('Played in practice mode')).toBeVisible();
      await expect(page.getByText(/stepped back 1 time/)).toBeVisible();
    });
  });
}
