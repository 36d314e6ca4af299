/**
 * Reusable pieces of scenery (walls, windows, plants, desks...) shared by the backdrops.
 * All coordinates are in the 1280×720 logical stage.
 */
import { ink, shade, tint } from '../colour';
import { circle, ellipse, gradient, line, outline, poly, pts, rect, type Shape } from '../shapes';

export const WIDTH = 1280;
export const HEIGHT = 720;
export const FLOOR_Y = 560;

export interface RoomColours {
  wallTop: number;
  wallBottom: number;
  floor: number;
  accent: number;
}

export function room(colours: RoomColours): Shape[] {
  return [
    gradient(0, 0, WIDTH, FLOOR_Y, colours.wallTop, colours.wallBottom),
    gradient(0, FLOOR_Y, WIDTH, HEIGHT - FLOOR_Y, colours.floor, shade(colours.floor, 0.35)),
    rect(0, FLOOR_Y - 14, WIDTH, 14, shade(colours.wallBottom, 0.25)),
    rect(0, FLOOR_Y, WIDTH, 4, tint(colours.floor, 0.15)),
  ];
}

/** A window onto a dusk city: keeps every room in the same time of day. */
export function cityWindow(x: number, y: number, w: number, h: number, frame: number): Shape[] {
  const shapes: Shape[] = [
    rect(x - 10, y - 10, w + 20, h + 20, frame, { radius: 6 }),
    gradient(x, y, w, h, 0x33507f, 0xf0a46e),
    circle(x + w * 0.72, y + h * 0.62, Math.min(w, h) * 0.12, 0xffd59a, 0.9),
  ];
  const towers = [0.05, 0.2, 0.33, 0.5, 0.63, 0.8];
  towers.forEach((fraction, index) => {
    const towerHeight = h * (0.3 + ((index * 37) % 5) * 0.08);
    const towerX = x + w * fraction;
    shapes.push(rect(towerX, y + h - towerHeight, w * 0.12, towerHeight, 0x263a5e));
    for (let row = 1; row < towerHeight / 22; row += 1) {
      shapes.push(
        rect(towerX + w * 0.03, y + h - towerHeight + row * 20, w * 0.06, 6, ink.gold, {
          alpha: 0.35,
        }),
      );
    }
  });
  shapes.push(rect(x + w / 2 - 4, y, 8, h, frame), rect(x, y + h / 2 - 4, w, 8, frame));
  return shapes;
}

export function plant(x: number, baseY: number, scale = 1): Shape[] {
  const leaf = 0x3f8f5f;
  const leafDark = 0x2d6e49;
  const s = scale;
  return [
    ellipse(x - 34 * s, baseY - 120 * s, 56 * s, 110 * s, leafDark),
    ellipse(x + 32 * s, baseY - 128 * s, 56 * s, 118 * s, leafDark),
    ellipse(x, baseY - 150 * s, 60 * s, 150 * s, leaf),
    ellipse(x - 18 * s, baseY - 96 * s, 44 * s, 90 * s, leaf),
    ellipse(x + 20 * s, baseY - 92 * s, 44 * s, 86 * s, leaf),
    poly(
      pts(
        x - 36 * s,
        baseY - 64 * s,
        x + 36 * s,
        baseY - 64 * s,
        x + 28 * s,
        baseY,
        x - 28 * s,
        baseY,
      ),
      ink.coralDark,
    ),
    rect(x - 40 * s, baseY - 70 * s, 80 * s, 12 * s, shade(ink.coralDark, 0.2), { radius: 4 }),
  ];
}

export function pendantLamp(x: number, dropTo: number, shadeColour: number): Shape[] {
  return [
    line(pts(x, 0, x, dropTo - 30), 3, 0x1b2436),
    poly(
      pts(x - 40, dropTo, x + 40, dropTo, x + 18, dropTo - 34, x - 18, dropTo - 34),
      shadeColour,
    ),
    ellipse(x, dropTo + 2, 56, 10, 0xffe2a8),
    poly(
      pts(x - 40, dropTo + 4, x + 40, dropTo + 4, x + 150, FLOOR_Y - 20, x - 150, FLOOR_Y - 20),
      0xffe2a8,
      0.06,
    ),
  ];
}

export function wallClock(x: number, y: number, face = ink.paper): Shape[] {
  return [
    circle(x, y, 34, 0x1b2436),
    circle(x, y, 28, face),
    line(pts(x, y, x, y - 18), 4, 0x1b2436),
    line(pts(x, y, x + 13, y + 6), 4, 0x1b2436),
    circle(x, y, 4, ink.coral),
  ];
}

export function desk(x: number, topY: number, w: number, colour: number): Shape[] {
  return [
    rect(x, topY, w, 18, tint(colour, 0.12), { radius: 4 }),
    rect(x + 10, topY + 18, w - 20, FLOOR_Y + 60 - topY - 18, colour),
    rect(x + 10, topY + 18, w - 20, 10, shade(colour, 0.25)),
  ];
}

export function monitor(x: number, y: number, w: number, screenGlow: number): Shape[] {
  const h = w * 0.62;
  return [
    rect(x + w / 2 - 6, y + h, 12, 22, 0x1b2436),
    rect(x + w / 2 - 26, y + h + 18, 52, 8, 0x1b2436, { radius: 3 }),
    rect(x, y, w, h, 0x1b2436, { radius: 6 }),
    gradient(x + 6, y + 6, w - 12, h - 12, screenGlow, shade(screenGlow, 0.4)),
    rect(x + 14, y + 16, w * 0.4, 6, ink.paper, { alpha: 0.7 }),
    rect(x + 14, y + 30, w * 0.6, 6, ink.paper, { alpha: 0.4 }),
  ];
}

export function framedPicture(x: number, y: number, w: number, h: number, art: number): Shape[] {
  return [
    rect(x, y, w, h, 0x1b2436, { radius: 4 }),
    rect(x + 8, y + 8, w - 16, h - 16, tint(art, 0.55)),
    poly(pts(x + 8, y + h - 8, x + w * 0.45, y + h * 0.4, x + w - 8, y + h - 8), art),
    circle(x + w * 0.72, y + h * 0.32, Math.min(w, h) * 0.1, ink.gold),
  ];
}

export function chair(x: number, seatY: number, colour: number): Shape[] {
  return [
    rect(x - 34, seatY - 70, 68, 76, colour, { radius: 14 }),
    rect(x - 40, seatY, 80, 18, shade(colour, 0.2), { radius: 8 }),
    line(pts(x - 30, seatY + 18, x - 34, FLOOR_Y + 40), 5, 0x1b2436),
    line(pts(x + 30, seatY + 18, x + 34, FLOOR_Y + 40), 5, 0x1b2436),
  ];
}

export function signBoard(x: number, y: number, w: number, h: number, colour: number): Shape[] {
  return [
    rect(x, y, w, h, colour, { radius: 10 }),
    outline(
      pts(x + 6, y + 6, x + w - 6, y + 6, x + w - 6, y + h - 6, x + 6, y + h - 6),
      2,
      ink.paper,
      0.5,
    ),
  ];
}
