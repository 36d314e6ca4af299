/**
 * Moves a drawing made in its own local coordinates to where it belongs, bending x on the
 * way: a head drawn facing front becomes a head turned three-quarters by squeezing the far
 * side. Circles, ellipses and rectangles become polygons so they bend with everything else.
 */
import { arcPoints, type Point, type Shape } from './shapes';

/** Local x → placed x (before the offset); `identity` keeps the front view. */
export type XMap = (x: number) => number;

export const identity: XMap = (x) => x;

/** A view turned towards the viewer's right: the near (left) side keeps its width. */
export function turnedMap(shift: number, nearScale: number, farScale: number): XMap {
  return (x) => shift + (x < 0 ? x * nearScale : x * farScale);
}

function roundedRectPoints(x: number, y: number, w: number, h: number, radius = 0): Point[] {
  const r = Math.max(0, Math.min(radius, w / 2, h / 2));
  if (r === 0)
    return [
      { x, y },
      { x: x + w, y },
      { x: x + w, y: y + h },
      { x, y: y + h },
    ];
  const corner = (cx: number, cy: number, from: number) =>
    arcPoints({ x: cx, y: cy }, r, r, from, from + Math.PI / 2, 4);
  return [
    ...corner(x + w - r, y + r, -Math.PI / 2),
    ...corner(x + w - r, y + h - r, 0),
    ...corner(x + r, y + h - r, Math.PI / 2),
    ...corner(x + r, y + r, Math.PI),
  ];
}

/** The outline of a filled shape as points (gradients stay rectangles). */
function outlineOf(shape: Exclude<Shape, { kind: 'line' | 'poly' | 'gradient' }>): Point[] {
  switch (shape.kind) {
    case 'rect':
      return roundedRectPoints(shape.x, shape.y, shape.w, shape.h, shape.radius);
    case 'circle':
      return arcPoints(shape, shape.radius, shape.radius, 0, Math.PI * 2, 24);
    case 'ellipse':
      return arcPoints(shape, shape.w / 2, shape.h / 2, 0, Math.PI * 2, 28);
  }
}

/** Places `shapes` at (dx, dy), bending every x through `map`. */
export function place(shapes: readonly Shape[], map: XMap, dx: number, dy: number): Shape[] {
  const move = (p: Point): Point => ({ x: map(p.x) + dx, y: p.y + dy });
  return shapes.map((shape): Shape => {
    switch (shape.kind) {
      case 'poly':
      case 'line':
        return { ...shape, points: shape.points.map(move) };
      case 'gradient': {
        const left = map(shape.x);
        return { ...shape, x: left + dx, y: shape.y + dy, w: map(shape.x + shape.w) - left };
      }
      default: {
        if (map === identity) return { ...shape, x: shape.x + dx, y: shape.y + dy } as Shape;
        const poly: Shape = { kind: 'poly', points: outlineOf(shape).map(move), fill: shape.fill };
        return shape.alpha === undefined ? poly : { ...poly, alpha: shape.alpha };
      }
    }
  });
}
