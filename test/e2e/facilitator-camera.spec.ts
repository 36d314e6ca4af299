/**
 * Scanning a participant's debrief QR code with the camera: Chromium's fake camera plays a
 * video of the QR code the debrief draws, and the facilitator tools read it into the workshop.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './support';
import { encodeResultCode } from '../../src/engine/session/result-code';
import { planQrCode, qrModules } from '../../src/ui/debrief/qr';
import { libraryScenario } from '../fixtures/facilitator/fixture';
import { randomSessionLog } from '../fixtures/facilitator/random-sessions';
import { createWorkshop, openFacilitator, sessionRows } from '../fixtures/facilitator/e2e-helpers';

const log = randomSessionLog(libraryScenario('late-shipment.json'), {
  seed: 77,
  alias: 'Camera Kim',
});
const code = encodeResultCode(log);

/** A still video (YUV4MPEG2, 4:2:0) of the debrief's QR modules, 4 pixels a module. */
function qrVideo(): string {
  const plan = planQrCode(code.length);
  if (!plan.fits) throw new Error(plan.message);
  const modules = qrModules(code, plan.level);
  const [width, height, scale] = [640, 480, 4];
  const side = (modules.length + 8) * scale;
  const [left, top] = [(width - side) / 2, (height - side) / 2];
  const luma = Buffer.alloc(width * height, 120);
  for (let y = 0; y < side; y += 1)
    for (let x = 0; x < side; x += 1) {
      const row = modules[Math.floor(y / scale) - 4];
      const dark = row?.[Math.floor(x / scale) - 4] ?? false;
      luma[(top + y) * width + left + x] = dark ? 16 : 235;
    }
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F5:1 Ip A1:1 C420jpeg\n`);
  const path = join(mkdtempSync(join(tmpdir(), 'facilitator-camera-')), 'qr.y4m');
  writeFileSync(path, Buffer.concat([header, frame, frame]));
  return path;
}

const chromium =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

test.use({
  launchOptions: {
    executablePath: chromium,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--mute-audio',
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${qrVideo()}`,
    ],
  },
});

test('the camera reads a debrief QR code into the workshop', async ({ page }) => {
  await openFacilitator(page);
  await createWorkshop(page, 'Camera room');
  await page.getByRole('button', { name: 'Scan a QR code with the camera' }).click();
  await expect(page.locator('.fac-report')).toHaveAttribute('data-added', '1');
  await expect(sessionRows(page).locator('.fac-name')).toHaveText(['Camera Kim']);
  await expect(
    page.getByRole('status').filter({ hasText: 'Read a code with the camera.' }),
  ).toBeVisible();
  // The camera is off again once the code is read.
  await expect(page.getByRole('button', { name: 'Scan a QR code with the camera' })).toBeVisible();
  await expect(page.locator('video.fac-camera')).toBeHidden();
});
