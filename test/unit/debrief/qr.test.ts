// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import qrcode from 'qrcode-generator';
import { QR_BYTE_CAPACITY, planQrCode, qrModules, qrSvg } from '../../../src/ui/debrief/qr';
import type { QrLevel } from '../../../src/ui/debrief/qr';
import { encodeResultCode } from '../../../src/engine/session/result-code';
import { makeLog } from './fixtures';

/** Paint an SVG's unit-square path back into RGBA pixels, as a camera would see the symbol. */
function rasterise(svg: SVGSVGElement, scale = 4): { data: Uint8ClampedArray; size: number } {
  const viewBoxSize = Number(svg.getAttribute('viewBox')?.split(' ')[2]);
  const size = viewBoxSize * scale;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  const d = svg.querySelector('path')?.getAttribute('d') ?? '';
  for (const match of d.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    const [x, y] = [Number(match[1]), Number(match[2])];
    for (let dy = 0; dy < scale; dy += 1) {
      for (let dx = 0; dx < scale; dx += 1) {
        const offset = ((y * scale + dy) * size + x * scale + dx) * 4;
        data.fill(0, offset, offset + 3);
      }
    }
  }
  return { data, size };
}

function fitsAt(version: number, level: QrLevel, length: number): boolean {
  const symbol = qrcode(version as Parameters<typeof qrcode>[0], level);
  symbol.addData('x'.repeat(length), 'Byte');
  try {
    symbol.make();
    return true;
  } catch {
    return false;
  }
}

describe('QR code of a result code', () => {
  it('draws an SVG that a QR reader decodes back to the exact code', () => {
    const code = encodeResultCode(makeLog());
    const plan = planQrCode(code.length);
    if (!plan.fits) throw new Error(plan.message);
    const svg = qrSvg(qrModules(code, plan.level), 'QR code of your result code');
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('QR code of your result code');
    const { data, size } = rasterise(svg);
    expect(jsQR(data, size, size)?.data).toBe(code);
  });

  it('uses the smallest size tier, and the most robust level within it', () => {
    expect(planQrCode(100)).toEqual({ fits: true, level: 'H', maxVersion: 10, large: false });
    expect(planQrCode(271)).toEqual({ fits: true, level: 'L', maxVersion: 10, large: false });
    expect(planQrCode(272)).toEqual({ fits: true, level: 'Q', maxVersion: 15, large: false });
    expect(planQrCode(600)).toEqual({ fits: true, level: 'M', maxVersion: 20, large: false });
    expect(planQrCode(1500)).toEqual({ fits: true, level: 'L', maxVersion: 30, large: true });
    expect(planQrCode(2953)).toEqual({ fits: true, level: 'L', maxVersion: 40, large: true });
  });

  it('says clearly when a code is too long for any QR code', () => {
    const plan = planQrCode(2954);
    expect(plan.fits).toBe(false);
    if (!plan.fits)
      expect(plan.message).toMatch(/more than a QR code can hold.*the code itself works/);
  });

  it('has a capacity table that matches the generator exactly', () => {
    for (const { version, capacity } of QR_BYTE_CAPACITY) {
      for (const level of ['L', 'M', 'Q', 'H'] as const) {
        expect(
          fitsAt(version, level, capacity[level]),
          `v${version}-${level} holds its capacity`,
        ).toBe(true);
        expect(fitsAt(version, level, capacity[level] + 1), `v${version}-${level} is full`).toBe(
          false,
        );
      }
    }
  });
});
