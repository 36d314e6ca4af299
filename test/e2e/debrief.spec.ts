/**
 * The debrief as a leader sees it, against the production build: the numbers on screen are
 * the engine's profile of the very session the page recorded (replayed here in node from the
 * downloaded session file), comparisons appear after a second attempt, the printed report is
 * one or two pages, and the result code round-trips while a corrupted one is refused.
 */
import { expect, test, type Download, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyseScenario } from '../../src/authoring/analyse';
import { buildProfile } from '../../src/engine/profile/build-profile';
import { DIMENSIONS, scenarioSchema, type Scenario } from '../../src/engine/scenario/schema';
import { parseSessionLog } from '../../src/engine/session/log';
import { replay } from '../../src/engine/session/replay';
import { decodeResultCode } from '../../src/engine/session/result-code';
import type { SessionLog } from '../../src/engine/session/types';
import type { Profile } from '../../src/engine/profile/types';

const DIMENSION_NAMES = {
  customerFocus: 'Customer focus',
  adaptability: 'Adaptability',
  empowerment: 'Empowerment',
};

function libraryScenario(title: string): Scenario {
  const folder = join(process.cwd(), 'scenarios');
  for (const file of readdirSync(folder)) {
    if (!file.endsWith('.json') || file.includes('schema') || file === 'tracks.json') continue;
    const parsed = scenarioSchema.safeParse(JSON.parse(readFileSync(join(folder, file), 'utf8')));
    if (parsed.success && parsed.data.title === title) return parsed.data;
  }
  throw new Error(`no scenario titled ${title}`);
}

async function screenReady(page: Page, screen: string): Promise<void> {
  await expect(page.getByRole('main')).toHaveAttribute('data-screen', screen);
  await expect(page.getByRole('main')).toHaveAttribute('aria-busy', 'false');
}

/** Plays the briefing-to-end loop, taking the first offered choice at every decision. */
async function playThrough(page: Page): Promise<void> {
  await screenReady(page, 'briefing');
  const noLimits = page.getByRole('radio', { name: 'Off (no time limits)' });
  if ((await noLimits.count()) > 0) await noLimits.check();
  await page.getByRole('button', { name: 'Start' }).click();
  const main = page.getByRole('main');
  for (let step = 0; step < 200; step += 1) {
    await expect(main).toHaveAttribute('aria-busy', 'false');
    if ((await main.getAttribute('data-screen')) === 'end') return;
    const node = page.locator('[data-node-id]');
    const nodeId = await node.getAttribute('data-node-id');
    const choices = page.getByRole('list', { name: /^Choices/ }).getByRole('button');
    const next =
      (await choices.count()) > 0
        ? choices.first()
        : page.getByRole('button', { name: 'Continue' });
    await next.click();
    await expect(async () => {
      const screen = await main.getAttribute('data-screen');
      expect(screen === 'end' || (await node.getAttribute('data-node-id')) !== nodeId).toBe(true);
    }).toPass();
  }
  throw new Error('the scenario did not end within 200 steps');
}

async function firstScenarioTitle(page: Page): Promise<string> {
  await page.goto('/');
  await screenReady(page, 'title');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await screenReady(page, 'list');
  const name = await page
    .getByRole('button', { name: /^Play / })
    .first()
    .getAttribute('aria-label');
  if (!name) throw new Error('no scenario to play');
  return name.replace(/^Play /, '');
}

async function downloadedLog(download: Download): Promise<SessionLog> {
  const path = await download.path();
  const parsed = parseSessionLog(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.log;
}

function engineProfile(scenario: Scenario, log: SessionLog): Profile {
  const replayed = replay(scenario, log);
  if (!replayed.ok) throw new Error(replayed.message);
  return buildProfile(scenario, analyseScenario(scenario), replayed.final);
}

function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

test('the debrief shows the engine profile, comparisons, a 1–2 page print and a working result code', async ({
  page,
}) => {
  // Two full playthroughs, a PDF and a QR code: more than the suite's default minute.
  test.setTimeout(180_000);
  const title = await firstScenarioTitle(page);
  const scenario = libraryScenario(title);
  await page.getByRole('button', { name: `Play ${title}` }).click();
  await playThrough(page);

  const debrief = page.getByRole('region', { name: 'Debrief' });
  await expect(debrief.getByRole('heading', { name: 'Your leadership scores' })).toBeVisible();
  const downloading = page.waitForEvent('download');
  await debrief.getByRole('button', { name: 'Download session file' }).click();
  const log = await downloadedLog(await downloading);
  const profile = engineProfile(scenario, log);

  const expected = DIMENSIONS.map((dimension) => {
    const value = profile.dimensions[dimension].normalised;
    return [DIMENSION_NAMES[dimension], value === null ? 'not measured' : String(value)];
  });
  const onScreen = await page
    .getByRole('table', { name: 'Your scores' })
    .getByRole('row')
    .evaluateAll((found) =>
      found.slice(1).map((row) => [...row.children].map((cell) => cell.textContent ?? '')),
    );
  expect(onScreen).toEqual(expected);
  await expect(
    page.getByRole('table', { name: 'Your score and the best possible run' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your first attempt and this one' })).toHaveCount(
    0,
  );

  // The printed report: one or two pages, without buttons.
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(1);
  expect(pdfPageCount(pdf)).toBeLessThanOrEqual(2);

  // The result code holds exactly the downloaded session; a corrupted code is refused.
  await debrief.getByRole('button', { name: 'Show result code' }).click();
  const code = await debrief.getByLabel('Your result code', { exact: true }).inputValue();
  const decoded = decodeResultCode(code);
  expect(decoded.ok && decoded.log).toEqual(log);
  await expect(debrief.getByRole('img', { name: 'QR code of your result code' })).toBeVisible();
  await debrief.getByText('Check a result code', { exact: true }).click();
  const pasteField = debrief.getByLabel('Paste a result code', { exact: true });
  const corrupted = code.slice(0, 30) + (code[30] === 'A' ? 'B' : 'A') + code.slice(31);
  await pasteField.fill(corrupted);
  await debrief.getByRole('button', { name: 'Check code' }).click();
  await expect(debrief.getByRole('status').filter({ hasText: 'Code refused' })).toContainText(
    'typo',
  );
  await pasteField.fill(`${code.slice(0, 40)}\n${code.slice(40)}`);
  await debrief.getByRole('button', { name: 'Check code' }).click();
  await expect(debrief.getByRole('status').filter({ hasText: 'Code accepted' })).toContainText(
    'this session',
  );

  // Everything open (result code, QR, reader): no serious or critical accessibility problem.
  const audit = await new AxeBuilder({ page }).analyze();
  const serious = audit.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);

  // A second attempt brings first-versus-latest, with the first attempt's numbers.
  await page.getByRole('button', { name: 'Play again' }).click();
  await playThrough(page);
  const second = page.getByRole('region', { name: 'Debrief' });
  await expect(
    second.getByRole('heading', { name: 'Your first attempt and this one' }),
  ).toBeVisible();
  await expect(
    second.getByRole('heading', { name: 'Compared with the best possible run' }),
  ).toBeVisible();
  const attempts = await page
    .getByRole('table', { name: 'First attempt and latest attempt' })
    .getByRole('row')
    .evaluateAll((found) => found.slice(1).map((row) => row.children[1]?.textContent ?? ''));
  expect(attempts).toEqual(expected.map(([, value]) => value));
});
