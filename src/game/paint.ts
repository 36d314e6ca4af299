/** Replays the renderer-free art (art/shapes.ts) onto a Phaser Graphics object. */
import type Phaser from 'phaser';
import { mix } from './art/colour';
import type { Point, Shape } from './art/shapes';

export interface PaintOptions {
  /** WebGL fills true gradients; the Canvas renderer ignores them, so it gets colour bands. */
  smoothGradients: boolean;
}

const GRADIENT_BANDS = 24;

function tracePath(graphics: Phaser.GameObjects.Graphics, points: readonly Point[]): void {
  const [first, ...rest] = points;
  if (!first) return;
  graphics.beginPath();
  graphics.moveTo(first.x, first.y);
  for (const point of rest) graphics.lineTo(point.x, point.y);
}

function paintGradient(
  graphics: Phaser.GameObjects.Graphics,
  shape: Extract<Shape, { kind: 'gradient' }>,
  smooth: boolean,
): void {
  const alpha = shape.alpha ?? 1;
  if (smooth) {
    graphics.fillGradientStyle(
      shape.top,
      shape.top,
      shape.bottom,
      shape.bottom,
      alpha,
      alpha,
      alpha,
      alpha,
    );
    graphics.fillRect(shape.x, shape.y, shape.w, shape.h);
    return;
  }
  const band = shape.h / GRADIENT_BANDS;
  for (let index = 0; index < GRADIENT_BANDS; index += 1) {
    graphics.fillStyle(mix(shape.top, shape.bottom, index / (GRADIENT_BANDS - 1)), alpha);
    // Bands overlap by a pixel so no seam shows between them.
    graphics.fillRect(shape.x, shape.y + index * band, shape.w, band + 1);
  }
}

function paintShape(
  graphics: Phaser.GameObjects.Graphics,
  shape: Shape,
  options: PaintOptions,
): void {
  switch (shape.kind) {
    case 'rect':
      graphics.fillStyle(shape.fill, shape.alpha ?? 1);
      if (shape.radius) graphics.fillRoundedRect(shape.x, shape.y, shape.w, shape.h, shape.radius);
      else graphics.fillRect(shape.x, shape.y, shape.w, shape.h);
      return;
    case 'gradient':
      paintGradient(graphics, shape, options.smoothGradients);
      return;
    case 'circle':
      graphics.fillStyle(shape.fill, shape.alpha ?? 1);
      graphics.fillCircle(shape.x, shape.y, shape.radius);
      return;
    case 'ellipse':
      graphics.fillStyle(shape.fill, shape.alpha ?? 1);
      graphics.fillEllipse(shape.x, shape.y, shape.w, shape.h);
      return;
    case 'poly':
      graphics.fillStyle(shape.fill, shape.alpha ?? 1);
      tracePath(graphics, shape.points);
      graphics.closePath();
      graphics.fillPath();
      return;
    case 'line':
      graphics.lineStyle(shape.width, shape.colour, shape.alpha ?? 1);
      tracePath(graphics, shape.points);
      if (shape.closed) graphics.closePath();
      graphics.strokePath();
      return;
  }
}

export function paintShapes(
  graphics: Phaser.GameObjects.Graphics,
  shapes: readonly Shape[],
  options: PaintOptions = { smoothGradients: true },
): void {
  for (const shape of shapes) paintShape(graphics, shape, options);
}
