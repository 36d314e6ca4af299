/**
 * Who a cast member looks like. A scenario may describe a speaker with a `look` (age, skin,
 * hair, clothing, pose...); every field it leaves out is derived from the cast id alone, so
 * the same speaker looks the same in every scenario, every run and every replay, and a file
 * without any `look` draws exactly as before. Plain data: no Phaser, tested in node.
 */
import { LOOK_OPTIONS, type Look } from '../../engine/scenario/schema';

export type AgeBand = (typeof LOOK_OPTIONS.age)[number];
export type HairStyle = (typeof LOOK_OPTIONS.hair)[number];
export type Outfit = (typeof LOOK_OPTIONS.clothing)[number];
export type FacialHair = (typeof LOOK_OPTIONS.facialHair)[number];
export type Pose = (typeof LOOK_OPTIONS.pose)[number];

/** Skin tones from `very-light` to `dark`, in the order of `LOOK_OPTIONS.skin`. */
export const SKIN_TONES = [0xf6d5b8, 0xe9bf98, 0xd29a6c, 0xb27a50, 0x8d5b3b, 0x61402b] as const;

/** The named hair colours of the format. */
export const HAIR_PALETTE: Record<(typeof LOOK_OPTIONS.hairColour)[number], number> = {
  black: 0x1d1b2b,
  'dark-brown': 0x4b3024,
  brown: 0x7b4a2b,
  auburn: 0xa2472b,
  blond: 0xc99c58,
  grey: 0x9da3ab,
  white: 0xe4e2dc,
};

/** The colours an id is given when its look names none (unchanged since the first cast). */
export const HAIR_COLOURS = [
  0x2a211f, 0x4b3024, 0x7b4a2b, 0xc99c58, 0xa2472b, 0x9da3ab, 0x1d1b2b,
] as const;
const GREYS: readonly number[] = [HAIR_PALETTE.grey, HAIR_PALETTE.white];

/** Clothing colours picked to sit with the shared palette, in the order of `LOOK_OPTIONS.colour`. */
export const CLOTHING_COLOURS = [
  0x3f70b3, 0x2a8f86, 0xc2643f, 0x7a68cf, 0xcf9f3a, 0x4d5d78, 0x9b405f,
] as const;

/**
 * Styles and outfits an id may be given by chance: the ones that say nothing about a job or
 * faith. For hair that is the format's first seven styles, in its order (the styles after them
 * are drawn only when a file asks), so every id keeps the look it has always had.
 */
export const HAIR_STYLES: readonly HairStyle[] = LOOK_OPTIONS.hair.slice(0, 7);
export const OUTFITS = ['blazer', 'crew', 'collar', 'vneck'] as const satisfies readonly Outfit[];
const DERIVED_POSES = ['front', 'three-quarter'] as const satisfies readonly Pose[];

export interface PortraitLook {
  age: AgeBand;
  skin: number;
  hair: number;
  hairStyle: HairStyle;
  clothing: number;
  /** A second colour for a headscarf or a uniform's trim, never the clothing colour. */
  accent: number;
  outfit: Outfit;
  glasses: boolean;
  facialHair: FacialHair;
  pose: Pose;
}

/** FNV-1a, 32 bit: small, stable across platforms, and well spread for short ids. */
export function hashId(id: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < id.length; index += 1) {
    hash ^= id.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** Splits one hash into independent picks by mixing in a salt per trait. */
function pick<T>(options: readonly T[], id: string, salt: string): T {
  const option = options[hashId(`${salt}:${id}`) % options.length];
  if (option === undefined) throw new Error('pick() needs at least one option');
  return option;
}

function indexed<T>(options: readonly T[], values: readonly string[], value: string): T {
  const option = options[values.indexOf(value)];
  if (option === undefined) throw new Error(`No colour for "${value}"`);
  return option;
}

/** Hair colour: named, or derived so that it agrees with a named age band. */
function hairColourOf(castId: string, look: Look, skin: number): number {
  if (look.hairColour) return HAIR_PALETTE[look.hairColour];
  if (look.age === 'older') return pick(GREYS, castId, 'grey');
  let hair: number = pick(HAIR_COLOURS, castId, 'hair');
  // Grey and blond read poorly as "hair" on the palest skin at this size: use the next colour.
  if (skin === SKIN_TONES[0] && hair === HAIR_COLOURS[3]) hair = HAIR_COLOURS[2];
  // A young or adult face under grey hair reads as a mistake: darken it.
  if ((look.age === 'young' || look.age === 'adult') && GREYS.includes(hair))
    hair = HAIR_COLOURS[1];
  return hair;
}

/** Age band: named, or "older" under grey or white hair, else "adult" as the art always drew. */
function ageOf(look: Look, hair: number): AgeBand {
  if (look.age) return look.age;
  return GREYS.includes(hair) ? 'older' : 'adult';
}

/**
 * The portrait's look: every field `look` names wins; the rest comes from the cast id.
 * Facial hair is never guessed (nothing in an id says whether someone has a beard).
 */
export function portraitLook(castId: string, look: Look = {}): PortraitLook {
  const skin = look.skin
    ? indexed(SKIN_TONES, LOOK_OPTIONS.skin, look.skin)
    : pick(SKIN_TONES, castId, 'skin');
  const hair = hairColourOf(castId, look, skin);
  const clothing = look.colour
    ? indexed(CLOTHING_COLOURS, LOOK_OPTIONS.colour, look.colour)
    : pick(CLOTHING_COLOURS, castId, 'clothing');
  const others = CLOTHING_COLOURS.filter((colour) => colour !== clothing);
  return {
    age: ageOf(look, hair),
    skin,
    hair,
    hairStyle: look.hair ?? pick(HAIR_STYLES, castId, 'style'),
    clothing,
    accent: pick(others, castId, 'accent'),
    outfit: look.clothing ?? pick(OUTFITS, castId, 'outfit'),
    glasses: look.glasses ?? hashId(`glasses:${castId}`) % 10 < 3,
    facialHair: look.facialHair ?? 'none',
    pose: look.pose ?? pick(DERIVED_POSES, castId, 'pose'),
  };
}
