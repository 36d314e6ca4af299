/**
 * The projector view of every decision of the library fits one screen, at 1280×720 and at
 * 1920×1080: nothing below or beside the window, no scrolling, chart labels whole and readable.
 */
import type { Page } from '@playwright/test';
import { expect, test, bundledScenarios } from './support';
import { encodeResultCode } from '../../src/engine/session/result-code';
import { libraryScenario } from '../fixtures/facilitator/fixture';
import { randomSessionLog } from '../fixtures/facilitator/random-sessions';
import { createWorkshop, openFacilitator } from '../fixtures/facilitator/e2e-helpers';

const library = bundledScenarios();

interface Fit {
  outside: string[];
  textScrolls: boolean;
  smallestLabelPx: number;
  cutLabels: number;
}

/** What of the projector does not fit the window. */
function measure(page: Page): Promise<Fit> {
  return page.evaluate(() => {
    const overlay = document.querySelector<HTMLElement>('.fac-projector')!;
    const outside: string[] = [];
    for (const element of overlay.querySelectorAll<HTMLElement>('*')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.bottom > window.innerHeight + 0.5 || box.right > window.innerWidth + 0.5)
        outside.push(`${element.className || element.tagName} ${Math.round(box.bottom)}`);
    }
    const text = overlay.querySelector<HTMLElement>('.fac-projector-text')!;
    const labels = [...overlay.querySelectorAll<HTMLElement>('.bar-label')];
    return {
      outside,
      textScrolls: text.scrollHeight > text.clientHeight + 1,
      smallestLabelPx: Math.min(
        ...labels.map((label) => parseFloat(getComputedStyle(label).fontSize)),
      ),
      cutLabels: labels.filter((label) => label.scrollWidth > label.clientWidth + 1).length,
    };
  });
}

async function checkEveryDecision(page: Page, minimumPx: number): Promise<number> {
  let checked = 0;
  let smallest = Number.POSITIVE_INFINITY;
  for (const scenario of library) {
    await page
      .getByRole('combobox', { name: 'Scenario', exact: true })
      .selectOption({ label: scenario.title });
    await expect(page.locator(`.fac-dashboard[data-scenario-id="${scenario.id}"]`)).toBeVisible();
    await page.getByRole('button', { name: 'Projector view' }).click();
    const projector = page.getByRole('dialog', { name: `Projector view: ${scenario.title}` });
    const total = await page.locator('.fac-dashboard .fac-decision').count();
    for (let index = 0; index < total; index += 1) {
      await expect(projector).toHaveAttribute('data-decision-index', String(index));
      const fit = await measure(page);
      const where = `${scenario.file}, decision ${index + 1}`;
      expect(fit.outside, where).toEqual([]);
      expect(fit.textScrolls, where).toBe(false);
      expect(fit.cutLabels, where).toBe(0);
      expect(fit.smallestLabelPx, where).toBeGreaterThanOrEqual(minimumPx);
      smallest = Math.min(smallest, fit.smallestLabelPx);
      // The library's densest decision (six long choices), to look at.
      if (scenario.file === 'frozen-account.json' && index === 0)
        await page.screenshot({
          path: `/tmp/facilitator-projector-six-choices-${page.viewportSize()?.width}.png`,
        });
      checked += 1;
      await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.press('Escape');
    await expect(projector).toBeHidden();
  }
  console.log(`smallest chart label at ${page.viewportSize()?.width} px wide: ${smallest} px`);
  return checked;
}

test('every library decision fits the projector at 1280×720 and 1920×1080', async ({ page }) => {
  test.setTimeout(180_000);
  const codes = library.map((entry, index) =>
    encodeResultCode(randomSessionLog(libraryScenario(entry.file), { seed: 40 + index })),
  );
  await page.setViewportSize({ width: 1280, height: 720 });
  await openFacilitator(page);
  await createWorkshop(page, 'Whole library');
  await page.getByLabel('Paste result codes').fill(codes.join('\n'));
  await page.getByRole('button', { name: 'Add result codes' }).click();
  await expect(page.locator('.fac-report')).toHaveAttribute('data-added', String(library.length));
  await page.getByRole('button', { name: 'Dashboard' }).click();
  const small = await checkEveryDecision(page, 16);
  await page.setViewportSize({ width: 1920, height: 1080 });
  const large = await checkEveryDecision(page, 24);
  console.log(`projector fits: ${small} decisions at 1280×720, ${large} at 1920×1080`);
  expect(small).toBeGreaterThan(library.length);
});
