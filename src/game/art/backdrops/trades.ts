/** Places where the work is hands-on: a restaurant floor, a gym, a warehouse. */
import { ink, shade, tint } from '../colour';
import { circle, ellipse, gradient, line, outline, poly, pts, rect, type Shape } from '../shapes';
import { FLOOR_Y, WIDTH, chair, pendantLamp, plant, room, wallClock } from './props';

/** The kitchen pass seen from the dining room: a hatch, heat lamps and plates waiting. */
function kitchenPass(x: number, y: number, w: number): Shape[] {
  const plates = [0.18, 0.42, 0.66].flatMap((fraction) => {
    const cx = x + w * fraction;
    return [ellipse(cx, y + 118, 70, 18, 0xf4f1ea), ellipse(cx, y + 112, 34, 12, ink.coral)];
  });
  const lamps = [0.2, 0.5, 0.8].flatMap((fraction) => {
    const cx = x + w * fraction;
    return [
      rect(cx - 26, y + 14, 52, 16, 0x1b2436, { radius: 4 }),
      poly(
        pts(cx - 24, y + 30, cx + 24, y + 30, cx + 44, y + 110, cx - 44, y + 110),
        0xff9f5a,
        0.12,
      ),
    ];
  });
  return [
    rect(x - 14, y - 14, w + 28, 160, 0x2b1f22, { radius: 8 }),
    gradient(x, y, w, 132, 0x5d4a44, 0x8a6b5c),
    rect(x, y + 40, w, 6, 0x9aa3ad, { alpha: 0.6 }),
    ...lamps,
    ...plates,
    rect(x - 24, y + 126, w + 48, 18, 0xb9bcc6, { radius: 4 }),
  ];
}

/** The live feedback screen: stars and a column of comment cards. */
function feedbackScreen(x: number, y: number): Shape[] {
  const stars = [0, 1, 2, 3, 4].map((index) =>
    circle(x + 30 + index * 26, y + 32, 9, index < 3 ? ink.gold : 0x5b6680),
  );
  const cards = [0, 1, 2].flatMap((row) => [
    rect(x + 18, y + 58 + row * 34, 164, 26, row === 1 ? 0x5a2f3a : 0x22314d, { radius: 5 }),
    rect(x + 28, y + 66 + row * 34, 100 - row * 18, 6, ink.paper, { alpha: 0.7 }),
    rect(x + 28, y + 76 + row * 34, 70, 4, ink.paper, { alpha: 0.4 }),
  ]);
  return [
    rect(x - 8, y - 8, 216, 178, 0x111827, { radius: 10 }),
    rect(x, y, 200, 162, 0x16223a, { radius: 6 }),
    ...stars,
    ...cards,
  ];
}

function diningTable(x: number, colour: number): Shape[] {
  return [
    ...chair(x - 70, FLOOR_Y - 30, shade(colour, 0.2)),
    ...chair(x + 70, FLOOR_Y - 30, shade(colour, 0.2)),
    ellipse(x, FLOOR_Y - 44, 190, 30, 0xf4f1ea),
    rect(x - 6, FLOOR_Y - 40, 12, 80, 0x2b1f22),
    circle(x - 30, FLOOR_Y - 54, 9, ink.coral),
    rect(x + 20, FLOOR_Y - 78, 10, 30, 0x4f8f6f, { radius: 3 }),
  ];
}

export function restaurant(): Shape[] {
  const menuLines = [0, 1, 2, 3, 4].map((row) =>
    rect(64, 190 + row * 30, 110 - (row % 3) * 22, 7, ink.paper, { alpha: 0.75 }),
  );
  return [
    ...room({ wallTop: 0x6a3f36, wallBottom: 0x58332d, floor: 0x6b4a35, accent: ink.gold }),
    rect(0, 300, WIDTH, 246, 0x4a2c27, { alpha: 0.45 }),
    rect(0, 296, WIDTH, 8, 0x8a5a45),
    rect(40, 140, 160, 190, 0x22302a, { radius: 6 }),
    outline(pts(40, 140, 200, 140, 200, 330, 40, 330), 6, 0x8a5a45),
    rect(64, 160, 80, 12, ink.gold, { alpha: 0.85 }),
    ...menuLines,
    ...kitchenPass(575, 170, 190),
    ...feedbackScreen(1050, 318),
    ...pendantLamp(260, 190, ink.gold),
    ...pendantLamp(880, 150, ink.gold),
    ...diningTable(1110, 0x8a5a45),
    ...plant(250, FLOOR_Y + 40, 0.7),
  ];
}

