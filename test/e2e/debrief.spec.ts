/**
 * The debrief as a leader sees it, against the production build: the numbers on screen are
 * the engine's profile of the very session the page recorded (replayed here in node from the
 * downloaded session file); a run whose ending its first decision decided shows that decision
 * under "Why this ending"; the printed report is one or two pages; comparisons appear after a
 * second attempt; the result code round-trips. Screenshots of strong, poor and mixed runs and
 * of a track profile go to /tmp/debrief-*.png for a person to read.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Download, Page } from '@playwright/test';
import { analyseScenario } from '../../src/authoring/analyse';
import { scoreBand } from '../../src/engine/profile/bands';
import { profileOfLog } from '../../src/engine/profile/profile-of-log';
import { trackPattern } from '../../src/engine/profile/track-pattern';
import type { Profile } from '../../src/engine/profile/types';
import {
  DIMENSIONS,
  scenarioSchema,
  type Choice,
  type Scenario,
} from '../../src/engine/scenario/schema';
import { choiceScores } from '../../src/engine/scenario/rules';
import { parseSessionLog } from '../../src/engine/session/log';
import { decodeResultCode } from '../../src/engine/session/result-code';
import type { SessionLog } from '../../src/engine/session/types';
import {
  bundledScenarios,
  chooseFixtureFile,
  expect,
  fixturePath,
  openList,
  playState,
  pressButton,
  storyPanel,
  test,
  waitForScreen,
} from './support';

test.describe.configure({ timeout: 240_000 });

const DIMENSION_NAMES = {
  customerFocus: 'Customer focus',
  adaptability: 'Adaptability',
  empowerment: 'Empowerment',
};

function scenarioFile(path: string): Scenario {
  return scenarioSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** Which offered choice to take: ids in, an id out. */
type Policy = (offered: string[]) => string;

const total = (choice: Choice) => {
  const scores = choiceScores(choice);
  return scores.customerFocus + scores.adaptability + scores.empowerment;
};

/** best / worst by total score; alternate: best, then worst, then best… */
function pickBy(kind: 'best' | 'worst' | 'alternate') {
  let turn = 0;
  return (offered: string[], scenario: Scenario): string => {
    const choices = Object.values(scenario.nodes).flatMap((node) =>
      node.kind === 'decision' ? node.choices.filter((c) => offered.includes(c.id)) : [],
    );
    const sorted = [...new Map(choices.map((c) => [c.id, c])).values()].sort(
      (a, b) => total(b) - total(a),
    );
    const best = kind === 'best' || (kind === 'alternate' && turn % 2 === 0);
    turn += 1;
    return (best ? sorted[0] : sorted[sorted.length - 1])!.id;
  };
}

