import { describe, expect, it } from 'vitest';
import { hex, ink, mix, shade, tint } from '../../../src/game/art/colour';
import { arcPoints, boundsOf, pts, quadratic, rect, translate } from '../../../src/game/art/shapes';

describe('colour helpers', () => {
  it('turns palette hex strings into Phaser colour numbers', () => {
    expect(hex('#f08a5d')).toBe(0xf08a5d);
    expect(ink.night).toBe(0x0f1b2d);
  });

  it('rejects colours that are not #rrggbb', () => {
    expect(() => hex('red')).toThrow(/#rrggbb/);
    expect(() => hex('#fff')).toThrow();
  });

  it('mixes channel by channel and clamps the amount', () => {
    expect(mix(0x000000, 0xffffff, 0.5)).toBe(0x808080);
    expect(mix(0x102030, 0xffffff, 0)).toBe(0x102030);
    expect(mix(0x102030, 0x405060, 2)).toBe(0x405060);
    expect(shade(0x808080, 1)).toBe(0);
    expect(tint(0x808080, 1)).toBe(0xffffff);
  });
});

describe('shape helpers', () => {
  it('samples a quadratic curve from its start to its end', () => {
    const curve = quadratic({ x: 0, y: 0 }, { x: 50, y: 100 }, { x: 100, y: 0 }, 10);
    expect(curve).toHaveLength(11);
    expect(curve[0]).toEqual({ x: 0, y: 0 });
    expect(curve[10]).toEqual({ x: 100, y: 0 });
    expect(curve[5]).toEqual({ x: 50, y: 50 });
  });

  it('samples an elliptical arc', () => {
    const arc = arcPoints({ x: 10, y: 10 }, 5, 8, 0, Math.PI, 2);
    expect(arc[0]?.x).toBeCloseTo(15);
    expect(arc[1]?.y).toBeCloseTo(18);
    expect(arc[2]?.x).toBeCloseTo(5);
  });

  it('pairs flat coordinates into points and ignores a dangling number', () => {
    expect(pts(1, 2, 3, 4, 5)).toEqual([
      { x: 1, y: 2 },
      { x: 3, y: 4 },
    ]);
  });

  it('computes bounds and translates every kind of shape', () => {
    expect(boundsOf(rect(10, 20, 30, 40, 0))).toEqual({ left: 10, top: 20, right: 40, bottom: 60 });
    const moved = translate({ kind: 'poly', points: pts(0, 0, 10, 5), fill: 0 }, 5, -5);
    expect(boundsOf(moved)).toEqual({ left: 5, top: -5, right: 15, bottom: 0 });
    expect(boundsOf(translate({ kind: 'circle', x: 0, y: 0, radius: 4, fill: 0 }, 1, 1))).toEqual({
      left: -3,
      top: -3,
      right: 5,
      bottom: 5,
    });
  });
});
