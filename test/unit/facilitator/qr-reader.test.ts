// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { planQrCode, qrModules, qrSvg } from '../../../src/ui/debrief/qr';
import { encodeResultCode } from '../../../src/engine/session/result-code';
import { decodeQr } from '../../../src/facilitator/qr-reader';
import { pastedSubmissions } from '../../../src/facilitator/intake';
import { libraryScenario } from '../../fixtures/facilitator/fixture';
import { randomSessionLog } from '../../fixtures/facilitator/random-sessions';

/** The debrief's SVG painted into pixels, grey paper around it, as a photo of a screen would be. */
function photographed(svg: SVGSVGElement, scale: number, margin = 40) {
  const modules = Number(svg.getAttribute('viewBox')?.split(' ')[2]);
  const size = modules * scale + 2 * margin;
  const data = new Uint8ClampedArray(size * size * 4).fill(200);
  const paint = (x: number, y: number, value: number) => {
    const offset = (y * size + x) * 4;
    data.fill(value, offset, offset + 3);
    data[offset + 3] = 255;
  };
  for (let y = 0; y < modules * scale; y += 1)
    for (let x = 0; x < modules * scale; x += 1) paint(x + margin, y + margin, 245);
  const d = svg.querySelector('path')?.getAttribute('d') ?? '';
  for (const match of d.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    const [mx, my] = [Number(match[1]), Number(match[2])];
    for (let dy = 0; dy < scale; dy += 1)
      for (let dx = 0; dx < scale; dx += 1)
        paint(mx * scale + dx + margin, my * scale + dy + margin, 20);
  }
  return { data, width: size, height: size };
}

describe('reading the debrief QR code in the facilitator tools', () => {
  it('reads the exact result code from the QR image the debrief draws', async () => {
    const scenario = libraryScenario('eight-oclock-scramble.json');
    for (const seed of [1, 2, 3]) {
      const log = randomSessionLog(scenario, { seed, alias: 'Anna Berg' });
      const code = encodeResultCode(log);
      const plan = planQrCode(code.length);
      if (!plan.fits) throw new Error(plan.message);
      const svg = qrSvg(qrModules(code, plan.level), 'QR code of your result code');
      const text = await decodeQr(photographed(svg, 3));
      expect(text).toBe(code);
      // …and what it read goes through the same intake as a pasted code.
      expect(pastedSubmissions(text!).items.map((item) => item.text)).toEqual([code]);
    }
  });

  it('answers null for a picture without a code', async () => {
    const blank = { data: new Uint8ClampedArray(100 * 100 * 4).fill(255), width: 100, height: 100 };
    expect(await decodeQr(blank)).toBeNull();
  });
});
