/**
 * Replays the renderer-free art (src/game/art/shapes.ts) on a 2D canvas, so DOM screens
 * (briefing, list, title) can show the game's own portraits and settings without Phaser.
 * The Phaser painter (src/game/paint.ts) replays the same shapes on a Graphics object.
 */
import type { Point, Shape } from '../../game/art/shapes';

export function cssColour(colour: number, alpha = 1): string {
  const r = (colour >> 16) & 0xff;
  const g = (colour >> 8) & 0xff;
  const b = colour & 0xff;
  return alpha >= 1 ? `rgb(${r} ${g} ${b})` : `rgb(${r} ${g} ${b} / ${alpha})`;
}

function trace(context: CanvasRenderingContext2D, points: readonly Point[]): void {
  context.beginPath();
  points.forEach((point, index) =>
    index === 0 ? context.moveTo(point.x, point.y) : context.lineTo(point.x, point.y),
  );
}

function paintShape(context: CanvasRenderingContext2D, shape: Shape): void {
  switch (shape.kind) {
    case 'rect':
      context.fillStyle = cssColour(shape.fill, shape.alpha);
      context.beginPath();
      context.roundRect(shape.x, shape.y, shape.w, shape.h, shape.radius ?? 0);
      context.fill();
      return;
    case 'gradient': {
      const fill = context.createLinearGradient(0, shape.y, 0, shape.y + shape.h);
      fill.addColorStop(0, cssColour(shape.top, shape.alpha));
      fill.addColorStop(1, cssColour(shape.bottom, shape.alpha));
      context.fillStyle = fill;
      context.fillRect(shape.x, shape.y, shape.w, shape.h);
      return;
    }
    case 'circle':
      context.fillStyle = cssColour(shape.fill, shape.alpha);
      context.beginPath();
      context.arc(shape.x, shape.y, shape.radius, 0, Math.PI * 2);
      context.fill();
      return;
    case 'ellipse':
      context.fillStyle = cssColour(shape.fill, shape.alpha);
      context.beginPath();
      context.ellipse(shape.x, shape.y, shape.w / 2, shape.h / 2, 0, 0, Math.PI * 2);
      context.fill();
      return;
    case 'poly':
      context.fillStyle = cssColour(shape.fill, shape.alpha);
      trace(context, shape.points);
      context.closePath();
      context.fill();
      return;
    case 'line':
      context.strokeStyle = cssColour(shape.colour, shape.alpha);
      context.lineWidth = shape.width;
      context.lineJoin = 'round';
      context.lineCap = 'round';
      trace(context, shape.points);
      if (shape.closed) context.closePath();
      context.stroke();
      return;
  }
}

export interface Viewport {
  /** The art-space rectangle to show; it is scaled to cover the canvas. */
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Paints `layers` (back to front) so that `view` covers the whole canvas, at the device's
 * pixel ratio. The canvas keeps its CSS size; only its backing store is sized here.
 */
export function paintOnCanvas(
  canvas: HTMLCanvasElement,
  layers: ReadonlyArray<readonly Shape[]>,
  view: Viewport,
): void {
  const context = canvas.getContext('2d');
  if (!context) return;
  const ratio = Math.min(2, window.devicePixelRatio || 1);
  const width = Math.max(1, Math.round(canvas.clientWidth * ratio));
  const height = Math.max(1, Math.round(canvas.clientHeight * ratio));
  canvas.width = width;
  canvas.height = height;
  const scale = Math.max(width / view.width, height / view.height);
  context.setTransform(
    scale,
    0,
    0,
    scale,
    (width - view.width * scale) / 2 - view.x * scale,
    (height - view.height * scale) / 2 - view.y * scale,
  );
  for (const layer of layers) for (const shape of layer) paintShape(context, shape);
}
