/**
 * What a portrait wears, in body coordinates ((0, 0) is the bottom centre of the bust). Each
 * outfit draws `under` the neck (the garment's front) and `over` it (collars, straps, hoods
 * that wrap round the neck). The torso's base colour comes from body.ts.
 */
import { shade, tint } from './colour';
import { SHIRT, apronShirt } from './body';
import type { Figure } from './figure';
import type { Outfit, PortraitLook } from './portrait-look';
import { circle, ellipse, line, poly, pts, quadratic, rect, type Shape } from './shapes';

export interface OutfitLayers {
  under: Shape[];
  over: Shape[];
}

const NAVY = 0x1f2a44;
const GOLD = 0xe3b65a;
const PEN = 0x2b3040;

/** Both halves of a left-hand drawing: `make(-1)` and `make(1)`. */
const pair = (make: (side: -1 | 1) => Shape[]): Shape[] => [...make(-1), ...make(1)];

function shirtCollar(colour: number): Shape[] {
  return pair((s) => [poly(pts(s * 46, -198, 0, -152, s * 12, -130, s * 68, -166), colour)]);
}

function blazer(look: PortraitLook): OutfitLayers {
  const dark = shade(look.clothing, 0.28);
  return {
    under: [
      poly(pts(-52, -184, 52, -184, 0, -70), SHIRT),
      poly(pts(-62, -186, -16, -96, -4, 0, -70, 0, -96, -150), dark),
      poly(pts(62, -186, 16, -96, 4, 0, 70, 0, 96, -150), dark),
      circle(0, -52, 6, shade(look.clothing, 0.5)),
      rect(-132, -118, 34, 8, shade(look.clothing, 0.35), { radius: 3 }),
    ],
    over: pair((s) => [poly(pts(s * 36, -198, s * 6, -156, s * 22, -146, s * 48, -176), SHIRT)]),
  };
}

function crew(look: PortraitLook): OutfitLayers {
  const dark = shade(look.clothing, 0.28);
  return {
    under: [
      ellipse(0, -184, 128, 40, dark),
      ellipse(0, -188, 100, 26, shade(look.skin, 0.12)),
      line(pts(-150, -60, -138, 0), 5, dark, 0.6),
      line(pts(150, -60, 138, 0), 5, dark, 0.6),
    ],
    over: [],
  };
}

function collar(look: PortraitLook): OutfitLayers {
  const trim = tint(look.clothing, 0.5);
  return {
    // A buttoned shirt: placket, buttons and a breast pocket.
    under: [
      line(pts(0, -150, 0, 0), 10, shade(look.clothing, 0.1)),
      line(pts(-5, -150, -5, 0), 2, shade(look.clothing, 0.28)),
      ...[-126, -88, -50, -12].map((y) => circle(0, y, 4, trim)),
      rect(-116, -128, 56, 50, shade(look.clothing, 0.08), { radius: 4 }),
      line(pts(-116, -122, -60, -122), 3, shade(look.clothing, 0.25)),
    ],
    over: shirtCollar(SHIRT),
  };
}

function vneck(look: PortraitLook): OutfitLayers {
  return {
    under: [
      poly(pts(-48, -186, 48, -186, 0, -110), shade(look.skin, 0.08)),
      line(pts(-48, -186, 0, -110, 48, -186), 10, shade(look.clothing, 0.28)),
    ],
    over: [],
  };
}

function apron(look: PortraitLook): OutfitLayers {
  const bib = look.clothing;
  const seam = shade(bib, 0.22);
  return {
    under: [
      ellipse(0, -186, 120, 36, shade(apronShirt(look), 0.3)),
      poly(pts(-84, -150, 84, -150, 96, -70, 122, 0, -122, 0, -96, -70), bib),
      line(pts(-84, -146, 84, -146), 4, tint(bib, 0.25)),
      rect(-58, -96, 116, 54, shade(bib, 0.1), { radius: 6 }),
      line(pts(0, -96, 0, -42), 3, seam),
      rect(30, -116, 8, 28, GOLD, { radius: 3 }),
      rect(40, -110, 7, 22, tint(NAVY, 0.4), { radius: 3 }),
    ],
    over: pair((s) => [line(pts(s * 76, -150, s * 40, -204), 12, shade(bib, 0.08))]),
  };
}

