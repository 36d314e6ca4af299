/**
 * A real room's input: 25 files named after their participants, codes pasted from an email,
 * a QR code photographed off a debrief, and a file far too large. Participant numbers stay put.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, waitForScreen } from './support';
import { encodeResultCode } from '../../src/engine/session/result-code';
import { workshopToFile } from '../../src/facilitator/workshop-file';
import { planQrCode, qrModules } from '../../src/ui/debrief/qr';
import { libraryScenario } from '../fixtures/facilitator/fixture';
import { randomSessionLog } from '../fixtures/facilitator/random-sessions';
import {
  NAMES,
  createWorkshop,
  downloaded,
  openFacilitator,
  participantNumbers,
  sessionRows,
  writeSessionFiles,
} from '../fixtures/facilitator/e2e-helpers';

const SHOTS = '/tmp';
const scenario = libraryScenario('callback-promise.json');
const room = NAMES.map((alias, index) => randomSessionLog(scenario, { seed: 500 + index, alias }));

test('a workshop of 25 named sessions shows the names and keeps every number after a removal', async ({
  page,
}) => {
  await openFacilitator(page);
  await createWorkshop(page, 'Named room');
  await page.getByLabel('Choose session files').setInputFiles(writeSessionFiles(room));
  await expect(page.locator('.fac-report')).toHaveAttribute('data-added', '25');
  await expect(sessionRows(page)).toHaveCount(25);
  await expect(sessionRows(page).locator('.fac-name')).toHaveText(NAMES);
  expect(await participantNumbers(page)).toEqual(NAMES.map((_, index) => index + 1));

  await page.getByRole('button', { name: 'Remove Participant 3', exact: true }).click();
  await expect(sessionRows(page)).toHaveCount(24);
  const kept = NAMES.map((_, index) => index + 1).filter((number) => number !== 3);
  expect(await participantNumbers(page)).toEqual(kept);
  await expect(page.locator('.fac-workshop-count')).toHaveText('24 sessions.');

  await page.getByRole('button', { name: 'Rename Participant 7', exact: true }).click();
  await page.getByLabel('New name for Participant 7').fill('Inês (team B)');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(sessionRows(page).nth(5).locator('.fac-name')).toHaveText('Inês (team B)');

  await page.getByRole('button', { name: 'Dashboard' }).click();
  const participants = page.getByRole('table', { name: 'Participants' });
  await expect(participants.locator('tbody tr')).toHaveCount(24);
  await expect(participants.locator('tbody tr').first().locator('th')).toHaveText('Anna Berg');
  await expect(page.getByText('24 sessions, 24 finished.')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/facilitator-dashboard-names.png` });
  const csv = await downloaded(page, 'Download sessions.csv');
  expect(csv).toContain('Inês (team B)');
  const [header, ...lines] = csv.trimEnd().split('\r\n');
  const totalMs = header!.split(',').indexOf('total_ms');
  expect(lines).toHaveLength(24);
  for (const line of lines) expect(line.split(',')[totalMs]).toMatch(/^\d+$/);

  // Anonymous for the room: labels only, kept after a reload.
  await page.getByRole('checkbox', { name: /Anonymous view for the room/ }).check();
  await expect(participants.locator('tbody tr').first().locator('th')).toHaveText('Participant 1');
  await expect(page.locator('.fac-dashboard')).not.toContainText('Anna Berg');
  await page.reload();
  await expect(page.getByRole('checkbox', { name: /Anonymous view for the room/ })).toBeChecked();
  await expect(
    page.getByRole('table', { name: 'Participants' }).locator('tbody tr th').nth(5),
  ).toHaveText('Participant 7');
  await page.getByRole('button', { name: 'Projector view' }).click();
  const projector = page.getByRole('dialog', { name: /Projector view/ });
  await expect(projector).toContainText('Anonymous view: no names');
  await page.screenshot({ path: `${SHOTS}/facilitator-projector-anonymous.png` });
  await page.keyboard.press('Escape');

  await page.getByRole('checkbox', { name: /Anonymous view for the room/ }).uncheck();
  await page.getByRole('button', { name: 'Sessions', exact: true }).click();
  expect(await participantNumbers(page)).toEqual(kept);
});

/** How an email client sends three codes: quoted, wrapped at 76 columns. */
function emailOf(codes: readonly string[]): string {
  const quoted = codes.map(
    (code, index) =>
      `> [10:4${index}] ${NAMES[index]}: here is mine\n` +
      (code.match(/.{1,74}/g) ?? []).map((line) => `> ${line}`).join('\n'),
  );
  return `Hi all,\n\nforwarding what came in on the chat:\n\n${quoted.join('\n>\n')}\n\n-- \nSam`;
}

