/**
 * The torso and arms of a portrait for each pose, in body coordinates: (0, 0) is the bottom
 * centre of the bust. Front and three-quarter let the arms hang (the turn is applied by
 * figure.ts); arms-crossed lays both forearms across the chest; hand-raised lifts one hand
 * to head height, palm out, as someone does who is making a point or asking to speak.
 */
import { shade } from './colour';
import type { Figure } from './figure';
import type { PortraitLook } from './portrait-look';
import { ellipse, poly, pts, quadratic, rect, type Point, type Shape } from './shapes';

export const SHIRT = 0xf3efe6;
/** The shirt under an apron: dark, unless the apron is already dark. */
export const APRON_SHIRT = 0x2b303b;
const APRON_SHIRT_LIGHT = 0xe8e2d6;

export function apronShirt(look: PortraitLook): number {
  return look.clothing === 0x4d5d78 ? APRON_SHIRT_LIGHT : APRON_SHIRT;
}

/** The colour of the part of the torso that is not an apron (the garment's base). */
export function garmentColour(look: PortraitLook): number {
  return look.outfit === 'apron' ? apronShirt(look) : look.clothing;
}

/** What a forearm is covered with, and the cuff at its wrist (if any). */
export function sleeveOf(look: PortraitLook): { colour: number; cuff?: number } {
  switch (look.outfit) {
    case 'scrubs':
      return { colour: look.skin };
    case 'apron':
      return { colour: apronShirt(look) };
    case 'blazer':
      return { colour: shade(look.clothing, 0.06), cuff: SHIRT };
    case 'hoodie':
      return { colour: look.clothing, cuff: shade(look.clothing, 0.22) };
    default:
      return { colour: look.clothing };
  }
}

function torsoSide(figure: Figure): Point[] {
  const wide = 208 * figure.build;
  const drop = figure.shoulderDrop;
  return [
    { x: -wide, y: 0 },
    ...quadratic(
      { x: -(wide - 12), y: -92 + drop / 2 },
      { x: -(wide - 22), y: -172 + drop },
      { x: -70, y: -184 },
      10,
    ),
  ];
}

export function torsoOutline(figure: Figure): Point[] {
  const half = torsoSide(figure);
  const mirror = [...half].reverse().map((p) => ({ x: -p.x, y: p.y }));
  return [...half, ...mirror];
}

/** The torso, with shading that separates the hanging arms from the chest. */
export function torsoShapes(look: PortraitLook, figure: Figure): Shape[] {
  const base = garmentColour(look);
  const wide = 208 * figure.build;
  const arm = (side: -1 | 1, amount: number): Shape =>
    poly(
      pts(
        side * (wide - 12),
        -92,
        side * (wide - 22),
        -150 + figure.shoulderDrop,
        side * (wide - 58),
        -176 + figure.shoulderDrop,
        side * (wide - 48),
        -80,
        side * (wide - 32),
        0,
        side * wide,
        0,
      ),
      shade(base, amount),
    );
  const shapes = [poly(torsoOutline(figure), base), arm(-1, 0.12)];
  shapes.push(arm(1, figure.turned ? 0.2 : 0.06));
  return shapes;
}

/** The neck, from inside the head down behind the collar. */
export function neckShapes(look: PortraitLook, figure: Figure): Shape[] {
  const top = figure.head.y + 70;
  return [
    rect(-34, top, 68, -164 - top, shade(look.skin, 0.16), { radius: 18 }),
    // The chin's shadow on the neck.
    ellipse(0, top + 14, 66, 30, shade(look.skin, 0.3), 0.45),
  ];
}
