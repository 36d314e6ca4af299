/** Replays the renderer-free art (art/shapes.ts) onto a Phaser Graphics object. */
import type Phaser from 'phaser';
import type { Point, Shape } from './art/shapes';

function tracePath(graphics: Phaser.GameObjects.Graphics, points: readonly Point[]): void {
  const [first, ...rest] = points;
  if (!first) return;
  graphics.beginPath();
  graphics.moveTo(first.x, first.y);
  for (const point of rest) graphics.lineTo(point.x, point.y);
}

function paintShape(graphics: Phaser.GameObjects.Graphics, shape: Shape): void {
  switch (shape.kind) {
    case 'rect':
      graphics.fillStyle(shape.fill, shape.alpha ?? 1);
      if (shape.radius) graphics.fillRoundedRect(shape.x, shape.y, shape.w, shape.h, shape.radius);
      else graphics.fillRect(shape.x, shape.y, shape.w, shape.h);
      return;
    case 'gradient': {
      const alpha = shape.alpha ?? 1;
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

export function paintShapes(graphics: Phaser.GameObjects.Graphics, shapes: readonly Shape[]): void {
  for (const shape of shapes) paintShape(graphics, shape);
}
