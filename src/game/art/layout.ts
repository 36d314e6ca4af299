/**
 * Where things sit on the 1280×720 stage and the small bits of arithmetic the views share.
 * Plain functions so they can be tested in node (Phaser cannot be imported there).
 */
import { ink } from './colour';

export const STAGE = { width: 1280, height: 720 } as const;

/** The speaker stands left of centre, feet below the frame. */
export const PORTRAIT_ANCHOR = { x: 440, y: 720 } as const;
export const PORTRAIT_HEAD = { x: 440, y: 390 } as const;

export const COUNTDOWN = { x: 92, y: 92, radius: 56, thickness: 11 } as const;

/**
 * How much to enlarge the countdown ring for the size the stage is shown at (CSS px).
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
