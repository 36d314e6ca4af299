import type { Page } from '@playwright/test';
import {
  expect,
  playOneStep,
  playToEnd,
  pressButton,
  startFirstScenarioFromTitle,
  test,
  waitForScreen,
} from './support';

test.describe.configure({ timeout: 120000 });

/** From `path` to the first node of the first bundled scenario in the list. */
async function startFirstScenario(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await startFirstScenarioFromTitle(page);
}

/** The drawn picture, once still: a blank or single-colour canvas compresses to ~1 KB, the art to 15 KB or more. */
async function expectDrawnPicture(page: Page, renderer: string): Promise<void> {
  const host = page.locator('[data-stage-state="ready"]');
  await expect(host).toHaveAttribute('data-renderer', renderer);
  await expect(host).toHaveAttribute('data-loop', 'asleep', { timeout: 15_000 });
  const png = await host.locator('canvas').screenshot();
  expect(png.byteLength).toBeGreaterThan(5_000);
}

for (const renderer of ['webgl', 'canvas'])
  test(`the picture draws and animates with the ${renderer} renderer`, async ({ page }) => {
    await startFirstScenario(page, `/?renderer=${renderer}`);
    await expectDrawnPicture(page, renderer);
    for (let step = 0; step < 3; step += 1) await playOneStep(page);
    await expectDrawnPicture(page, renderer);
  });

// Which renderer suits the machine is unit-tested (renderer-choice.test.ts); here: it draws.
test('without a request the picture draws with a renderer of its own choice', async ({ page }) => {
  await startFirstScenario(page, '/');
  const chosen = await page.locator('[data-stage-state="ready"]').getAttribute('data-renderer');
  expect(['webgl', 'canvas']).toContain(chosen);
  await expectDrawnPicture(page, chosen ?? '');
});

/**
 * Canvases still holding pixels off the page after a full garbage collection (CDP), whatever
 * holds them. Phaser's pool keeps spare canvases, but shrinks each to 1×1 when it is given back.
 */
async function offPageCanvasesWithPixels(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const prototype = await cdp.send('Runtime.evaluate', {
    expression: 'HTMLCanvasElement.prototype',
  });
  const found = await cdp.send('Runtime.queryObjects', {
    prototypeObjectId: prototype.result.objectId ?? '',
  });
  const counted = await cdp.send('Runtime.callFunctionOn', {
    objectId: found.objects.objectId ?? '',
    functionDeclaration: `function () {
      return this.filter((c) => !c.isConnected && c.width * c.height > 1)
        .map((c) => c.width + '×' + c.height);
    }`,
    returnByValue: true,
  });
  await cdp.detach();
  return counted.result.value as string[];
}

test('the picture listens to no input and leaves nothing behind play after play', async ({
  page,
}) => {
  await startFirstScenario(page, '/');
  const canvas = page.locator('[data-stage-state="ready"] canvas');
  await expect(canvas).toHaveCount(1);
  // Input is the DOM's: Phaser's input managers would listen on the canvas (and one of its
  // listeners, never removed, kept every finished game alive).
  const cdp = await page.context().newCDPSession(page);
  const handle = await cdp.send('Runtime.evaluate', {
    expression: 'document.querySelector("[data-stage-state=ready] canvas")',
  });
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', {
    objectId: handle.result.objectId ?? '',
  });
  await cdp.detach();
  expect(listeners.map((listener) => listener.type)).toEqual([]);

  for (let play = 1; play <= 3; play += 1) {
    if (play > 1) {
      await pressButton(page, 'Play again');
      await waitForScreen(page, 'briefing');
      await pressButton(page, 'Start');
      await waitForScreen(page, 'play');
    }
    await playToEnd(page);
    expect(await offPageCanvasesWithPixels(page)).toEqual([]);
  }
});
