import type Phaser from 'phaser';
import { describe, expect, it } from 'vitest';
import { outline, pts, rect } from '../../../src/game/art/shapes';
import { paintShapes } from '../../../src/game/paint';

/** Records the Graphics calls paintShapes makes (Phaser itself cannot load in node). */
function recorder() {
  const calls: string[] = [];
  const graphics = new Proxy(
    {},
    {
      get:
        (_target, name: string) =>
        (...args: unknown[]) => {
          calls.push(`${name}(${args.join(',')})`);
        },
    },
  );
  return { calls, graphics: graphics as Phaser.GameObjects.Graphics };
}

describe('paintShapes', () => {
  it('fills plain and rounded rectangles with their alpha', () => {
    const { calls, graphics } = recorder();
    paintShapes(graphics, [
      rect(1, 2, 3, 4, 0xff0000),
      rect(5, 6, 7, 8, 0x00ff00, { radius: 2, alpha: 0.5 }),
    ]);
    expect(calls).toEqual([
      'fillStyle(16711680,1)',
      'fillRect(1,2,3,4)',
      'fillStyle(65280,0.5)',
      'fillRoundedRect(5,6,7,8,2)',
    ]);
  });

  it('traces and closes polygons and outlines', () => {
    const { calls, graphics } = recorder();
    paintShapes(graphics, [
      { kind: 'poly', points: pts(0, 0, 10, 0, 5, 5), fill: 1 },
      outline(pts(0, 0, 4, 0, 4, 4), 2, 3),
    ]);
    expect(calls).toEqual([
      'fillStyle(1,1)',
      'beginPath()',
      'moveTo(0,0)',
      'lineTo(10,0)',
      'lineTo(5,5)',
      'closePath()',
      'fillPath()',
      'lineStyle(2,3,1)',
      'beginPath()',
      'moveTo(0,0)',
      'lineTo(4,0)',
      'lineTo(4,4)',
      'closePath()',
      'strokePath()',
    ]);
  });

  it('paints vertical gradients with the top colour above the bottom one', () => {
    const { calls, graphics } = recorder();
    paintShapes(graphics, [{ kind: 'gradient', x: 0, y: 0, w: 10, h: 10, top: 1, bottom: 2 }]);
    expect(calls[0]).toBe('fillGradientStyle(1,1,2,2,1,1,1,1)');
  });
});

describe('paintShapes on the Canvas renderer', () => {
  it('draws a gradient as overlapping colour bands from top to bottom colour', () => {
    const { calls, graphics } = recorder();
    paintShapes(
      graphics,
      [{ kind: 'gradient', x: 0, y: 0, w: 10, h: 240, top: 0x000000, bottom: 0xffffff }],
      {
        smoothGradients: false,
      },
    );
    expect(calls).not.toContain(expect.stringMatching(/^fillGradientStyle/));
    expect(calls.filter((call) => call.startsWith('fillRect'))).toHaveLength(24);
    expect(calls[0]).toBe('fillStyle(0,1)');
    expect(calls[1]).toBe('fillRect(0,0,10,11)');
    expect(calls.at(-2)).toBe(`fillStyle(${0xffffff},1)`);
  });
});
