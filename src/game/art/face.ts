/**
 * Expressions: eyes, brows, mouth and a touch of colour per mood, in head coordinates (the
 * head is centred on 0, 0), drawn over the head from head.ts and placed with it.
 */
import type { Mood } from '../../engine/scenario/schema';
import { mix, shade } from './colour';
import { EYE, MOUTH_Y } from './head';
import type { PortraitLook } from './portrait-look';
import { circle, ellipse, line, poly, pts, quadratic, type Shape } from './shapes';

const EYE_Y = EYE.y;
const EYE_X = EYE.x;
const BROW_Y = -34;
const FEATURE = 0x2a1d1b;
const MOUTH_INSIDE = 0x7a2e2b;
const BLUSH = 0xe0706a;

interface FaceParts {
  eyes: Shape[];
  brows: Shape[];
  mouth: Shape[];
  extras: Shape[];
}

function dotEyes(height: number, lookX = 0, lookY = 0): Shape[] {
  return [-EYE_X, EYE_X].flatMap((x) => [
    ellipse(x + lookX, EYE_Y + lookY, 14, height, FEATURE),
    circle(x + lookX + 3, EYE_Y + lookY - height / 4, 2.5, 0xffffff, 0.85),
  ]);
}

/** Brows as short strokes; `inner`/`outer` raise (−) or lower (+) each end. */
function brows(colour: number, inner: number, outer: number, raiseLeft = 0): Shape[] {
  return [-1, 1].map((side) => {
    const lift = side < 0 ? raiseLeft : 0;
    return line(
      pts(side * (EYE_X + 18), BROW_Y + outer + lift, side * (EYE_X - 14), BROW_Y + inner + lift),
      6,
      colour,
    );
  });
}

function curve(width: number, depth: number, y = MOUTH_Y, shift = 0): Shape {
  return line(
    quadratic(
      { x: shift - width / 2, y },
      { x: shift, y: y + depth },
      { x: shift + width / 2, y },
      10,
    ),
    5,
    FEATURE,
  );
}

/** One drawing per mood; each takes the brow colour (a shade of the speaker's hair). */
const EXPRESSIONS: Record<Mood, (browColour: number) => FaceParts> = {
  happy: (browColour) => ({
    eyes: [-EYE_X, EYE_X].map((x) =>
      line(
        quadratic(
          { x: x - 10, y: EYE_Y + 3 },
          { x, y: EYE_Y - 12 },
          { x: x + 10, y: EYE_Y + 3 },
          8,
        ),
        5,
        FEATURE,
      ),
    ),
    brows: brows(browColour, -6, -4),
    mouth: [
      poly(
        [
          ...quadratic(
            { x: -30, y: MOUTH_Y - 6 },
            { x: 0, y: MOUTH_Y + 36 },
            { x: 30, y: MOUTH_Y - 6 },
            12,
          ),
        ],
        MOUTH_INSIDE,
      ),
      poly(pts(-24, MOUTH_Y - 4, 24, MOUTH_Y - 4, 20, MOUTH_Y + 4, -20, MOUTH_Y + 4), 0xffffff),
    ],
    extras: [ellipse(-48, 28, 30, 16, BLUSH, 0.45), ellipse(48, 28, 30, 16, BLUSH, 0.45)],
  }),
  worried: (browColour) => ({
    eyes: dotEyes(18, 0, 2),
    brows: brows(browColour, -12, 2),
    mouth: [
      line(
        pts(-20, MOUTH_Y + 6, -10, MOUTH_Y + 1, 0, MOUTH_Y + 6, 10, MOUTH_Y + 1, 20, MOUTH_Y + 6),
        4,
        FEATURE,
      ),
    ],
    extras: [poly(pts(70, -56, 78, -36, 70, -30, 62, -36), 0x9fd4f0, 0.9)],
  }),
  angry: (browColour) => ({
    eyes: dotEyes(10, 0, 3),
    brows: brows(browColour, 10, -6),
    mouth: [curve(40, -12, MOUTH_Y + 8)],
    extras: [ellipse(-46, 26, 36, 18, 0xd8473a, 0.3), ellipse(46, 26, 36, 18, 0xd8473a, 0.3)],
  }),
  thoughtful: (browColour) => ({
    eyes: dotEyes(14, 6, -4),
    brows: brows(browColour, -2, -2, -10),
    mouth: [line(pts(-6, MOUTH_Y + 4, 22, MOUTH_Y), 5, FEATURE)],
    extras: [circle(104, -92, 7, 0xfbf5e9, 0.85), circle(122, -116, 11, 0xfbf5e9, 0.85)],
  }),
  neutral: (browColour) => ({
    eyes: dotEyes(16),
    brows: brows(browColour, -2, 0),
    mouth: [curve(34, 8)],
    extras: [],
  }),
};

export function faceShapes(look: PortraitLook, mood: Mood): Shape[] {
  // Pale (grey, white, blond) hair still needs brows that read against the skin.
  const browColour = mix(shade(look.hair, 0.1), FEATURE, 0.25);
  const parts = EXPRESSIONS[mood](browColour);
  const nose = line(
    quadratic({ x: -2, y: 4 }, { x: 8, y: 26 }, { x: -6, y: 28 }, 6),
    4,
    mix(look.skin, FEATURE, 0.35),
  );
  return [...parts.extras, ...parts.eyes, ...parts.brows, nose, ...parts.mouth];
}
