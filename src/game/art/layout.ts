/**
 * Where things sit on the 1280×720 stage and the small bits of arithmetic the views share.
 * Plain functions so they can be tested in node (Phaser cannot be imported there).
 */
import { ink, mix } from './colour';

export const STAGE = { width: 1280, height: 720 } as const;

/** The speaker stands left of centre, feet below the frame, leaving the right for the meters. */
export const PORTRAIT_ANCHOR = { x: 440, y: 720 } as const;
export const PORTRAIT_HEAD = { x: 440, y: 390 } as const;

export const METER_PANEL = {
  right: 1256,
  top: 24,
  width: 372,
  padding: 20,
  rowHeight: 62,
} as const;
export const COUNTDOWN = { x: 92, y: 92, radius: 56, thickness: 11 } as const;

/**
 * How much to enlarge the meters and countdown for the size the stage is shown at (CSS px).
 * At 1.7× on a 390 px phone the panel still ends right of the speaker's head.
 */
export function hudScale(displayWidth: number): number {
  if (displayWidth <= 0) return 1;
  if (displayWidth < 560) return 1.7;
  if (displayWidth < 900) return 1.3;
  return 1;
}

/** Below this the canvas would be too coarse to read (and a hidden host measures 0). */
const MIN_RENDER_WIDTH = 320;

/** How wide (CSS px) a 16:9 stage is shown inside a box, letterboxed like Phaser's FIT. */
export function shownWidth(boxWidth: number, boxHeight: number): number {
  if (!(boxWidth > 0 && boxHeight > 0)) return 0;
  return Math.min(boxWidth, (boxHeight * STAGE.width) / STAGE.height);
}

/**
 * The canvas's own pixel size for a stage shown `displayWidth` CSS px wide: as many pixels
 * as the screen shows, never more than the 1280×720 the art is made for. A software renderer
 * pays for every pixel drawn, and a 1280-wide canvas shown at 700 px would pay three times
 * over. The camera zooms by `zoom` so every view keeps its 1280×720 coordinates.
 */
export function renderSize(
  displayWidth: number,
  pixelRatio: number,
): { width: number; height: number; zoom: number } {
  const ratio = Number.isFinite(pixelRatio) && pixelRatio > 0 ? pixelRatio : 1;
  const wanted =
    Number.isFinite(displayWidth) && displayWidth > 0
      ? Math.round(displayWidth * ratio)
      : STAGE.width;
  const width = Math.min(STAGE.width, Math.max(MIN_RENDER_WIDTH, wanted));
  const height = Math.round((width * STAGE.height) / STAGE.width);
  return { width, height, zoom: width / STAGE.width };
}

export interface MeterRange {
  value: number;
  min?: number;
  max?: number;
}

/** Share of the bar to fill, 0..1. A meter without bounds is drawn on 0..100 like the DOM bar. */
export function meterFraction({ value, min = 0, max = 100 }: MeterRange): number {
  if (!(max > min) || !Number.isFinite(value)) return 0;
  return Math.min(1, Math.max(0, (value - min) / (max - min)));
}

/** Low meters read red, middling amber, healthy green; blended so changes glide. */
export function meterColour(fraction: number): number {
  const f = Math.min(1, Math.max(0, fraction));
  return f < 0.5
    ? mix(ink.negative, ink.mixed, f / 0.5)
    : mix(ink.mixed, ink.positive, (f - 0.5) / 0.5);
}

export function meterPanelHeight(meterCount: number): number {
  return meterCount === 0 ? 0 : METER_PANEL.padding * 2 + meterCount * METER_PANEL.rowHeight - 12;
}

export function meterRowTop(index: number): number {
  return METER_PANEL.top + METER_PANEL.padding + index * METER_PANEL.rowHeight;
}

/** "+10" / "−5" (a real minus sign) for the small change chip; empty when nothing moved. */
export function formatDelta(delta: number): string {
  const rounded = Math.round(delta);
  if (rounded === 0) return '';
  return rounded > 0 ? `+${rounded}` : `\u2212${Math.abs(rounded)}`;
}

export interface CountdownState {
  fraction: number;
  seconds: number;
  colour: number;
  urgent: boolean;
}

export function countdownState(remainingMs: number, totalMs: number): CountdownState {
  const remaining = Math.max(0, remainingMs);
  const fraction = totalMs > 0 ? Math.min(1, remaining / totalMs) : 0;
  const seconds = Math.ceil(remaining / 1000);
  const urgent = fraction <= 0.25 || seconds <= 5;
  const colour = urgent ? ink.negative : fraction <= 0.5 ? ink.gold : ink.teal;
  return { fraction, seconds, colour, urgent };
}

/**
 * The ring as drawn: it changes once per whole second (arc, number and colour together), so
 * the stage redraws once a second instead of every time the app reports the time left.
 * `key` is equal for two moments that look the same.
 */
export function countdownFace(
  remainingMs: number,
  totalMs: number,
): CountdownState & { key: string } {
  const seconds = Math.ceil(Math.max(0, remainingMs) / 1000);
  const state = countdownState(seconds * 1000, totalMs);
  return { ...state, key: `${seconds}/${totalMs}` };
}

export type Outcome = 'positive' | 'mixed' | 'negative';

export const OUTCOME_TINT: Record<Outcome, { colour: number; alpha: number }> = {
  positive: { colour: ink.positive, alpha: 0.16 },
  mixed: { colour: ink.mixed, alpha: 0.2 },
  negative: { colour: 0x3a1020, alpha: 0.34 },
};
