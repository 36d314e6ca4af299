/**
 * Hair and headwear in head coordinates (the head is centred on 0, 0). Three layers:
 * `back` is drawn before the body (hair behind the shoulders), `drape` after the body but
 * before the face (a headscarf over the shoulders, locs falling in front), `front` after the
 * face (the crown and fringe). Age greys the temples of anyone whose hair is not grey already.
 */
import { mix, shade, tint } from './colour';
import { HEAD } from './figure';
import { HAIR_PALETTE, type HairStyle, type PortraitLook } from './portrait-look';
import { arcPoints, circle, line, poly, pts, quadratic, rect, type Shape } from './shapes';

export interface HairLayers {
  back: Shape[];
  drape: Shape[];
  front: Shape[];
}

const CAP_TOP = -HEAD.h / 2 - 14;
const GREY_STREAK = 0xc9ccd1;

/** A cap of hair over the top of the head; `part` moves the crown sideways. */
function cap(colour: number, fringeY: number, part = 0, grow = 0): Shape {
  // Slightly larger than the head so the hair sits on it, from ear to ear over the crown.
  const outer = arcPoints(
    { x: 0, y: 4 },
    HEAD.w / 2 + 10 + grow,
    HEAD.h / 2 + 14 + grow,
    Math.PI * 1.02,
    Math.PI * 1.98,
  );
  const inner = quadratic(
    { x: 66 + grow / 2, y: -22 },
    { x: part * 0.6, y: fringeY },
    { x: -66 - grow / 2, y: -22 },
    12,
  );
  return poly([...outer, ...inner], colour);
}

function curlRing(colour: number, radius: number, curl: number): Shape[] {
  return Array.from({ length: 11 }, (_, step) => {
    const angle = Math.PI * (1.05 + (step / 10) * 0.9);
    return circle(Math.cos(angle) * radius, -12 + Math.sin(angle) * radius, curl, colour);
  });
}

/** Strands of locs from the crown down past the shoulders, alternating two shades. */
function locStrands(colour: number, xs: number[], top: number, length: number): Shape[] {
  return xs.map((x, index) =>
    rect(
      x - 10,
      top,
      20,
      length - Math.abs(x) * 0.4 - (index % 3) * 14,
      index % 2 ? shade(colour, 0.2) : colour,
      {
        radius: 10,
      },
    ),
  );
}

function ponytail(colour: number): Shape {
  const out = quadratic({ x: 40, y: -70 }, { x: 130, y: -54 }, { x: 112, y: 60 }, 10);
  const tip = quadratic({ x: 112, y: 60 }, { x: 104, y: 130 }, { x: 84, y: 150 }, 6);
  const back = quadratic({ x: 84, y: 150 }, { x: 92, y: 40 }, { x: 58, y: -20 }, 8);
  return poly([...out, ...tip, ...back], colour);
}

function headscarf(look: PortraitLook): HairLayers {
  const scarf = look.accent;
  const fold = shade(scarf, 0.18);
  const top = arcPoints({ x: 0, y: -4 }, 98, 116, Math.PI, Math.PI * 2, 20);
  const drape = [
    ...top,
    ...pts(104, 60),
    ...quadratic({ x: 136, y: 140 }, { x: 20, y: 250 }, { x: -136, y: 140 }, 14),
    ...pts(-104, 60),
  ];
  return {
    back: [],
    drape: [
      poly(drape, scarf),
      line(quadratic({ x: -70, y: 96 }, { x: 0, y: 150 }, { x: 70, y: 96 }, 10), 6, fold, 0.8),
      line(quadratic({ x: -100, y: 140 }, { x: -30, y: 190 }, { x: 60, y: 196 }, 10), 5, fold, 0.6),
    ],
    front: [
      cap(scarf, -58, 0, 10),
      line(
        arcPoints({ x: 0, y: 6 }, 80, 98, Math.PI * 0.72, Math.PI * 2.28, 30),
        20,
        shade(scarf, 0.06),
      ),
    ],
  };
}

function bald(look: PortraitLook): HairLayers {
  const fringe = (s: -1 | 1): Shape =>
    poly(pts(s * 78, -38, s * 84, -8, s * 78, 24, s * 64, 20, s * 62, -8, s * 66, -34), look.hair);
  const thinning = look.age === 'middle-aged' || look.age === 'older';
  return {
    back: [],
    drape: [],
    front: [
      poly(arcPoints({ x: -20, y: -62 }, 28, 13, 0, Math.PI * 2, 16), tint(look.skin, 0.22), 0.6),
      ...(thinning ? [fringe(-1), fringe(1)] : []),
    ],
  };
}

