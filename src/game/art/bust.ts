/**
 * The body, head and hair of a portrait, in local coordinates: (0, 0) is the bottom centre
 * of the bust, the head is centred at HEAD. The face (expression) is drawn by face.ts.
 */
import { shade, tint } from './colour';
import type { PortraitLook } from './portrait-look';
import {
  arcPoints,
  circle,
  ellipse,
  line,
  outline,
  poly,
  pts,
  quadratic,
  rect,
  type Point,
  type Shape,
} from './shapes';

export const HEAD = { x: 0, y: -330, w: 150, h: 184 } as const;
const SHIRT = 0xf3efe6;

function mirrored(halfOutline: Point[]): Point[] {
  const mirror = [...halfOutline].reverse().map((p) => ({ x: -p.x, y: p.y }));
  return [...halfOutline, ...mirror];
}

function torsoOutline(): Point[] {
  // Left half from the bottom edge up over the shoulder to the neck.
  const shoulder = quadratic({ x: -196, y: -92 }, { x: -186, y: -172 }, { x: -70, y: -184 }, 10);
  return mirrored([{ x: -208, y: 0 }, ...shoulder]);
}

function outfitShapes(look: PortraitLook): Shape[] {
  const dark = shade(look.clothing, 0.28);
  switch (look.outfit) {
    case 'blazer':
      return [
        poly(pts(-52, -184, 52, -184, 0, -70), SHIRT),
        poly(pts(-62, -186, -16, -96, -4, 0, -70, 0, -96, -150), dark),
        poly(pts(62, -186, 16, -96, 4, 0, 70, 0, 96, -150), dark),
        circle(0, -52, 6, shade(look.clothing, 0.5)),
      ];
    case 'crew':
      return [
        ellipse(0, -184, 128, 40, dark),
        ellipse(0, -188, 100, 26, shade(look.skin, 0.12)),
        line(pts(-150, -60, -138, 0), 5, dark, 0.6),
        line(pts(150, -60, 138, 0), 5, dark, 0.6),
      ];
    case 'collar':
      return [
        poly(pts(-46, -190, 0, -150, -10, -128, -66, -164), SHIRT),
        poly(pts(46, -190, 0, -150, 10, -128, 66, -164), SHIRT),
        line(pts(-40, -170, -20, -60, 0, -46), 6, tint(look.clothing, 0.5)),
        line(pts(40, -170, 20, -60, 0, -46), 6, tint(look.clothing, 0.5)),
        rect(-24, -50, 48, 50, SHIRT, { radius: 6 }),
        rect(-16, -40, 32, 8, look.clothing, { radius: 2 }),
      ];
    case 'vneck':
      return [
        poly(pts(-48, -186, 48, -186, 0, -110), shade(look.skin, 0.08)),
        line(pts(-48, -186, 0, -110, 48, -186), 10, dark),
      ];
  }
}

export function bodyShapes(look: PortraitLook): Shape[] {
  const skinShadow = shade(look.skin, 0.16);
  return [
    poly(torsoOutline(), look.clothing),
    poly(
      pts(-196, -92, -186, -150, -150, -176, -160, -80, -176, 0, -208, 0),
      shade(look.clothing, 0.12),
    ),
    ...outfitShapes(look),
    rect(-34, -246, 68, 76, skinShadow, { radius: 18 }),
  ];
}

export function headShapes(look: PortraitLook): Shape[] {
  const skinShadow = shade(look.skin, 0.16);
  return [
    ellipse(HEAD.x - 74, HEAD.y + 8, 28, 44, skinShadow),
    ellipse(HEAD.x + 74, HEAD.y + 8, 28, 44, skinShadow),
    ellipse(HEAD.x, HEAD.y, HEAD.w, HEAD.h, look.skin),
    // A soft jaw shadow gives the flat head some volume.
    ellipse(HEAD.x, HEAD.y + 70, 96, 30, skinShadow, 0.35),
  ];
}

const capTop = HEAD.y - HEAD.h / 2 - 14;

/** A cap of hair over the top of the head; `part` moves the crown sideways. */
function cap(colour: number, fringeY: number, part = 0): Shape {
  // Slightly larger than the head so the hair sits on it, from ear to ear over the crown.
  const outer = arcPoints(
    { x: HEAD.x, y: HEAD.y + 4 },
    HEAD.w / 2 + 10,
    HEAD.h / 2 + 14,
    Math.PI * 1.02,
    Math.PI * 1.98,
  );
  const inner = quadratic(
    { x: 66, y: HEAD.y - 22 },
    { x: part * 0.6, y: fringeY },
    { x: -66, y: HEAD.y - 22 },
    12,
  );
  return poly([...outer, ...inner], colour);
}

export function hairBackShapes(look: PortraitLook): Shape[] {
  const colour = shade(look.hair, 0.12);
  switch (look.hairStyle) {
    case 'bob':
      return [rect(-98, HEAD.y - 100, 196, 176, colour, { radius: 64 })];
    case 'long':
      return [rect(-102, HEAD.y - 100, 204, 290, colour, { radius: 72 })];
    case 'bun':
      return [circle(0, capTop - 8, 40, colour)];
    case 'curly':
      return curlRing(colour, 92, 30);
    default:
      return [];
  }
}

function curlRing(colour: number, radius: number, curl: number): Shape[] {
  const curls: Shape[] = [];
  for (let step = 0; step <= 10; step += 1) {
    const angle = Math.PI * (1.05 + (step / 10) * 0.9);
    curls.push(
      circle(
        HEAD.x + Math.cos(angle) * radius,
        HEAD.y - 12 + Math.sin(angle) * radius,
        curl,
        colour,
      ),
    );
  }
  return curls;
}

export function hairFrontShapes(look: PortraitLook): Shape[] {
  const colour = look.hair;
  switch (look.hairStyle) {
    case 'short':
      return [cap(colour, HEAD.y - 78)];
    case 'bob':
      return [
        cap(colour, HEAD.y - 64, -20),
        poly(pts(-84, HEAD.y - 20, -66, HEAD.y - 60, -70, HEAD.y + 40), colour),
      ];
    case 'long':
      return [cap(colour, HEAD.y - 70, 24)];
    case 'bun':
      return [cap(colour, HEAD.y - 84), circle(0, capTop - 8, 34, colour)];
    case 'curly':
      return [...curlRing(colour, 80, 24), cap(colour, HEAD.y - 74)];
    case 'buzz':
      return [cap(colour, HEAD.y - 86)];
    case 'sidepart':
      return [
        cap(colour, HEAD.y - 80, 36),
        poly(
          quadratic(
            { x: -70, y: HEAD.y - 40 },
            { x: -10, y: HEAD.y - 118 },
            { x: 60, y: HEAD.y - 70 },
            10,
          ),
          colour,
        ),
      ];
  }
}

export function glassesShapes(look: PortraitLook): Shape[] {
  if (!look.glasses) return [];
  const frame = 0x1f2330;
  const lens = (cx: number): Shape =>
    outline(
      pts(cx - 24, HEAD.y - 20, cx + 24, HEAD.y - 20, cx + 22, HEAD.y + 8, cx - 22, HEAD.y + 8),
      4,
      frame,
    );
  return [lens(-32), lens(32), line(pts(-8, HEAD.y - 14, 8, HEAD.y - 14), 4, frame)];
}