test('an email with three wrapped codes adds three sessions', async ({ page }) => {
  await openFacilitator(page);
  await createWorkshop(page, 'From the inbox');
  const codes = room.slice(0, 3).map((log) => encodeResultCode(log));
  const email = emailOf(codes);
  expect(email.split('\n').every((line) => line.length <= 76)).toBe(true);
  await page.getByLabel('Paste result codes').fill(email);
  await page.getByRole('button', { name: 'Add result codes' }).click();
  await expect(page.locator('.fac-report')).toHaveAttribute('data-added', '3');
  await expect(page.locator('.fac-report')).toHaveAttribute('data-rejected', '0');
  await expect(sessionRows(page).locator('.fac-name')).toHaveText(NAMES.slice(0, 3));
  // The same email again finds the same three: duplicates, nothing added.
  await page.getByLabel('Paste result codes').fill(email);
  await page.getByRole('button', { name: 'Add result codes' }).click();
  await expect(page.locator('.fac-report')).toHaveAttribute('data-duplicates', '3');
});

test('a photo of the debrief QR code adds the session', async ({ page }) => {
  const log = room[4]!;
  const code = encodeResultCode(log);
  const plan = planQrCode(code.length);
  if (!plan.fits) throw new Error(plan.message);
  // The debrief's own modules, drawn as its SVG draws them (4-module quiet zone, black on white).
  const modules = qrModules(code, plan.level);
  await openFacilitator(page);
  const png = await page.evaluate((rows) => {
    const scale = 5;
    const size = (rows.length + 8) * scale;
    const canvas = document.createElement('canvas');
    canvas.width = size + 60;
    canvas.height = size + 60;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#d8d8d0';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.fillStyle = '#ffffff';
    context.fillRect(30, 30, size, size);
    context.fillStyle = '#000000';
    rows.forEach((cells, y) =>
      cells.forEach((dark, x) => {
        if (dark) context.fillRect(30 + (x + 4) * scale, 30 + (y + 4) * scale, scale, scale);
      }),
    );
    return canvas.toDataURL('image/png').split(',')[1]!;
  }, modules);
  await createWorkshop(page, 'Scanned');
  await page.getByLabel('Read a QR code from a photo').setInputFiles({
    name: 'debrief-photo.png',
    mimeType: 'image/png',
    buffer: Buffer.from(png, 'base64'),
  });
  await expect(page.locator('.fac-report')).toHaveAttribute('data-added', '1');
  await expect(sessionRows(page).locator('.fac-name')).toHaveText([NAMES[4]!]);
  await expect(
    page.getByRole('status').filter({ hasText: 'Read a code from debrief-photo.png' }),
  ).toBeVisible();
});

