import {
  firstChoice,
  lastChoice,
  openList,
  bundledScenarios,
  expect,
  playToEnd,
  pressButton,
  tabTo,
  test,
  waitForScreen,
} from './support';

// Playing under software WebGL on a shared 2-core machine is slow; the waits are on state, not time.
test.describe.configure({ timeout: 150000 });

const scenarios = bundledScenarios();

test('the bundled library is not empty', () => {
  expect(scenarios.length).toBeGreaterThan(0);
});

// Two paths through every scenario: always the first choice offered, and always the last.
const policies = [
  { name: 'first choices', policy: firstChoice },
  { name: 'last choices', policy: lastChoice },
];

for (const scenario of scenarios)
  for (const { name, policy } of policies) {
    test(`plays "${scenario.id}" (${name}) from the title to the end with the keyboard alone`, async ({
      page,
    }) => {
      await openList(page);
      await expect(page.getByRole('heading', { level: 3, name: scenario.title })).toBeVisible();
      await tabTo(page, page.getByRole('button', { name: `Play ${scenario.title}` }));
      await page.keyboard.press('Enter');
      await waitForScreen(page, 'briefing');
      await expect(page.getByRole('heading', { level: 1, name: scenario.title })).toBeVisible();
      await pressButton(page, 'Start');
      await waitForScreen(page, 'play');
      await playToEnd(page, policy);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(scenario.title);
      await expect(page.getByRole('button', { name: 'Back to the list' })).toBeVisible();
      await pressButton(page, 'Back to the list');
      await waitForScreen(page, 'list');
      // A finished run leaves nothing to resume.
      await pressButton(page, 'Back to the title');
      await waitForScreen(page, 'title');
      await expect(page.getByRole('button', { name: 'Resume' })).toHaveCount(0);
    });
  }
