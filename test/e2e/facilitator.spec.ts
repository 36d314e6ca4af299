/**
 * Facilitator tools in a real browser: a workshop fed with 35 generated session files (30 good,
 * 5 broken), the cohort dashboard and its CSV, the projector view, replay against the engine's
 * own snapshots, reload persistence and a full room play. Waits on roles and attributes only.
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { replay } from '../../src/engine/session/replay';
import { encodeResultCode } from '../../src/engine/session/result-code';
import type { SessionLog } from '../../src/engine/session/types';
import type { RunContext } from '../../src/engine/run/types';
import { libraryScenario } from '../fixtures/facilitator/fixture';
import { randomSessionLogs } from '../fixtures/facilitator/random-sessions';

const ENTRY = '/#facilitator';
const SCREENSHOTS = 'test-results/screenshots';
const scenario = libraryScenario('callback-promise.json');
/** The first decision every run of the scenario meets. */
const FIRST_DECISION = 'one-to-one';
const good = randomSessionLogs(scenario, 30);

function snapshotsOf(log: SessionLog): RunContext[] {
  const replayed = replay(scenario, log);
  if (!replayed.ok) throw new Error(replayed.message);
  return replayed.snapshots;
}

/** Five broken files, each with a phrase its reason must contain. */
function brokenFiles(): Array<{ name: string; text: string; reason: string }> {
  const [first, second, third, fourth] = good as [SessionLog, SessionLog, SessionLog, SessionLog];
  const tampered = {
    ...first,
    result: { ...first.result!, rawScores: { customerFocus: 99, adaptability: 0, empowerment: 0 } },
  };
  const unknownChoice = {
    ...second,
    inputs: [second.inputs[0]!, { type: 'choose', choiceId: 'no-such-choice', at: 999_999 }],
  };
  return [
    {
      name: 'broken-not-json.session.json',
      text: '{ "format": "leadership-sim-session", ',
      reason: 'not valid JSON',
    },
    {
      name: 'broken-tampered.session.json',
      text: JSON.stringify(tampered),
      reason: 'changed after the run',
    },
    {
      name: 'broken-unknown-scenario.session.json',
      text: JSON.stringify({ ...third, scenarioId: 'ghost-scenario' }),
      reason: '“ghost-scenario”',
    },
    {
      name: 'broken-unknown-choice.session.json',
      text: JSON.stringify(unknownChoice),
      reason: 'a choice this decision does not have',
    },
    {
      name: 'broken-damaged.session.json',
      text: JSON.stringify({ ...fourth, seed: 'forty-two' }),
      reason: 'seed',
    },
  ];
}

function writeSessionFiles(): { paths: string[]; broken: ReturnType<typeof brokenFiles> } {
  const dir = mkdtempSync(join(tmpdir(), 'facilitator-e2e-'));
  const paths = good.map((log, index) => {
    const path = join(dir, `session-${String(index + 1).padStart(2, '0')}.session.json`);
    writeFileSync(path, JSON.stringify(log, null, 2));
    return path;
  });
  const broken = brokenFiles();
  for (const file of broken) {
    const path = join(dir, file.name);
    writeFileSync(path, file.text);
    paths.push(path);
  }
  return { paths, broken };
}

async function openArea(page: Page): Promise<void> {
  await page.goto(ENTRY);
  await expect(page.getByRole('heading', { name: 'Facilitator tools', level: 1 })).toBeVisible();
}

async function createWorkshop(page: Page, name: string): Promise<void> {
  await page.getByLabel('Workshop name').fill(name);
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
}

async function downloadText(page: Page, button: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return readFileSync(await download.path(), 'utf8');
}

async function expectStep(page: Page, snapshot: RunContext, index: number): Promise<void> {
  const step = page.locator('.fac-step');
  await expect(step).toHaveAttribute('data-step', String(index));
  await expect(step).toHaveAttribute('data-node-id', snapshot.nodeId);
  await expect(step).toHaveAttribute('data-scores', JSON.stringify(snapshot.scores));
  await expect(step).toHaveAttribute('data-meters', JSON.stringify(snapshot.meters));
}