function dumbbellRack(x: number): Shape[] {
  const bells = [0, 1, 2, 3, 4].flatMap((index) => {
    const cx = x + 30 + index * 52;
    const size = 22 + index * 3;
    return [
      rect(cx - 18, 452 - size / 2 - 3, 36, 6, 0x9aa3ad),
      circle(cx - 18, 452 - size / 2, size / 2, 0x1b2436),
      circle(cx + 18, 452 - size / 2, size / 2, 0x1b2436),
    ];
  });
  return [
    rect(x, 450, 270, 12, 0x5b6680, { radius: 4 }),
    rect(x + 10, 462, 10, FLOOR_Y - 462, 0x3d4659),
    rect(x + 250, 462, 10, FLOOR_Y - 462, 0x3d4659),
    ...bells,
  ];
}

function treadmill(x: number): Shape[] {
  return [
    poly(
      pts(x, FLOOR_Y + 20, x + 250, FLOOR_Y + 20, x + 236, FLOOR_Y - 12, x + 20, FLOOR_Y - 12),
      0x1b2436,
    ),
    rect(x + 20, FLOOR_Y - 18, 220, 8, 0x3d4659, { radius: 3 }),
    line(pts(x + 226, FLOOR_Y - 14, x + 250, FLOOR_Y - 170), 10, 0x3d4659),
    rect(x + 216, FLOOR_Y - 196, 70, 34, 0x1b2436, { radius: 6 }),
    rect(x + 224, FLOOR_Y - 188, 40, 14, ink.teal, { alpha: 0.8 }),
  ];
}

function timetable(x: number, y: number): Shape[] {
  const slots = Array.from({ length: 12 }, (_, index) => {
    const column = index % 4;
    const row = Math.floor(index / 4);
    const colour = [ink.coral, ink.teal, ink.gold, ink.violet][(index * 3) % 4] ?? ink.teal;
    return rect(x + 16 + column * 50, y + 46 + row * 40, 44, 30, colour, {
      radius: 4,
      alpha: index === 1 || index === 6 ? 0.25 : 0.85,
    });
  });
  return [
    rect(x, y, 226, 180, 0xf4f1ea, { radius: 8 }),
    rect(x + 16, y + 14, 120, 16, 0x1b2436, { radius: 3 }),
    ...slots,
  ];
}

export function gym(): Shape[] {
  const mirrors = [0, 1, 2].map((index) =>
    gradient(40 + index * 130, 110, 118, 300, 0x9fc3d6, 0x5f7f96),
  );
  return [
    ...room({ wallTop: 0x2f5960, wallBottom: 0x264a52, floor: 0x34383f, accent: ink.teal }),
    rect(0, 70, WIDTH, 16, ink.coral, { alpha: 0.8 }),
    ...mirrors,
    ...[0, 1, 2].map((index) =>
      outline(
        pts(
          40 + index * 130,
          110,
          158 + index * 130,
          110,
          158 + index * 130,
          410,
          40 + index * 130,
          410,
        ),
        4,
        0xd7dde3,
      ),
    ),
    ...timetable(545, 150),
    ...wallClock(1160, 360),
    ...dumbbellRack(960),
    ...treadmill(700),
    ...[0, 1, 2].map((index) =>
      circle(
        1100 + index * 56,
        FLOOR_Y + 40,
        22,
        [ink.coral, ink.gold, ink.violet][index] ?? ink.coral,
      ),
    ),
    ...Array.from({ length: 6 }, (_, index) => rect(index * 230, FLOOR_Y + 70, 140, 6, 0x4a5060)),
  ];
}

