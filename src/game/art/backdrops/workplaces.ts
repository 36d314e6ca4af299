/** Desk-based workplaces: office, contact centre, startup, service desk. */
import { ink, shade, tint } from '../colour';
import { circle, ellipse, gradient, line, poly, pts, rect, type Shape } from '../shapes';
import {
  FLOOR_Y,
  WIDTH,
  chair,
  cityWindow,
  desk,
  framedPicture,
  monitor,
  pendantLamp,
  plant,
  room,
  wallClock,
} from './props';

export function office(): Shape[] {
  return [
    ...room({ wallTop: 0x3d5479, wallBottom: 0x30466a, floor: 0x6b4f3a, accent: ink.teal }),
    ...cityWindow(700, 110, 380, 300, 0x22314d),
    ...framedPicture(70, 150, 150, 110, ink.teal),
    ...wallClock(300, 130),
    rect(60, 300, 200, 12, 0x22314d),
    rect(72, 262, 26, 38, ink.coral),
    rect(100, 252, 22, 48, ink.gold),
    rect(124, 270, 30, 30, ink.violet),
    ...desk(640, 470, 520, 0x5a4030),
    ...monitor(900, 360, 150, 0x3b7fb8),
    rect(720, 452, 110, 18, ink.paper, { radius: 3 }),
    ...plant(1190, FLOOR_Y + 30, 0.9),
  ];
}

function cubicle(x: number, w: number): Shape[] {
  return [
    rect(x, 380, w, 200, 0x4a5b7d, { radius: 8 }),
    rect(x, 380, w, 14, 0x5d6f93, { radius: 6 }),
    rect(x + 16, 470, w - 32, 10, 0x3a4a6a, { radius: 4 }),
    rect(x + 16, 500, w - 32, 60, 0x3f5072, { radius: 6 }),
    ...monitor(x + w / 2 - 55, 300, 110, 0x2fa39a),
    // Headset on its stand.
    line(pts(x + 24, 372, x + 24, 330), 4, 0x1b2436),
    ellipse(x + 24, 326, 28, 22, 0x1b2436),
  ];
}

export function contactCentre(): Shape[] {
  const wall: Shape[] = [
    ...room({ wallTop: 0x34496e, wallBottom: 0x2a3c5e, floor: 0x3b4660, accent: ink.teal }),
    rect(560, 60, 300, 190, 0x16223a, { radius: 12 }),
    rect(574, 74, 272, 162, 0x1d2d4b, { radius: 8 }),
  ];
  const bars = [70, 110, 90, 130, 150];
  const chart = bars.map((height, index) =>
    rect(594 + index * 34, 216 - height, 22, height, index === 4 ? ink.coral : ink.teal),
  );
  return [
    ...wall,
    ...chart,
    rect(770, 96, 60, 16, ink.gold, { radius: 4 }),
    rect(770, 126, 52, 10, ink.paper, { alpha: 0.5 }),
    rect(770, 148, 60, 10, ink.paper, { alpha: 0.5 }),
    ...wallClock(145, 232),
    ...cubicle(20, 250),
    ...cubicle(680, 270),
    ...cubicle(970, 290),
  ];
}

function stickyNotes(x: number, y: number): Shape[] {
  const colours = [ink.gold, ink.coral, ink.teal, ink.violet, 0x9fd4f0, ink.gold];
  return colours.map((colour, index) =>
    rect(x + (index % 3) * 58, y + Math.floor(index / 3) * 56, 44, 44, colour, { radius: 3 }),
  );
}

function brickWall(): Shape[] {
  const bricks: Shape[] = [];
  for (let row = 0; row < 11; row += 1) {
    const offset = row % 2 === 0 ? 0 : 48;
    for (let column = -1; column < WIDTH / 96; column += 1) {
      const x = column * 96 + offset + 4;
      // Gaps keep the pattern from looking like a grid; bricks wholly off stage are skipped.
      if ((row * 7 + column * 3) % 4 === 0 || x + 88 <= 0 || x >= WIDTH) continue;
      bricks.push(rect(x, row * 50 + 4, 88, 42, 0x8c4f3d, { alpha: 0.35, radius: 3 }));
    }
  }
  return bricks;
}

export function startup(): Shape[] {
  const lights = Array.from({ length: 14 }, (_, index) => {
    const x = 40 + index * 90;
    return circle(x, 44 + Math.sin(index * 0.9) * 10 + 18, 7, index % 2 ? ink.gold : 0xffe2a8);
  });
  return [
    ...room({ wallTop: 0x5a3d3f, wallBottom: 0x4a3238, floor: 0x6d6f79, accent: ink.coral }),
    ...brickWall(),
    line(pts(0, 50, 320, 74, 640, 52, 960, 76, 1280, 54), 2, 0x1b2436),
    ...lights,
    rect(700, 140, 420, 250, 0xf4f1ea, { radius: 8 }),
    rect(700, 390, 420, 10, 0xb9bcc6),
    ...stickyNotes(730, 170),
    line(pts(930, 340, 980, 280, 1020, 310, 1080, 200), 5, ink.teal),
    ellipse(170, FLOOR_Y + 70, 240, 120, ink.violet),
    ellipse(150, FLOOR_Y + 30, 150, 90, tint(ink.violet, 0.15)),
    ...desk(760, 480, 420, 0xc9a27a),
    rect(840, 438, 120, 42, 0xb9bcc6, { radius: 4 }),
    poly(pts(830, 480, 970, 480, 960, 470, 840, 470), 0x8d919c),
    ...plant(1220, FLOOR_Y + 20, 0.8),
  ];
}

export function serviceDesk(): Shape[] {
  const shelf = (y: number): Shape[] => [
    rect(40, y, 230, 10, 0x22314d),
    rect(52, y - 46, 60, 46, 0x55657f, { radius: 4 }),
    rect(120, y - 34, 44, 34, 0x1b2436, { radius: 4 }),
    rect(172, y - 52, 80, 52, 0x3b4e72, { radius: 4 }),
  ];
  return [
    ...room({ wallTop: 0x2f4c63, wallBottom: 0x263e55, floor: 0x4a5568, accent: ink.teal }),
    rect(0, 60, WIDTH, 12, ink.teal, { alpha: 0.5 }),
    rect(560, 96, 290, 130, 0x16223a, { radius: 12 }),
    rect(578, 114, 100, 94, ink.coral, { radius: 8 }),
    rect(694, 124, 136, 16, ink.paper, { alpha: 0.7 }),
    rect(694, 156, 104, 12, ink.paper, { alpha: 0.45 }),
    rect(694, 182, 124, 12, ink.paper, { alpha: 0.45 }),
    ...shelf(200),
    ...shelf(320),
    ...wallClock(330, 120),
    ...pendantLamp(960, 290, ink.teal),
    rect(600, 430, 680, 160, shade(0x3a5a78, 0.1), { radius: 10 }),
    rect(600, 430, 680, 22, tint(0x3a5a78, 0.2), { radius: 8 }),
    ...monitor(760, 320, 130, 0x3b7fb8),
    ...monitor(1040, 320, 130, 0x3b7fb8),
    gradient(600, 452, 680, 20, 0x000000, 0x3a5a78),
    ...chair(180, FLOOR_Y - 40, ink.teal),
  ];
}
