/**
 * Colour helpers for the canvas. Phaser wants 0xRRGGBB numbers; the shared palette
 * (src/services/theme.ts) is CSS hex strings, so everything on the canvas goes through `hex()`.
 */
import { palette } from '../../services/theme';

export function hex(css: string): number {
  const match = /^#([0-9a-f]{6})$/i.exec(css);
  if (!match?.[1]) throw new Error(`Expected a #rrggbb colour, got "${css}"`);
  return Number.parseInt(match[1], 16);
}

function channels(colour: number): [number, number, number] {
  return [(colour >> 16) & 0xff, (colour >> 8) & 0xff, colour & 0xff];
}

/** Linear blend of two colours: amount 0 → a, 1 → b. */
export function mix(a: number, b: number, amount: number): number {
  const t = Math.min(1, Math.max(0, amount));
  const [ar, ag, ab] = channels(a);
  const [br, bg, bb] = channels(b);
  const blend = (from: number, to: number) => Math.round(from + (to - from) * t);
  return (blend(ar, br) << 16) | (blend(ag, bg) << 8) | blend(ab, bb);
}

export const shade = (colour: number, amount: number): number => mix(colour, 0x000000, amount);
export const tint = (colour: number, amount: number): number => mix(colour, 0xffffff, amount);

/** The shared palette as numbers, for Graphics calls. */
export const ink = {
  night: hex(palette.night),
  ink: hex(palette.ink),
  inkRaised: hex(palette.inkRaised),
  line: hex(palette.line),
  paper: hex(palette.paper),
  paperMuted: hex(palette.paperMuted),
  coral: hex(palette.coral),
  coralDark: hex(palette.coralDark),
  teal: hex(palette.teal),
  gold: hex(palette.gold),
  violet: hex(palette.violet),
  positive: hex(palette.positive),
  negative: hex(palette.negative),
  mixed: hex(palette.mixed),
} as const;
