/**
 * QR code of a result code, drawn as SVG with DOM APIs (no markup strings), so nothing from a
 * session can ever be parsed as HTML.
 *
 * Choosing the error-correction level: a phone must read the symbol off a screen or a printout,
 * so we keep it at version 15 (77×77 modules) or smaller whenever we can and take the most
 * robust level that fits there. A longer code falls back to level L (the most data per module)
 * up to version 40; beyond that no QR can hold it, and we say so — the text code still works.
 */
import qrcode from 'qrcode-generator';

export type QrLevel = 'L' | 'M' | 'Q' | 'H';

/** Byte-mode capacity (characters of an ASCII code) per level at version 15 and at version 40. */
export const QR_BYTE_CAPACITY = {
  version15: { H: 220, Q: 292, M: 412, L: 520 },
  version40: { H: 1273, Q: 1663, M: 2331, L: 2953 },
} as const;

export type QrPlan = { fits: true; level: QrLevel; large: boolean } | { fits: false; message: string };

export function planQrCode(length: number): QrPlan {
  for (const level of ['H', 'Q', 'M', 'L'] as const) {
    if (length <= QR_BYTE_CAPACITY.version15[level]) return { fits: true, level, large: false };
  }
  if (length <= QR_BYTE_CAPACITY.version40.L) return { fits: true, level: 'L', large: true };
  return {
    fits: false,
    message: `This result code has ${length} characters, more than a QR code can hold (${QR_BYTE_CAPACITY.version40.L}). Copy or download it instead; the code itself works.`,
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

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Quiet zone: the standard asks for 4 light modules around the symbol. */
const QUIET_ZONE = 4;

/** An SVG element drawing the modules: one path of unit squares on a white square. */
export function qrSvg(doc: Document, modules: boolean[][], label: string): SVGSVGElement {
  const size = modules.length + QUIET_ZONE * 2;
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  svg.setAttribute('class', 'debrief-qr');
  const background = doc.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', String(size));
  background.setAttribute('height', String(size));
  background.setAttribute('fill', '#ffffff');
  const dark = doc.createElementNS(SVG_NS, 'path');
  dark.setAttribute('fill', '#000000');
  dark.setAttribute('d', modulePath(modules));
  svg.append(background, dark);
  return svg;
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
