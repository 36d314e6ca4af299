/**
 * Storage that never loses a room: a full quota on write, `indexedDB.open` throwing, and
 * IndexedDB blocked outright. Each time the facilitator is told where they are working, can
 * export the workshop, and nothing stored before is lost.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support';
import { encodeResultCode } from '../../src/engine/session/result-code';
import { libraryScenario } from '../fixtures/facilitator/fixture';
import { randomSessionLog } from '../fixtures/facilitator/random-sessions';
import {
  NAMES,
  createWorkshop,
  downloaded,
  openFacilitator,
  sessionRows,
} from '../fixtures/facilitator/e2e-helpers';

const scenario = libraryScenario('saturday-returns.json');
const logs = NAMES.slice(0, 5).map((alias, index) =>
  randomSessionLog(scenario, { seed: 900 + index, alias }),
);
const codes = logs.map((log) => encodeResultCode(log));

async function paste(page: Page, text: string, added: number): Promise<void> {
  await page.getByLabel('Paste result codes').fill(text);
  await page.getByRole('button', { name: 'Add result codes' }).click();
  await expect(page.locator('.fac-report')).toHaveAttribute('data-added', String(added));
}

function sessionsIn(file: string): string[] {
  const parsed = JSON.parse(file) as { workshop: { sessions: Array<{ log: { alias?: string } }> } };
  return parsed.workshop.sessions.map((session) => session.log.alias ?? '');
}

const area = (page: Page) => page.locator('.facilitator');

test('a full quota while adding sessions: told where, what was kept, export; nothing saved is lost', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
      if ((window as unknown as { __quotaFull?: boolean }).__quotaFull)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  await openFacilitator(page);
  await createWorkshop(page, 'Quota room');
  await paste(page, codes.slice(0, 3).join('\n'), 3);
  await expect(area(page)).toHaveAttribute('data-unsaved', '0');

  await page.evaluate(() => ((window as unknown as { __quotaFull?: boolean }).__quotaFull = true));
  await paste(page, codes.slice(3).join('\n\n'), 2);
  const warning = page.getByRole('alert').filter({ hasText: 'Could not save' });
  await expect(warning).toContainText(
    'Could not save to this browser’s storage: the browser’s storage for this site is full.',
  );
  await expect(warning).toContainText(
    'Kept in this browser: “Quota room” as it was, with 3 sessions. Not kept: 2 sessions added.',
  );
  await expect(sessionRows(page)).toHaveCount(5);
  await expect(page.getByRole('main')).toHaveAttribute('data-screen', 'facilitator');
  await expect(warning).toBeInViewport();
  await page.screenshot({ path: '/tmp/facilitator-storage-warning.png' });

  const exported = await downloaded(page, 'Export this workshop');
  expect(sessionsIn(exported)).toEqual(NAMES.slice(0, 5));

  // Nothing stored before is lost: a reload finds the three saved sessions.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Quota room', level: 2 })).toBeVisible();
  await expect(sessionRows(page)).toHaveCount(3);
  // …and the exported file brings the other two back.
  await page.getByRole('button', { name: 'Back to workshops' }).click();
  await page.getByLabel('Import a workshop file').setInputFiles({
    name: 'quota-room.workshop.json',
    mimeType: 'application/json',
    buffer: Buffer.from(exported),
  });
  await page.getByRole('button', { name: 'Merge into “Quota room”' }).click();
  await expect(sessionRows(page)).toHaveCount(5);
  await expect(area(page)).toHaveAttribute('data-unsaved', '0');
});

test('indexedDB.open throwing: the tools run in this tab only, say so, and export', async ({
  page,
}) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('Internal error opening backing store.', 'UnknownError');
    };
  });
  await openFacilitator(page);
  const notice = page.getByRole('status').filter({ hasText: 'kept in this tab only' });
  await expect(notice).toContainText('Workshops are kept in this tab only');
  await expect(
    page.getByText('this browser keeps nothing: workshops last only while this tab is open'),
  ).toBeVisible();
  await expect(page.getByText('Everything stays on this computer')).toHaveCount(0);
  await createWorkshop(page, 'Memory room');
  await paste(page, codes[0]!, 1);
  await expect(area(page)).toHaveAttribute('data-storage', 'memory');
  const exported = await downloaded(page, 'Export this workshop');
  expect(sessionsIn(exported)).toEqual([NAMES[0]]);
});

test('IndexedDB blocked outright: the tools still start, in memory, and say why', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', {
      configurable: true,
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  await openFacilitator(page);
  await expect(page.getByRole('status').filter({ hasText: 'kept in this tab only' })).toContainText(
    'the browser does not allow this site to store anything',
  );
  await createWorkshop(page, 'Blocked room');
  await paste(page, codes.slice(0, 2).join(' '), 2);
  await expect(sessionRows(page)).toHaveCount(2);
  const exported = await downloaded(page, 'Export this workshop');
  expect(sessionsIn(exported)).toEqual(NAMES.slice(0, 2));
});
