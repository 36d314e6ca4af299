/**
 * The head in head coordinates (centred on 0, 0): skull and ears, then what stays on a face
 * whatever the mood: lines of age, facial hair and glasses. Expressions are face.ts.
 */
import { mix, shade, tint } from './colour';
import { HEAD } from './figure';
import type { PortraitLook } from './portrait-look';
import {
  arcPoints,
  ellipse,
  line,
  outline,
  poly,
  pts,
  quadratic,
  type Point,
  type Shape,
} from './shapes';

/** Where the mouth sits; face.ts draws it, facial hair leaves room for it. */
export const MOUTH_Y = 50;
export const EYE = { x: 32, y: -4 } as const;

export function skullShapes(look: PortraitLook, turned: boolean): Shape[] {
  const skinShadow = shade(look.skin, 0.16);
  const covered = look.hairStyle === 'headscarf';
  const ears: Shape[] = covered
    ? []
    : [
        ellipse(-74, 8, 28, 44, skinShadow),
        ...(turned ? [] : [ellipse(74, 8, 28, 44, skinShadow)]),
      ];
  return [
    ...ears,
    ellipse(0, 0, HEAD.w, HEAD.h, look.skin),
    // A soft jaw shadow gives the flat head some volume.
    ellipse(0, 70, 96, 30, skinShadow, 0.35),
  ];
}

/** Creases that come with the years; a young face gets a little colour instead. */
export function ageLines(look: PortraitLook): Shape[] {
  const crease = shade(look.skin, 0.32);
  const fold = (s: -1 | 1, alpha: number): Shape =>
    line(
      quadratic({ x: s * 22, y: 18 }, { x: s * 36, y: 34 }, { x: s * 32, y: 52 }, 6),
      3,
      crease,
      alpha,
    );
  const brow = (y: number, half: number, alpha: number): Shape =>
    line(quadratic({ x: -half, y }, { x: 0, y: y - 6 }, { x: half, y }, 8), 3, crease, alpha);
  switch (look.age) {
    case 'young':
      return [ellipse(-46, 30, 30, 14, 0xe0706a, 0.16), ellipse(46, 30, 30, 14, 0xe0706a, 0.16)];
    case 'adult':
      return [];
    case 'middle-aged':
      return [brow(-60, 24, 0.45), fold(-1, 0.4), fold(1, 0.4)];
    case 'older':
      return [
        brow(-64, 30, 0.6),
        brow(-52, 22, 0.5),
        fold(-1, 0.6),
        fold(1, 0.6),
        ...[-1, 1].flatMap((s) => [
          line(pts(s * 56, -10, s * 66, -14), 3, crease, 0.55),
          line(pts(s * 56, -2, s * 66, 0), 3, crease, 0.55),
          line(
            quadratic({ x: s * 22, y: 12 }, { x: s * 32, y: 17 }, { x: s * 42, y: 12 }, 6),
            2.5,
            crease,
            0.45,
          ),
        ]),
        ellipse(0, 82, 80, 16, shade(look.skin, 0.2), 0.3),
      ];
  }
}

function moustache(colour: number, size: number): Shape {
  return poly(
    pts(
      -30 * size,
      46,
      -22 * size,
      34,
      -6,
      31,
      0,
      35,
      6,
      31,
      22 * size,
      34,
      30 * size,
      46,
      18 * size,
      42,
      0,
      41,
      -18 * size,
      42,
    ),
    colour,
  );
}

/** The lower face from cheek to cheek under the nose, for stubble and beards. */
function jaw(grow: number): Point[] {
  const lower = arcPoints(
    { x: 0, y: 0 },
    HEAD.w / 2 + grow,
    HEAD.h / 2 + grow,
    0.06 * Math.PI,
    0.94 * Math.PI,
    20,
  );
  return [...lower, ...pts(-54, 16, -30, 30, 0, 28, 30, 30, 54, 16)];
}

export function facialHairShapes(look: PortraitLook): Shape[] {
  const hair = look.hair;
  switch (look.facialHair) {
    case 'none':
      return [];
    case 'stubble':
      return [poly(jaw(0), mix(look.skin, hair, 0.5), 0.38)];
    case 'moustache':
      return [moustache(hair, 1.15)];
    case 'beard':
      return [
        poly(jaw(8), shade(hair, 0.05)),
        ellipse(0, MOUTH_Y + 8, 64, 38, mix(look.skin, hair, 0.15)),
        moustache(shade(hair, 0.12), 1.05),
        line(pts(-20, MOUTH_Y + 34, 20, MOUTH_Y + 34), 3, tint(hair, 0.15), 0.5),
      ];
  }
}

export function glassesShapes(look: PortraitLook): Shape[] {
  if (!look.glasses) return [];
  const frame = 0x1f2330;
  const lens = (cx: number): Shape =>
    outline(pts(cx - 24, -20, cx + 24, -20, cx + 22, 8, cx - 22, 8), 4, frame);
  return [
    lens(-EYE.x),
    lens(EYE.x),
    line(pts(-8, -14, 8, -14), 4, frame),
    line(pts(-56, -16, -72, -12), 4, frame),
    line(pts(56, -16, 72, -12), 4, frame),
  ];
}
