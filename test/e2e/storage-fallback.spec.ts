import { expect, playToEnd, pressButton, startFixture, test, waitForScreen } from './support';

test('without IndexedDB the game still plays, says so once and offers the session file', async ({
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
  await page.goto('/');
  await waitForScreen(page, 'title');
  const banner = page.getByRole('status').filter({ hasText: 'cannot be saved' });
  await expect(banner).toBeVisible();
  await pressButton(page, 'Play');
  await waitForScreen(page, 'list');
  await startFixture(page, 'timed-long.json');
  await page.keyboard.press('Enter');
  const downloading = page.waitForEvent('download');
  await banner.getByRole('button', { name: 'Download session file' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^e2e-timed-long-.*\.session\.json$/);
  const log = JSON.parse(await streamText(await download.createReadStream())) as {
    format: string;
    inputs: unknown[];
  };
  expect(log.format).toBe('leadership-sim-session');
  expect(log.inputs.length).toBeGreaterThan(0);
  await playToEnd(page);
  await expect(page.getByRole('status').filter({ hasText: 'cannot be saved' })).toHaveCount(1);
});

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