/** Plays to the end screen: the policy's choice at each decision (by its id), Continue elsewhere. */
async function playWith(page: Page, policy: Policy): Promise<void> {
  for (let step = 0; step < 80; step += 1) {
    const { screen, nodeId, kind } = await playState(page);
    if (screen === 'end') break;
    const panel = storyPanel(page);
    if (kind === 'decision') {
      const buttons = panel.getByRole('list', { name: /^Choices/ }).getByRole('button');
      const offered = await buttons.evaluateAll((found) =>
        found.map((b) => b.getAttribute('data-choice-id') ?? ''),
      );
      await panel.locator(`[data-choice-id="${policy(offered)}"]`).click();
    } else if (kind === 'ending') {
      await page.getByRole('button', { name: 'See your debrief' }).click();
    } else {
      // A narrative or event, or the consequence beat after a decision.
      await page.getByRole('button', { name: /^(Continue|See how it ends)$/ }).click();
    }
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
  await waitForScreen(page, 'end');
}

const FIXTURE = 'debrief-renewal.json';
const renewal = scenarioFile(fixturePath(FIXTURE));

async function downloadedLog(download: Download): Promise<SessionLog> {
  const parsed = parseSessionLog(readFileSync(await download.path(), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.log;
}

/** The session the page recorded, from its own download button, and the engine's profile of it. */
async function engineProfile(
  page: Page,
  scenario: Scenario,
): Promise<{ log: SessionLog; profile: Profile }> {
  const debrief = page.getByRole('region', { name: 'Debrief' });
  const downloading = page.waitForEvent('download');
  await debrief.getByRole('button', { name: 'Download session file' }).click();
  const log = await downloadedLog(await downloading);
  const { bounds, bestRun } = analyseScenario(scenario);
  const replayed = profileOfLog(scenario, { bounds, bestRun }, log);
  if (!replayed.ok || !replayed.profile) throw new Error('the session did not replay to an ending');
  return { log, profile: replayed.profile };
}

async function tableRows(page: Page, name: string): Promise<string[][]> {
  return page
    .getByRole('table', { name, exact: true })
    .getByRole('row')
    .evaluateAll((rows) =>
      rows.slice(1).map((row) => [...row.children].map((cell) => cell.textContent ?? '')),
    );
}

function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

let printed = 0;

async function expectPrintsOnOneOrTwoPages(page: Page): Promise<void> {
  const pdf = await page.pdf({ format: 'A4' });
  printed += 1;
  writeFileSync(`/tmp/debrief-print-${printed}.pdf`, pdf);
  const pages = pdfPageCount(pdf);
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(2);
}

/** Scores, "why this ending" and meters on screen are the engine's numbers for this session. */
async function expectEngineNumbers(page: Page, profile: Profile): Promise<void> {
  expect(await tableRows(page, 'Your scores')).toEqual(
    DIMENSIONS.map((d) => {
      const value = profile.dimensions[d].normalised;
      return [
        DIMENSION_NAMES[d],
        value === null ? 'not measured' : String(value),
        value === null ? '—' : scoreBand(value),
      ];
    }),
  );
  const why = page.getByRole('region', { name: 'Why this ending' });
  const gate = profile.endingStory.gates.at(-1);
  const onScreen = await why
    .locator('[data-threshold]')
    .evaluateAll((items) =>
      items.map(
        (item) =>
          `${item.getAttribute('data-meter')} ${item.getAttribute('data-value')} ${item.getAttribute('data-threshold')}`,
      ),
    );
  const checks: string[] = [];
  const collect = (check: NonNullable<NonNullable<typeof gate>['entries'][number]['when']>) => {
    if (check.kind === 'meter') checks.push(`${check.meter} ${check.actual} ${check.threshold}`);
    else if (check.kind !== 'flag') check.parts.forEach(collect);
  };
  for (const entry of gate?.entries ?? []) if (entry.when) collect(entry.when);
  for (const line of onScreen) expect(checks).toContain(line);
  const trails = await why.locator('.debrief-trail').evaluateAll((blocks) =>
    blocks.map((block) => ({
      meter: block.getAttribute('data-meter'),
      initial: Number(block.getAttribute('data-initial')),
      value: Number(block.getAttribute('data-value')),
      deltas: [...block.querySelectorAll('li')].map((li) => Number(li.getAttribute('data-delta'))),
    })),
  );
  for (const trail of trails) {
    const reading = gate?.meters.find((m) => m.meter === trail.meter);
    expect(trail).toEqual({
      meter: reading?.meter,
      initial: reading?.initial,
      value: reading?.value,
      deltas: reading?.moves.map((move) => move.delta),
    });
  }
  await page.getByText(/^Details: timing, meters/).click();
  expect(await tableRows(page, 'Meters at the start and at the end')).toEqual(
    profile.meters.map((m) => [
      m.label,
      String(m.initial),
      String(m.final),
      signedText(m.final - m.initial),
    ]),
  );
}

function signedText(value: number): string {
  return value > 0 ? `+${value}` : value < 0 ? `\u2212${Math.abs(value)}` : '0';
}

/** Chart labels at 12 px or more; no one-word column header broken across lines. */
async function expectReadableAt(page: Page): Promise<void> {
  const found = await page
    .locator('.debrief')
    .first()
    .evaluate((debrief) => {
      const labels = [...debrief.querySelectorAll('.bar-label, .bar-value')].map((label) =>
        parseFloat(getComputedStyle(label).fontSize),
      );
      const broken = [...debrief.querySelectorAll('th')]
        .filter((th) => !/\s/.test((th.textContent ?? '').trim()))
        .filter((th) => {
          const range = document.createRange();
          range.selectNodeContents(th);
          return range.getClientRects().length > 1;
        })
        .map((th) => th.textContent);
      return { smallest: Math.min(...labels), broken };
    });
  expect(found.smallest).toBeGreaterThanOrEqual(12);
  expect(found.broken).toEqual([]);
}

async function shoot(page: Page, name: string): Promise<void> {
  for (const [width, height] of [
    [1280, 720],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await expectReadableAt(page);
    await page.screenshot({ path: `/tmp/debrief-${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

async function playFixture(page: Page, policy: Policy): Promise<void> {
  await openList(page);
  await chooseFixtureFile(page, FIXTURE);
  await waitForScreen(page, 'briefing');
  await pressButton(page, 'Start');
  await waitForScreen(page, 'play');
  await playWith(page, policy);
}

test('a run whose ending the first decision decided shows that decision under "Why this ending"', async ({
  page,
}) => {
  const best = pickBy('best');
  // The promise at the first call sets a flag the quarter's branch reads: the ending is lost,
  // whatever comes after, even with the strongest options everywhere else.
  await playFixture(page, (offered) =>
    offered.includes('promise') ? 'promise' : best(offered, renewal),
  );
  const why = page.getByRole('region', { name: 'Why this ending' });
  await expect(why).toContainText('“Promise Lee the fix by Friday.” at The first call');
  const { profile } = await engineProfile(page, renewal);
  expect(profile.ending.nodeId).toBe('lost');
  await expectEngineNumbers(page, profile);
  await expectPrintsOnOneOrTwoPages(page);
});

test('strong, poor and mixed runs: engine numbers, one or two printed pages, screenshots', async ({
  page,
}) => {
  for (const name of ['strong', 'poor', 'mixed'] as const) {
    const policy = pickBy(name === 'strong' ? 'best' : name === 'poor' ? 'worst' : 'alternate');
    await playFixture(page, (offered) => policy(offered, renewal));
    const { profile } = await engineProfile(page, renewal);
    await expectEngineNumbers(page, profile);
    await page.getByText(/^Details: timing, meters/).click(); // closed again for the picture
    await expectPrintsOnOneOrTwoPages(page);
    await shoot(page, `fixture-${name}-${profile.ending.outcome}`);
  }
});

test('a library scenario: engine numbers, comparisons, a 1–2 page print, a working result code', async ({
  page,
}) => {
  const first = bundledScenarios()[0]!;
  const scenario = scenarioFile(`${process.cwd()}/scenarios/${first.file}`);
  for (const name of ['strong', 'poor', 'mixed'] as const) {
    const policy = pickBy(name === 'strong' ? 'best' : name === 'poor' ? 'worst' : 'alternate');
    await openList(page);
    await page.getByRole('button', { name: `Play ${scenario.title}` }).click();
    await waitForScreen(page, 'briefing');
    const noLimits = page.getByRole('radio', { name: 'Off (no time limits)' });
    if ((await noLimits.count()) > 0) await noLimits.check();
    await pressButton(page, 'Start');
    await waitForScreen(page, 'play');
    await playWith(page, (offered) => policy(offered, scenario));
    const { log, profile } = await engineProfile(page, scenario);
    await expectEngineNumbers(page, profile); // leaves the details open
    // From the second attempt on, the details compare the first attempt with this one.
    await expect(
      page.getByRole('heading', { name: 'Your first attempt and this one' }),
    ).toHaveCount(name === 'strong' ? 0 : 1);
    await page.getByText(/^Details: timing, meters/).click();
    await expectPrintsOnOneOrTwoPages(page);
    await shoot(page, `library-${name}-${profile.ending.outcome}`);
    if (name !== 'mixed') continue;
    // The result code holds exactly this session; a corrupted one is refused.
    const debrief = page.getByRole('region', { name: 'Debrief' });
    await debrief.getByRole('button', { name: 'Show result code' }).click();
    const code = await debrief.getByLabel('Your result code', { exact: true }).inputValue();
    const decoded = decodeResultCode(code);
    expect(decoded.ok && decoded.log).toEqual(log);
    await debrief.getByText('Check a result code', { exact: true }).click();
    const paste = debrief.getByLabel('Paste a result code', { exact: true });
    await paste.fill(code.slice(0, 30) + (code[30] === 'A' ? 'B' : 'A') + code.slice(31));
    await debrief.getByRole('button', { name: 'Check code' }).click();
    await expect(debrief.getByRole('status').filter({ hasText: 'Code refused' })).toContainText(
      'typo',
    );
    const audit = await new AxeBuilder({ page }).analyze();
    const serious = audit.violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    expect(
      serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  }
});

test('a track profile shows the pattern across its scenarios, from the engine’s profiles', async ({
  page,
}) => {
  const tracks = (
    JSON.parse(readFileSync(`${process.cwd()}/scenarios/tracks.json`, 'utf8')) as {
      tracks: Array<{ id: string; title: string; scenarios: string[] }>;
    }
  ).tracks;
  const track = [...tracks].sort((a, b) => a.scenarios.length - b.scenarios.length)[0]!;
  const files = new Map(bundledScenarios().map((entry) => [entry.id, entry.file]));
  const profiles: Profile[] = [];
  await openList(page);
  await page.getByRole('button', { name: `Start track ${track.title}` }).click();
  for (const [index, id] of track.scenarios.entries()) {
    const scenario = scenarioFile(`${process.cwd()}/scenarios/${files.get(id)}`);
    await waitForScreen(page, 'briefing');
    const noLimits = page.getByRole('radio', { name: 'Off (no time limits)' });
    if ((await noLimits.count()) > 0) await noLimits.check();
    await pressButton(page, 'Start');
    await waitForScreen(page, 'play');
    // Strong in the first scenario, weaker after: a pattern worth reading.
    const policy = pickBy(index === 0 ? 'best' : index === 1 ? 'alternate' : 'worst');
    await playWith(page, (offered) => policy(offered, scenario));
    profiles.push((await engineProfile(page, scenario)).profile);
    const last = index === track.scenarios.length - 1;
    await page
      .getByRole('button', { name: last ? 'See your track profile' : 'Next scenario in the track' })
      .click();
  }
  await waitForScreen(page, 'track-end');
  const pattern = trackPattern(profiles);
  const section = page.getByRole('region', { name: 'Your pattern across the track' });
  await expect(section).toBeVisible();
  const strongest = pattern.dimensions.find(
    (line) => line.dimension === pattern.strongest?.dimension,
  )!;
  await expect(section).toContainText(
    pattern.standsOut
      ? `Strongest: ${DIMENSION_NAMES[strongest.dimension]}, ${strongest.mean} on average`
      : 'No dimension stood out on average',
  );
  expect(await tableRows(page, 'Your scores from scenario to scenario')).toEqual(
    pattern.dimensions.map((line) => [
      DIMENSION_NAMES[line.dimension],
      ...[line.lowest, line.highest, line.spread].map((value) =>
        value === null ? '—' : String(value),
      ),
    ]),
  );
  await expectPrintsOnOneOrTwoPages(page);
  await shoot(page, 'track');
});