function plainStyle(style: HairStyle, colour: number, skin: number): HairLayers {
  const back = shade(colour, 0.12);
  const buzzColour = mix(colour, skin, 0.35);
  switch (style) {
    case 'bob':
      return {
        back: [rect(-98, -100, 196, 176, back, { radius: 64 })],
        drape: [],
        front: [cap(colour, -64, -20), poly(pts(-84, -20, -66, -60, -70, 40), colour)],
      };
    case 'long':
      return {
        back: [rect(-102, -100, 204, 290, back, { radius: 72 })],
        drape: [],
        front: [cap(colour, -70, 24)],
      };
    case 'bun':
      return {
        back: [circle(0, CAP_TOP - 8, 40, back)],
        drape: [],
        front: [cap(colour, -84), circle(0, CAP_TOP - 8, 34, colour)],
      };
    case 'curly':
      return {
        back: curlRing(back, 92, 30),
        drape: [],
        front: [...curlRing(colour, 80, 24), cap(colour, -74)],
      };
    case 'buzz':
      // Cropped close: the scalp shows through, and the hairline sits high and straight.
      return { back: [], drape: [], front: [cap(buzzColour, -84, 0, -6)] };
    case 'sidepart':
      return {
        back: [],
        drape: [],
        front: [
          cap(colour, -80, 36),
          // A swept quiff over the crown, parted on the left.
          poly(
            [
              ...quadratic({ x: -74, y: -30 }, { x: -40, y: -120 }, { x: 36, y: -114 }, 10),
              ...quadratic({ x: 36, y: -114 }, { x: 84, y: -100 }, { x: 80, y: -44 }, 8),
              ...quadratic({ x: 80, y: -44 }, { x: 40, y: -84 }, { x: -36, y: -76 }, 8),
            ],
            colour,
          ),
          line(pts(-40, -86, -33, -70), 4, shade(colour, 0.3), 0.8),
        ],
      };
    case 'ponytail':
      return {
        back: [ponytail(back)],
        drape: [],
        front: [
          cap(colour, -92, -10),
          line(
            quadratic({ x: -40, y: -84 }, { x: 10, y: -104 }, { x: 60, y: -66 }, 8),
            3,
            tint(colour, 0.2),
            0.6,
          ),
        ],
      };
    case 'locs':
      return {
        back: locStrands(back, [-100, -84, -68, 68, 84, 100], -86, 250),
        drape: locStrands(colour, [-92, -76, -60, 60, 76, 92], -30, 210),
        front: [
          cap(colour, -80, 0, 4),
          ...[-54, -30, -6, 18, 42].map((x) =>
            rect(x - 10, -104 + Math.abs(x) * 0.3, 20, 52, x % 12 ? colour : shade(colour, 0.15), {
              radius: 10,
            }),
          ),
        ],
      };
    default:
      // Short: a little height on top and a fringe swept to one side.
      return {
        back: [],
        drape: [],
        front: [
          cap(colour, -76, 0, 4),
          poly(
            [
              ...quadratic({ x: -66, y: -58 }, { x: -20, y: -100 }, { x: 46, y: -84 }, 8),
              ...quadratic({ x: 46, y: -84 }, { x: -6, y: -74 }, { x: -44, y: -50 }, 8),
            ],
            colour,
          ),
        ],
      };
  }
}

/** Grey at the temples (middle age) and on the crown (old age) of hair that is not grey yet. */
function greying(look: PortraitLook): Shape[] {
  if (look.age !== 'middle-aged' && look.age !== 'older') return [];
  if (look.hair === HAIR_PALETTE.grey || look.hair === HAIR_PALETTE.white) return [];
  if (look.hairStyle === 'bald' || look.hairStyle === 'headscarf') return [];
  // Blended into the hair colour: a streak, not a patch.
  const grey = mix(look.hair, GREY_STREAK, 0.7);
  const temple = (s: -1 | 1): Shape =>
    poly(pts(s * 72, -40, s * 82, -26, s * 84, -8, s * 77, -6, s * 73, -22), grey, 0.85);
  const shapes = [temple(-1), temple(1)];
  if (look.age === 'older') {
    // Grey through the crown, not only at the sides.
    shapes.push(
      poly(
        [
          ...quadratic({ x: -50, y: -92 }, { x: -4, y: -112 }, { x: 40, y: -96 }, 8),
          ...quadratic({ x: 40, y: -96 }, { x: 0, y: -88 }, { x: -50, y: -92 }, 8),
        ],
        mix(look.hair, GREY_STREAK, 0.7),
        0.75,
      ),
    );
  }
  return shapes;
}

export function hairLayers(look: PortraitLook): HairLayers {
  if (look.hairStyle === 'headscarf') return headscarf(look);
  const layers =
    look.hairStyle === 'bald' ? bald(look) : plainStyle(look.hairStyle, look.hair, look.skin);
  return { ...layers, front: [...layers.front, ...greying(look)] };
}