test('a 30 MB file is refused at once, unread, and the page stays responsive', async ({ page }) => {
  const huge = { ...room[0]!, alias: 'x'.repeat(30 * 1024 * 1024) };
  const path = join(tmpdir(), 'huge-alias.session.json');
  writeFileSync(path, JSON.stringify(huge));
  await openFacilitator(page);
  await createWorkshop(page, 'Limits');
  // The page's own clock: from the file input's change to the refusal on screen.
  await page.evaluate(() => {
    const marks: Record<string, number> = {};
    (window as unknown as { __marks: Record<string, number> }).__marks = marks;
    const input = document.querySelector<HTMLInputElement>('input[type="file"][multiple]')!;
    input.addEventListener('change', () => (marks.change = performance.now()), { capture: true });
    new MutationObserver(() => {
      if (!marks.refused && document.querySelector('.fac-report[data-rejected="1"]'))
        marks.refused = performance.now();
    }).observe(document.body, { childList: true, subtree: true, attributes: true });
  });
  await page.getByLabel('Choose session files').setInputFiles(path);
  const refused = page.getByRole('list', { name: 'Files not loaded' });
  await expect(refused).toContainText(
    'huge-alias.session.json: This file is 30 MB, over the 256 KB limit',
  );
  const { took, frame } = await page.evaluate(async () => {
    const marks = (window as unknown as { __marks: Record<string, number> }).__marks;
    const asked = performance.now();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return { took: marks.refused! - marks.change!, frame: performance.now() - asked };
  });
  console.log(
    `30 MB file refused in ${took.toFixed(1)} ms (page clock); next frame after ${frame.toFixed(1)} ms`,
  );
  expect(took).toBeLessThan(1000);
  await expect(sessionRows(page)).toHaveCount(0);
  // Still responsive: a tab switch answers at once.
  await page.getByRole('button', { name: 'Dashboard' }).click();
  await expect(page.getByText('No sessions yet')).toBeVisible();
});

test('a workshop file with one tampered session counts what it shows, and lists that one apart', async ({
  page,
}) => {
  const sessions = room.map((log, index) => ({
    id: `s${index + 1}`,
    participant: index + 1,
    source: `${index + 1}.session.json`,
    addedAt: '2025-03-01T10:00:00.000Z',
    log,
  }));
  const tampered = sessions[9]!;
  sessions[9] = {
    ...tampered,
    log: {
      ...tampered.log,
      result: {
        ...tampered.log.result!,
        rawScores: { customerFocus: 99, adaptability: 0, empowerment: 0 },
      },
    },
  };
  const file = workshopToFile({
    id: 'w-exported',
    name: 'Exported room',
    createdAt: '2025-03-01T09:00:00.000Z',
    sessions,
    nextParticipant: 26,
  });
  await openFacilitator(page);
  await page.getByLabel('Import a workshop file').setInputFiles({
    name: 'exported-room.workshop.json',
    mimeType: 'application/json',
    buffer: Buffer.from(file),
  });
  await expect(page.getByRole('heading', { name: 'Exported room', level: 2 })).toBeVisible();
  await expect(page.locator('.fac-workshop-count')).toHaveText('24 sessions.');
  await expect(sessionRows(page)).toHaveCount(24);
  const left = page.getByRole('list', { name: 'Sessions left out' }).getByRole('listitem');
  await expect(left).toHaveCount(1);
  await expect(left).toContainText(`${NAMES[9]} (10.session.json)`);
  await expect(left).toContainText('changed after the run');
  // The numbers from the file are kept: participant 10 is the one missing.
  expect(await participantNumbers(page)).toEqual(
    NAMES.map((_, index) => index + 1).filter((number) => number !== 10),
  );
});

test('the tools open from the title screen and from a deep link, and go back to the game', async ({
  page,
}) => {
  await page.goto('/');
  await waitForScreen(page, 'title');
  await page.getByRole('button', { name: 'Facilitator tools' }).click();
  await expect(page.getByRole('heading', { name: 'Facilitator tools', level: 1 })).toBeVisible();
  await createWorkshop(page, 'Deep link');
  await page.getByRole('button', { name: 'Compare' }).click();
  const address = new URL(page.url()).hash;
  expect(address).toMatch(/^#facilitator\/workshop\/[^/]+\/compare$/);
  await page.getByRole('button', { name: 'Back to workshops' }).click();
  await page.getByRole('button', { name: 'Back to the game' }).click();
  await waitForScreen(page, 'title');
  // A bookmark of the workshop's tab opens it directly.
  await page.goto(`/${address}`);
  await expect(page.getByRole('heading', { name: 'Deep link', level: 2 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Compare' })).toHaveAttribute(
    'aria-current',
    'page',
  );
});
