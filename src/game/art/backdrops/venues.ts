/** Places customers walk into: store, hotel, bank, clinic, factory floor. */
import { ink, shade, tint } from '../colour';
import { circle, ellipse, gradient, line, outline, poly, pts, rect, type Shape } from '../shapes';
import {
  FLOOR_Y,
  WIDTH,
  chair,
  cityWindow,
  framedPicture,
  pendantLamp,
  plant,
  room,
  signBoard,
  wallClock,
} from './props';

const PRODUCT_COLOURS = [ink.coral, ink.gold, ink.teal, ink.violet, 0x9fd4f0, 0xe5624f, 0xf4f1ea];

function shelfUnit(x: number, w: number, seed: number): Shape[] {
  const shapes: Shape[] = [rect(x, 150, w, FLOOR_Y - 130, 0x2a3552, { radius: 6 })];
  for (let row = 0; row < 4; row += 1) {
    const y = 240 + row * 90;
    shapes.push(rect(x + 8, y, w - 16, 10, 0x46557a));
    for (let slot = 0; slot * 34 + 40 < w; slot += 1) {
      const colour =
        PRODUCT_COLOURS[(seed + row * 3 + slot * 5) % PRODUCT_COLOURS.length] ?? ink.coral;
      const height = 36 + ((seed + row + slot * 7) % 4) * 10;
      shapes.push(rect(x + 16 + slot * 34, y - height, 26, height, colour, { radius: 3 }));
    }
  }
  return shapes;
}

export function store(): Shape[] {
  return [
    ...room({ wallTop: 0x3f4f73, wallBottom: 0x34425f, floor: 0xc9c3b4, accent: ink.coral }),
    ...Array.from({ length: 9 }, (_, index) => rect(index * 150, FLOOR_Y + 4, 4, 160, 0xa9a395)),
    ...signBoard(470, 40, 340, 70, ink.coral),
    rect(520, 66, 240, 18, ink.paper, { alpha: 0.85, radius: 4 }),
    ...shelfUnit(30, 240, 1),
    ...shelfUnit(920, 330, 4),
    rect(640, 450, 300, 140, 0x7c5a44, { radius: 8 }),
    rect(630, 440, 320, 20, 0xa47a5c, { radius: 6 }),
    rect(820, 400, 80, 40, 0x1b2436, { radius: 4 }),
    rect(828, 406, 64, 24, ink.teal),
    ...pendantLamp(700, 200, ink.coral),
  ];
}

export function hotel(): Shape[] {
  const keyHooks = Array.from({ length: 12 }, (_, index) => {
    const x = 830 + (index % 6) * 48;
    const y = 180 + Math.floor(index / 6) * 70;
    return [
      circle(x, y, 6, ink.gold),
      rect(x - 8, y + 8, 16, 26, ink.gold, { radius: 3, alpha: index % 4 ? 1 : 0 }),
    ];
  }).flat();
  return [
    ...room({ wallTop: 0x5b4058, wallBottom: 0x4a3449, floor: 0x3b2f3f, accent: ink.gold }),
    ...Array.from({ length: 8 }, (_, index) =>
      rect(index * 170 + 60, 0, 6, FLOOR_Y - 14, 0x6b4d68, { alpha: 0.6 }),
    ),
    rect(800, 140, 320, 180, 0x3a2838, { radius: 10 }),
    ...keyHooks,
    ...framedPicture(70, 140, 180, 130, ink.violet),
    ...pendantLamp(560, 170, ink.gold),
    ...pendantLamp(1000, 120, ink.gold),
    rect(620, 430, 660, 160, 0x6b3f2f, { radius: 10 }),
    rect(610, 418, 680, 24, 0xb38556, { radius: 8 }),
    rect(660, 470, 580, 6, 0xb38556, { alpha: 0.6 }),
    ellipse(740, 410, 46, 22, ink.gold),
    circle(740, 398, 5, ink.gold),
    ...plant(120, FLOOR_Y + 40, 1.1),
  ];
}

function column(x: number): Shape[] {
  return [
    rect(x - 10, 80, 100, 24, 0xd7d2c4),
    rect(x, 104, 80, FLOOR_Y - 120, 0xc4bead),
    ...[14, 34, 54].map((offset) => rect(x + offset, 110, 8, FLOOR_Y - 130, 0xaea795)),
    rect(x - 10, FLOOR_Y - 30, 100, 20, 0xd7d2c4),
  ];
}