/** The game's picture sits above the replayed step, ready, labelled, with no countdown. */
async function expectReplayPicture(page: Page, heading: string): Promise<void> {
  const picture = page.locator('.fac-replay .fac-stage');
  await expect(picture).toHaveAttribute('role', 'img');
  await expect(picture).toHaveAttribute('aria-label', /^Step \d+ of \d+\. Scene/);
  await expect(picture.locator('[data-stage-state="ready"]')).toHaveCount(1);
  await expect(page.locator('.fac-step .node-heading')).toHaveText(heading);
  // A still picture makes a steady screenshot; the loop sleeps once nothing moves.
  await expect(picture.locator('[data-loop="asleep"]')).toHaveCount(1, { timeout: 10_000 });
}

test('a workshop imports 35 files, shows the cohort, exports CSV, replays exactly and survives a reload', async ({
  page,
}) => {
  const { paths, broken } = writeSessionFiles();
  await openArea(page);
  await createWorkshop(page, 'E2E cohort');

  await page.getByLabel('Choose session files').setInputFiles(paths);
  const report = page.locator('.fac-report');
  await expect(report).toHaveAttribute('data-added', '30');
  await expect(report).toHaveAttribute('data-rejected', '5');
  const rejected = page.getByRole('list', { name: 'Files not loaded' }).getByRole('listitem');
  await expect(rejected).toHaveCount(5);
  for (const file of broken) {
    await expect(rejected.filter({ hasText: file.name })).toContainText(file.reason);
  }

  // Adding the same files again finds only duplicates (and the same broken ones).
  await page.getByLabel('Choose session files').setInputFiles(paths.slice(0, 3));
  await expect(report).toHaveAttribute('data-duplicates', '3');
  await expect(report).toHaveAttribute('data-added', '0');

  await page.getByRole('button', { name: 'Dashboard' }).click();
  const counts = page.locator('.fac-counts');
  await expect(counts).toHaveAttribute('data-sessions', '30');
  await expect(counts).toHaveAttribute('data-finished', '30');
  await expect(page.getByRole('table', { name: 'Participants' }).locator('tbody tr')).toHaveCount(
    30,
  );
  const endingCounts = new Map<string, number>();
  for (const log of good)
    endingCounts.set(log.result!.endingId, (endingCounts.get(log.result!.endingId) ?? 0) + 1);
  const endingsTable = page.getByRole('table', { name: 'Endings reached' });
  for (const [endingId, count] of endingCounts) {
    const title = (scenario.nodes[endingId] as { title?: string }).title ?? endingId;
    await expect(endingsTable.getByRole('row').filter({ hasText: title })).toContainText(
      String(count),
    );
  }
  const reachedFirst = good.filter((log) =>
    snapshotsOf(log).some((context) => context.nodeId === FIRST_DECISION),
  ).length;
  await expect(page.locator(`.fac-decision[data-node-id="${FIRST_DECISION}"]`)).toHaveAttribute(
    'data-reached',
    String(reachedFirst),
  );
  await page.screenshot({ path: `${SCREENSHOTS}/facilitator-dashboard.png`, fullPage: true });

  const sessionsCsv = await downloadText(page, 'Download sessions.csv');
  expect(sessionsCsv.trimEnd().split('\r\n')).toHaveLength(1 + 30);
  const decisionsTaken = good.reduce(
    (sum, log) => sum + log.inputs.filter((input) => input.type !== 'continue').length,
    0,
  );
  const decisionsCsv = await downloadText(page, 'Download decisions.csv');
  expect(decisionsCsv.trimEnd().split('\r\n')).toHaveLength(1 + decisionsTaken);

  await page.getByRole('button', { name: 'Projector view' }).click();
  const projector = page.getByRole('dialog', { name: /Projector view/ });
  await expect(projector).toHaveAttribute('data-decision-index', '0');
  await page.keyboard.press('ArrowRight');
  await expect(projector).toHaveAttribute('data-decision-index', '1');
  await page.keyboard.press('ArrowLeft');
  await expect(projector).toHaveAttribute('data-decision-index', '0');
  await page.keyboard.press('ArrowRight');
  await page.screenshot({ path: `${SCREENSHOTS}/facilitator-projector.png` });
  await page.keyboard.press('Escape');
  await expect(projector).toBeHidden();

  await page.getByRole('button', { name: 'Replay', exact: true }).click();
  const chosen = good[4] as SessionLog;
  const alias = chosen.alias ?? 'Participant 5';
  await page
    .getByLabel('Session to replay')
    .selectOption({ label: `${alias} – ${scenario.title}` });
  const snapshots = snapshotsOf(chosen);
  await expect(page.locator('.fac-replay')).toHaveAttribute('data-steps', String(snapshots.length));
  for (const [index, snapshot] of snapshots.entries()) {
    await expectStep(page, snapshot, index);
    if (index < snapshots.length - 1) await page.getByRole('button', { name: 'Next step' }).click();
  }
  await expect(page.getByRole('button', { name: 'Next step' })).toBeDisabled();
  for (let index = snapshots.length - 1; index >= 0; index -= 1) {
    await expectStep(page, snapshots[index] as RunContext, index);
    if (index > 0) await page.getByRole('button', { name: 'Previous step' }).click();
  }
  await page.getByLabel('Timeline step').fill('2');
  await expectStep(page, snapshots[2] as RunContext, 2);
  const firstDecision = snapshots.findIndex((context) => context.nodeId === FIRST_DECISION);
  await page.getByLabel('Jump to a decision').selectOption({ index: 1 });
  await expectStep(page, snapshots[firstDecision] as RunContext, firstDecision);
  await expect(page.locator('.fac-what-happened')).toContainText('Choices offered');
  await expectReplayPicture(page, scenario.nodes[FIRST_DECISION]?.title ?? 'Your decision');
  await page.screenshot({ path: `${SCREENSHOTS}/facilitator-replay.png`, fullPage: true });
  // Leaving the tab releases the picture (its WebGL context) at once.
  await page.getByRole('button', { name: 'Dashboard' }).click();
  await expect(page.locator('[data-stage-state]')).toHaveCount(0);

  // The address follows the facilitator: a reload reopens the workshop on the same tab, and
  // the browser's Back button returns to the tab before.
  expect(new URL(page.url()).hash).toMatch(/^#facilitator\/workshop\/[^/]+\/dashboard$/);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'E2E cohort', level: 2 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Dashboard' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(page.locator('.fac-workshop-count')).toHaveAttribute('data-sessions', '30');
  await page.goBack();
  await expect(page.getByRole('button', { name: 'Replay', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await page.getByRole('button', { name: 'Back to workshops' }).click();
  await expect(page.getByRole('heading', { name: 'Facilitator tools', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Open E2E cohort' }).click();
  await expect(page.locator('[data-sessions="30"]').first()).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Sessions in this workshop' }).locator('tbody tr'),
  ).toHaveCount(30);

  // Export, then import the file as a new workshop: the same 30 sessions come back.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export this workshop' }).click(),
  ]);
  await page.getByRole('button', { name: 'Back to workshops' }).click();
  // Its name is taken: merging finds every session already there, and makes no twin.
  await page.getByLabel('Import a workshop file').setInputFiles(await download.path());
  await page.getByRole('button', { name: 'Merge into “E2E cohort”' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Merged' })).toContainText(
    '0 sessions added; 30 sessions already in the workshop',
  );
  await expect(
    page.getByRole('table', { name: 'Sessions in this workshop' }).locator('tbody tr'),
  ).toHaveCount(30);
  await page.getByRole('button', { name: 'Back to workshops' }).click();
  await expect(page.getByRole('button', { name: 'Open E2E cohort' })).toHaveCount(1);
  // Kept as a separate workshop, it gets a name of its own.
  await page.getByLabel('Import a workshop file').setInputFiles(await download.path());
  await page.getByRole('button', { name: 'Keep as a separate workshop' }).click();
  await expect(page.getByRole('heading', { name: 'E2E cohort (2)', level: 2 })).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Sessions in this workshop' }).locator('tbody tr'),
  ).toHaveCount(30);
});

test('result codes can be pasted, and deleting a workshop asks first', async ({ page }) => {
  await openArea(page);
  await createWorkshop(page, 'Short-lived');
  const codes = [encodeResultCode(good[0] as SessionLog), 'LSIM1.not-a-real-code.00000000'].join(
    '\n',
  );
  await page.getByLabel('Paste result codes').fill(codes);
  await page.getByRole('button', { name: 'Add result codes' }).click();
  await expect(page.locator('.fac-report')).toHaveAttribute('data-added', '1');
  await expect(page.getByRole('list', { name: 'Files not loaded' })).toContainText(
    'Pasted code 2 (line 2): The result code has a typo',
  );
  await page.getByRole('button', { name: 'Delete workshop' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Delete workshop' }).click();
  await page.getByRole('button', { name: 'Yes, delete this workshop' }).click();
  await expect(page.getByRole('heading', { name: 'Facilitator tools', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open Short-lived' })).toHaveCount(0);
});

test('room play: the room votes at every decision and ends with its profile', async ({ page }) => {
  await openArea(page);
  await page.getByLabel('Scenario for the room').selectOption({ label: scenario.title });
  await page.getByRole('button', { name: 'Start room play' }).click();
  const room = page.locator('.fac-room');
  let decisions = 0;
  for (let guard = 0; guard < 40; guard += 1) {
    if (await page.locator('.fac-room-end').isVisible()) break;
    const nodeId = await room.getAttribute('data-node-id');
    if ((await room.getAttribute('data-node-kind')) === 'decision') {
      const votes = page.getByRole('form', { name: 'Room votes' }).getByRole('spinbutton');
      const boxes = await votes.count();
      // The first decision is a tie between the first two choices: the facilitator picks.
      for (let index = 0; index < boxes; index += 1)
        await votes
          .nth(index)
          .fill(String(decisions === 0 ? (index < 2 ? 4 : 1) : index === boxes - 1 ? 5 : index));
      await page.getByRole('button', { name: "Go with the room's majority" }).click();
      if (decisions === 0)
        await page.getByRole('button', { name: /^Facilitator picks 2:/ }).click();
      decisions += 1;
    } else {
      await page.getByRole('button', { name: 'Continue' }).click();
    }
    await expect(page.locator(`.fac-room[data-node-id="${nodeId}"]`)).toHaveCount(0);
  }
  await expect(page.getByRole('heading', { name: "The room's result" })).toBeVisible();
  await expect(page.locator('.fac-room-splits table')).toHaveCount(decisions);
  await expect(page.locator('.fac-room-splits table').first()).toContainText('(went on)');
  await expect(page.locator('.fac-room-debrief .debrief')).toBeVisible();
  expect(decisions).toBeGreaterThan(1);

  // Kept in a new workshop, the room's run is listed, counted and replayed like any session.
  await page.getByLabel('Workshop to add it to').selectOption({ label: 'A new workshop…' });
  await page.getByLabel('New workshop name').fill('Room cohort');
  await page.getByRole('button', { name: "Add this room's run to a workshop" }).click();
  await expect(page.locator('.fac-room-keep [role="status"]')).toHaveText(
    'Added to “Room cohort” as Room.',
  );
  await page.getByRole('button', { name: "Add this room's run to a workshop" }).click();
  await expect(page.locator('.fac-room-keep [role="status"]')).toHaveText(
    "This room's run is already in “Room cohort”.",
  );
  await page.getByRole('button', { name: 'Open Room cohort' }).click();
  const sessions = page
    .getByRole('table', { name: 'Sessions in this workshop' })
    .locator('tbody tr');
  await expect(sessions).toHaveCount(1);
  await expect(sessions.first().locator('td').first()).toHaveText('Room');
  await page.getByRole('button', { name: 'Dashboard' }).click();
  await expect(page.locator('.fac-counts')).toHaveAttribute('data-sessions', '1');
  await page.getByRole('button', { name: 'Replay', exact: true }).click();
  await expect(page.getByLabel('Session to replay')).toContainText(`Room – ${scenario.title}`);
  await expect(page.locator('.fac-replay .fac-stage [data-stage-state="ready"]')).toHaveCount(1);
});

test('replay carries on in the page when the picture cannot load', async ({ page }) => {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // The blocked download itself is reported by the browser; anything else is the app's.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      problems.push(`console error: ${message.text()}`);
  });
  await page.route(/\/assets\/phaser-[^/]*\.js$/, (route) => route.abort());
  await openArea(page);
  await createWorkshop(page, 'No picture');
  await page.getByLabel('Paste result codes').fill(encodeResultCode(good[0] as SessionLog));
  await page.getByRole('button', { name: 'Add result codes' }).click();
  await expect(page.locator('.fac-report')).toHaveAttribute('data-added', '1');
  await page.getByRole('button', { name: 'Replay', exact: true }).click();
  const snapshots = snapshotsOf(good[0] as SessionLog);
  await expectStep(page, snapshots[0] as RunContext, 0);
  await expect(page.locator('.fac-stage-frame')).toBeHidden();
  await page.getByRole('button', { name: 'Next step' }).click();
  await expectStep(page, snapshots[1] as RunContext, 1);
  await expect(page.locator('[data-stage-state]')).toHaveCount(0);
  expect(problems).toEqual([]);
});
