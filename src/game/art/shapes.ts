/**
 * A tiny, renderer-free description of flat illustrations. The art modules (backdrops,
 * portraits) return lists of these shapes; `paint.ts` replays them on a Phaser Graphics
 * object. Keeping the art as plain data lets node tests check it without a browser.
 */

export interface Point {
  x: number;
  y: number;
}

interface Filled {
  fill: number;
  alpha?: number;
}

export type Shape =
  | ({ kind: 'rect'; x: number; y: number; w: number; h: number; radius?: number } & Filled)
  | {
      kind: 'gradient';
      x: number;
      y: number;
      w: number;
      h: number;
      top: number;
      bottom: number;
      alpha?: number;
    }
  | ({ kind: 'circle'; x: number; y: number; radius: number } & Filled)
  | ({ kind: 'ellipse'; x: number; y: number; w: number; h: number } & Filled)
  | ({ kind: 'poly'; points: readonly Point[] } & Filled)
  | {
      kind: 'line';
      points: readonly Point[];
      width: number;
      colour: number;
      alpha?: number;
      closed?: boolean;
    };

export const rect = (
  x: number,
  y: number,
  w: number,
  h: number,
  fill: number,
  options: { radius?: number; alpha?: number } = {},
): Shape => ({ kind: 'rect', x, y, w, h, fill, ...options });

export const gradient = (
  x: number,
  y: number,
  w: number,
  h: number,
  top: number,
  bottom: number,
): Shape => ({ kind: 'gradient', x, y, w, h, top, bottom });

export const circle = (
  x: number,
  y: number,
  radius: number,
  fill: number,
  alpha?: number,
): Shape =>
  alpha === undefined
    ? { kind: 'circle', x, y, radius, fill }
    : { kind: 'circle', x, y, radius, fill, alpha };

export const ellipse = (
  x: number,
  y: number,
  w: number,
  h: number,
  fill: number,
  alpha?: number,
): Shape =>
  alpha === undefined
    ? { kind: 'ellipse', x, y, w, h, fill }
    : { kind: 'ellipse', x, y, w, h, fill, alpha };

export const poly = (points: readonly Point[], fill: number, alpha?: number): Shape =>
  alpha === undefined ? { kind: 'poly', points, fill } : { kind: 'poly', points, fill, alpha };

export const line = (
  points: readonly Point[],
  width: number,
  colour: number,
  alpha?: number,
): Shape =>
  alpha === undefined
    ? { kind: 'line', points, width, colour }
    : { kind: 'line', points, width, colour, alpha };

/** A closed outline (a ring of line segments), e.g. a window frame or a lens. */
export const outline = (
  points: readonly Point[],
  width: number,
  colour: number,
  alpha?: number,
): Shape => ({
  ...(line(points, width, colour, alpha) as Extract<Shape, { kind: 'line' }>),
  closed: true,
});

/** Flat list of coordinates → points, so art files stay compact: `pts(0,0, 10,0, 10,10)`. */
export function pts(...coordinates: number[]): Point[] {
  const points: Point[] = [];
  for (let index = 0; index + 1 < coordinates.length; index += 2) {
    points.push({ x: coordinates[index] as number, y: coordinates[index + 1] as number });
  }
  return points;
}

/** Samples a quadratic Bézier curve (Graphics has no curve primitive we can rely on in both renderers). */
export function quadratic(from: Point, control: Point, to: Point, segments = 12): Point[] {
  const points: Point[] = [];
  for (let step = 0; step <= segments; step += 1) {
    const t = step / segments;
    const inverse = 1 - t;
    points.push({
      x: inverse * inverse * from.x + 2 * inverse * t * control.x + t * t * to.x,
      y: inverse * inverse * from.y + 2 * inverse * t * control.y + t * t * to.y,
    });
  }
  return points;
}

/** Points along an elliptical arc (angles in radians, 0 = right, clockwise as y grows down). */
export function arcPoints(
  centre: Point,
  radiusX: number,
  radiusY: number,
  from: number,
  to: number,
  segments = 20,
): Point[] {
  const points: Point[] = [];
  for (let step = 0; step <= segments; step += 1) {
    const angle = from + ((to - from) * step) / segments;
    points.push({
      x: centre.x + Math.cos(angle) * radiusX,
      y: centre.y + Math.sin(angle) * radiusY,
    });
  }
  return points;
}

/** Moves every point of a shape; used to place the same drawing at several spots. */
export function translate(shape: Shape, dx: number, dy: number): Shape {
  switch (shape.kind) {
    case 'poly':
    case 'line':
      return { ...shape, points: shape.points.map((p) => ({ x: p.x + dx, y: p.y + dy })) };
    default:
      return { ...shape, x: shape.x + dx, y: shape.y + dy };
  }
}

/** Axis-aligned bounds of a shape, for tests and layout checks. */
export function boundsOf(shape: Shape): {
  left: number;
  top: number;
  right: number;
  bottom: number;
} {
  switch (shape.kind) {
    case 'rect':
    case 'gradient':
      return { left: shape.x, top: shape.y, right: shape.x + shape.w, bottom: shape.y + shape.h };
    case 'circle':
      return {
        left: shape.x - shape.radius,
        top: shape.y - shape.radius,
        right: shape.x + shape.radius,
        bottom: shape.y + shape.radius,
      };
    case 'ellipse':
      return {
        left: shape.x - shape.w / 2,
        top: shape.y - shape.h / 2,
        right: shape.x + shape.w / 2,
        bottom: shape.y + shape.h / 2,
      };
    case 'poly':
    case 'line': {
      const xs = shape.points.map((p) => p.x);
      const ys = shape.points.map((p) => p.y);
      return {
        left: Math.min(...xs),
        top: Math.min(...ys),
        right: Math.max(...xs),
        bottom: Math.max(...ys),
      };
    }
  }
}