export function bank(): Shape[] {
  const vault: Shape[] = [
    circle(1010, 300, 130, 0x8a8f9c),
    circle(1010, 300, 112, 0xa9aebb),
    circle(1010, 300, 40, 0x6e7382),
    ...[0, 1, 2, 3, 4, 5].map((spoke) => {
      const angle = (spoke / 6) * Math.PI * 2;
      return line(
        pts(1010, 300, 1010 + Math.cos(angle) * 80, 300 + Math.sin(angle) * 80),
        8,
        0x6e7382,
      );
    }),
  ];
  return [
    ...room({ wallTop: 0x344b66, wallBottom: 0x2b3f57, floor: 0x7f8796, accent: ink.gold }),
    rect(0, 40, WIDTH, 18, ink.gold, { alpha: 0.35 }),
    ...column(60),
    ...column(640),
    ...vault,
    rect(200, 420, 420, 170, 0x4b3a2f, { radius: 8 }),
    rect(190, 410, 440, 18, 0x8a6a4d, { radius: 6 }),
    rect(210, 250, 190, 160, 0x9fd4f0, { alpha: 0.18 }),
    outline(pts(210, 250, 400, 250, 400, 410, 210, 410), 4, 0xc4bead),
    rect(420, 250, 190, 160, 0x9fd4f0, { alpha: 0.18 }),
    outline(pts(420, 250, 610, 250, 610, 410, 420, 410), 4, 0xc4bead),
    ...wallClock(1220, 120, 0xf4f1ea),
  ];
}

export function clinic(): Shape[] {
  const cross: Shape[] = [rect(803, 58, 24, 72, ink.positive), rect(779, 82, 72, 24, ink.positive)];
  return [
    ...room({ wallTop: 0x3c6068, wallBottom: 0x30505a, floor: 0xb7c4c2, accent: ink.positive }),
    rect(0, 300, WIDTH, 8, 0x9fd4cf, { alpha: 0.4 }),
    rect(700, 180, 230, 250, 0x2b4650, { radius: 8 }),
    circle(815, 94, 54, ink.paper, 0.92),
    ...cross,
    rect(712, 192, 100, 226, 0x355863, { radius: 4 }),
    rect(818, 192, 100, 226, 0x355863, { radius: 4 }),
    circle(800, 310, 6, ink.gold),
    ...chair(80, FLOOR_Y - 40, ink.teal),
    ...chair(170, FLOOR_Y - 40, ink.teal),
    ...chair(1000, FLOOR_Y - 30, ink.teal),
    ...chair(1090, FLOOR_Y - 30, ink.teal),
    ...plant(1210, FLOOR_Y + 20, 0.9),
    ...framedPicture(60, 130, 140, 100, ink.positive),
    ...wallClock(300, 130),
  ];
}

function conveyor(): Shape[] {
  const boxes = [720, 860, 1010, 1150]
    .map((x, index) => [
      rect(x, 440 - (index % 2) * 10, 90, 70 + (index % 2) * 10, 0xc08a55, { radius: 4 }),
      rect(x, 460, 90, 8, 0xa07040),
    ])
    .flat();
  const rollers = Array.from({ length: 12 }, (_, index) =>
    circle(660 + index * 52, 540, 12, 0x2a3142),
  );
  return [
    rect(640, 510, 640, 24, 0x4b5468, { radius: 6 }),
    ...rollers,
    ...boxes,
    rect(660, 552, 600, 60, 0x39404f),
  ];
}

export function factory(): Shape[] {
  const roof: Shape[] = Array.from({ length: 6 }, (_, index) => {
    const x = index * 220;
    return poly(pts(x, 160, x + 160, 40, x + 160, 160), 0x9fd4f0, 0.25);
  });
  const stripes = Array.from({ length: 16 }, (_, index) =>
    poly(
      pts(
        index * 80,
        FLOOR_Y + 40,
        index * 80 + 40,
        FLOOR_Y + 40,
        index * 80 + 20,
        FLOOR_Y + 60,
        index * 80 - 20,
        FLOOR_Y + 60,
      ),
      ink.gold,
    ),
  );
  return [
    ...room({ wallTop: 0x3a4356, wallBottom: 0x313847, floor: 0x585f6c, accent: ink.gold }),
    gradient(0, 0, WIDTH, 170, 0x2a3142, 0x3a4356),
    ...roof,
    line(pts(0, 220, 560, 220, 560, 380), 14, 0x6e7382),
    line(pts(0, 250, 1280, 250), 10, shade(ink.coral, 0.2)),
    ...cityWindow(60, 300, 200, 150, 0x2a3142).slice(0, 2),
    rect(40, FLOOR_Y + 40, WIDTH, 20, 0x1b2436),
    ...stripes,
    ...conveyor(),
    rect(1090, 250, 120, 80, tint(0x3a4356, 0.1), { radius: 6 }),
    circle(1120, 290, 14, ink.positive),
    circle(1160, 290, 14, ink.gold),
  ];
}