function scrubs(look: PortraitLook, figure: Figure): OutfitLayers {
  const trim = shade(look.clothing, 0.25);
  const wide = 208 * figure.build;
  const bareArm = (s: -1 | 1): Shape[] => [
    poly(
      pts(s * (wide - 12), -96, s * (wide - 46), -98, s * (wide - 32), 0, s * wide, 0),
      look.skin,
    ),
    line(pts(s * (wide - 12), -98, s * (wide - 48), -100), 6, trim),
    line(pts(s * (wide - 48), -96, s * (wide - 34), 0), 3, shade(look.skin, 0.2), 0.6),
  ];
  return {
    under: [
      ...bareArm(-1),
      ...bareArm(1),
      poly(pts(-44, -186, 44, -186, 0, -118), shade(look.skin, 0.08)),
      line(pts(-44, -186, 0, -118, 44, -186), 9, trim),
      poly(pts(-12, -132, 12, -132, 0, -112), trim),
      rect(60, -132, 62, 54, shade(look.clothing, 0.1), { radius: 4 }),
      rect(96, -150, 6, 26, PEN, { radius: 2 }),
      line(pts(-30, -176, -74, -92), 3, NAVY),
      line(pts(-8, -170, -62, -92), 3, NAVY),
      rect(-96, -96, 46, 58, SHIRT, { radius: 5 }),
      rect(-88, -86, 18, 20, tint(look.clothing, 0.3)),
      rect(-66, -84, 12, 4, NAVY),
      rect(-88, -58, 30, 4, NAVY),
    ],
    over: [],
  };
}

function hoodie(look: PortraitLook): OutfitLayers {
  const hood = shade(look.clothing, 0.2);
  const edge = shade(look.clothing, 0.12);
  const cord = tint(look.clothing, 0.65);
  return {
    under: [
      ellipse(0, -200, 196, 74, hood),
      poly(pts(-104, -48, 104, -48, 128, 0, -128, 0), shade(look.clothing, 0.08)),
      line(pts(-104, -48, 104, -48), 4, shade(look.clothing, 0.22)),
      line(pts(-104, -48, -128, 0), 4, shade(look.clothing, 0.22)),
      line(pts(104, -48, 128, 0), 4, shade(look.clothing, 0.22)),
    ],
    over: [
      ...pair((s) => [
        line(
          quadratic({ x: s * 66, y: -200 }, { x: s * 40, y: -150 }, { x: 0, y: -142 }, 8),
          16,
          edge,
        ),
        line(pts(s * 16, -146, s * 20, -74), 5, cord),
        rect(s * 20 - 4, -78, 8, 14, tint(cord, 0.3), { radius: 3 }),
      ]),
    ],
  };
}

function uniform(look: PortraitLook, figure: Figure): OutfitLayers {
  const flap = shade(look.clothing, 0.16);
  const drop = figure.shoulderDrop;
  const pocket = (s: -1 | 1): Shape[] => [
    rect(s * 86 - 34, -126, 68, 56, shade(look.clothing, 0.06), { radius: 4 }),
    poly(pts(s * 86 - 36, -130, s * 86 + 36, -130, s * 86 + 32, -108, s * 86 - 32, -108), flap),
    circle(s * 86, -114, 4, GOLD),
  ];
  const epaulette = (s: -1 | 1): Shape[] => [
    poly(pts(s * 76, -190, s * 174, -176 + drop, s * 170, -158 + drop, s * 74, -172), NAVY),
    line(pts(s * 138, -180 + drop / 2, s * 136, -164 + drop / 2), 4, GOLD),
    line(pts(s * 152, -178 + drop / 2, s * 150, -162 + drop / 2), 4, GOLD),
  ];
  const tie = shade(look.accent, 0.45);
  return {
    under: [
      line(pts(0, -150, 0, 0), 4, shade(look.clothing, 0.25)),
      ...[-40, -12].map((y) => circle(0, y, 4, GOLD)),
      ...pocket(-1),
      ...pocket(1),
      ...epaulette(-1),
      ...epaulette(1),
      poly(pts(86, -172, 100, -166, 98, -146, 86, -138, 74, -146, 72, -166), GOLD),
      rect(-118, -152, 62, 12, SHIRT, { radius: 2 }),
    ],
    over: [
      poly(pts(0, -150, -12, -138, -8, -70, 0, -58, 8, -70, 12, -138), tie),
      poly(pts(-12, -166, 12, -166, 8, -146, -8, -146), shade(tie, 0.15)),
      ...shirtCollar(tint(look.clothing, 0.12)),
    ],
  };
}

const OUTFIT_DRAWINGS: Record<Outfit, (look: PortraitLook, figure: Figure) => OutfitLayers> = {
  blazer,
  crew,
  collar,
  vneck,
  apron,
  scrubs,
  hoodie,
  uniform,
};

export function outfitLayers(look: PortraitLook, figure: Figure): OutfitLayers {
  return OUTFIT_DRAWINGS[look.outfit](look, figure);
}