function rackBay(x: number, w: number, seed: number): Shape[] {
  const shapes: Shape[] = [
    rect(x, 90, 12, FLOOR_Y - 70, 0x2f6fb0),
    rect(x + w - 12, 90, 12, FLOOR_Y - 70, 0x2f6fb0),
  ];
  for (let level = 0; level < 4; level += 1) {
    const y = 190 + level * 110;
    shapes.push(rect(x, y, w, 12, ink.coral));
    for (let slot = 0; slot * 70 + 80 < w; slot += 1) {
      const height = 50 + ((seed + level * 3 + slot * 5) % 3) * 18;
      const tone = (seed + level + slot) % 3 === 0 ? 0xa7825a : 0xc49a6c;
      shapes.push(rect(x + 18 + slot * 70, y - height, 60, height, tone, { radius: 3 }));
      shapes.push(rect(x + 30 + slot * 70, y - height + 10, 30, 6, tint(tone, 0.35)));
    }
  }
  return shapes;
}

function rollerDoor(x: number, w: number): Shape[] {
  const slats = Array.from({ length: 12 }, (_, index) =>
    rect(x, 120 + index * 30, w, 3, 0x6e7382, { alpha: 0.8 }),
  );
  return [
    rect(x - 16, 100, w + 32, FLOOR_Y - 100, 0x2a3140),
    gradient(x, 116, w, FLOOR_Y - 116, 0x9aa3ad, 0x7d8593),
    ...slats,
    rect(x, FLOOR_Y - 60, w, 60, 0xe3b65a, { alpha: 0.9 }),
    ...Array.from({ length: 6 }, (_, index) =>
      poly(
        pts(
          x + index * (w / 6),
          FLOOR_Y,
          x + index * (w / 6) + 30,
          FLOOR_Y - 60,
          x + index * (w / 6) + 54,
          FLOOR_Y - 60,
          x + index * (w / 6) + 24,
          FLOOR_Y,
        ),
        0x1b2436,
      ),
    ),
  ];
}

function rollCage(x: number): Shape[] {
  return [
    outline(pts(x, 380, x + 120, 380, x + 120, FLOOR_Y + 30, x, FLOOR_Y + 30), 5, 0x9aa3ad),
    ...[0, 1, 2].map((row) => line(pts(x, 420 + row * 60, x + 120, 420 + row * 60), 3, 0x9aa3ad)),
    rect(x + 10, 440, 100, 38, ink.teal, { radius: 4 }),
    rect(x + 16, 500, 90, 34, ink.violet, { radius: 4 }),
    circle(x + 16, FLOOR_Y + 40, 10, 0x1b2436),
    circle(x + 104, FLOOR_Y + 40, 10, 0x1b2436),
  ];
}

export function warehouse(): Shape[] {
  const lights = [220, 640, 1060].flatMap((x) => [
    rect(x - 70, 24, 140, 14, 0x1b2436, { radius: 4 }),
    poly(pts(x - 66, 38, x + 66, 38, x + 200, FLOOR_Y - 10, x - 200, FLOOR_Y - 10), 0xfff1c9, 0.05),
  ]);
  return [
    ...room({ wallTop: 0x39424f, wallBottom: 0x2f3742, floor: 0x5b6068, accent: ink.gold }),
    ...Array.from({ length: 8 }, (_, index) =>
      line(pts(index * 180, 0, index * 180 + 90, 60), 4, 0x2a3140),
    ),
    ...rackBay(20, 260, 1),
    ...rollerDoor(700, 240),
    ...rackBay(990, 300, 4),
    ...lights,
    rect(0, FLOOR_Y + 60, WIDTH, 8, ink.gold, { alpha: 0.85 }),
    rect(0, FLOOR_Y + 120, WIDTH, 8, ink.gold, { alpha: 0.6 }),
    ...rollCage(1120),
    rect(960, FLOOR_Y - 6, 150, 30, 0x8a6a4d, { radius: 2 }),
    rect(970, FLOOR_Y - 70, 60, 64, 0xc49a6c, { radius: 3 }),
    rect(1036, FLOOR_Y - 50, 60, 44, 0xa7825a, { radius: 3 }),
  ];
}
