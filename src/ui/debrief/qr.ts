/**
 * QR code of a result code, drawn as SVG with DOM APIs (no markup strings), so nothing from a
 * session can ever be parsed as HTML.
 *
 * Choosing the error-correction level: a phone must read the symbol off a screen or a printout,
 * and smaller symbols (fewer modules) scan more easily than robust ones. So we take the smallest
 * size tier that can hold the code at all, and within it the most robust level that still fits.
 * Beyond version 40 at level L no QR code can hold the code; we say so, and the text code
 * still works.
 */
import { svg } from '../kit';
import qrcode from 'qrcode-generator';

export type QrLevel = 'L' | 'M' | 'Q' | 'H';

/**
 * Byte-mode capacity (characters of an ASCII code) per level at a few versions (ISO/IEC 18004;
 * the unit tests check each against the generator). Version v has 17 + 4v modules a side.
 */
export const QR_BYTE_CAPACITY: ReadonlyArray<{
  version: number;
  capacity: Record<QrLevel, number>;
}> = [
  { version: 10, capacity: { H: 119, Q: 151, M: 213, L: 271 } },
  { version: 15, capacity: { H: 220, Q: 292, M: 412, L: 520 } },
  { version: 20, capacity: { H: 382, Q: 482, M: 666, L: 858 } },
  { version: 25, capacity: { H: 535, Q: 715, M: 997, L: 1273 } },
  { version: 30, capacity: { H: 742, Q: 982, M: 1370, L: 1732 } },
  { version: 40, capacity: { H: 1273, Q: 1663, M: 2331, L: 2953 } },
];

/** Above this version the symbol is dense enough that we suggest scanning it from close up. */
const COMFORTABLE_VERSION = 25;
const MAX_CHARACTERS = 2953;

export type QrPlan =
  | { fits: true; level: QrLevel; maxVersion: number; large: boolean }
  | { fits: false; message: string };

export function planQrCode(length: number): QrPlan {
  for (const tier of QR_BYTE_CAPACITY) {
    for (const level of ['H', 'Q', 'M', 'L'] as const) {
      if (length <= tier.capacity[level]) {
        return {
          fits: true,
          level,
          maxVersion: tier.version,
          large: tier.version > COMFORTABLE_VERSION,
        };
      }
    }
  }
  return {
    fits: false,
    message: `This result code has ${length} characters, more than a QR code can hold (${MAX_CHARACTERS}). Copy it or download the session file instead; the code itself works.`,
  };
}

/** The dark modules of the QR symbol for `text` at `level`, as rows of booleans. */
export function qrModules(text: string, level: QrLevel): boolean[][] {
  const symbol = qrcode(0, level);
  symbol.addData(text, 'Byte');
  symbol.make();
  const size = symbol.getModuleCount();
  const rows: boolean[][] = [];
  for (let row = 0; row < size; row += 1) {
    const cells: boolean[] = [];
    for (let col = 0; col < size; col += 1) cells.push(symbol.isDark(row, col));
    rows.push(cells);
  }
  return rows;
}

/** Quiet zone: the standard asks for 4 light modules around the symbol. */
const QUIET_ZONE = 4;

/** An SVG element drawing the modules: one path of unit squares on a white square. */
export function qrSvg(modules: boolean[][], label: string): SVGSVGElement {
  const size = modules.length + QUIET_ZONE * 2;
  // Black on white whatever the theme: scanners need the contrast.
  return svg(
    'svg',
    {
      viewBox: `0 0 ${size} ${size}`,
      role: 'img',
      'aria-label': label,
      'shape-rendering': 'crispEdges',
      class: 'debrief-qr',
    },
    [
      svg('rect', { width: size, height: size, fill: '#ffffff' }),
      svg('path', { fill: '#000000', d: modulePath(modules) }),
    ],
  );
}

function modulePath(modules: boolean[][]): string {
  const steps: string[] = [];
  modules.forEach((cells, row) => {
    cells.forEach((isDark, col) => {
      if (isDark) steps.push(`M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`);
    });
  });
  return steps.join('');
}
