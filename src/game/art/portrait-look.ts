/**
 * Who a cast member looks like: derived from the cast id alone, so the same speaker looks
 * the same in every scenario, every run and every replay, without authors drawing anything.
 */

export const SKIN_TONES = [0xf6d5b8, 0xe9bf98, 0xd29a6c, 0xb27a50, 0x8d5b3b, 0x61402b] as const;
export const HAIR_COLOURS = [
  0x2a211f, 0x4b3024, 0x7b4a2b, 0xc99c58, 0xa2472b, 0x9da3ab, 0x1d1b2b,
] as const;
/** Clothing colours picked to sit with the shared palette (teal, coral, gold, violet on navy). */
export const CLOTHING_COLOURS = [
  0x3f70b3, 0x2a8f86, 0xc2643f, 0x7a68cf, 0xcf9f3a, 0x4d5d78, 0x9b405f,
] as const;
export const HAIR_STYLES = ['short', 'bob', 'long', 'bun', 'curly', 'buzz', 'sidepart'] as const;
export const OUTFITS = ['blazer', 'crew', 'collar', 'vneck'] as const;

export type HairStyle = (typeof HAIR_STYLES)[number];
export type Outfit = (typeof OUTFITS)[number];

export interface PortraitLook {
  skin: number;
  hair: number;
  hairStyle: HairStyle;
  clothing: number;
  outfit: Outfit;
  glasses: boolean;
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

export function portraitLook(castId: string): PortraitLook {
  const skin = pick(SKIN_TONES, castId, 'skin');
  let hair = pick(HAIR_COLOURS, castId, 'hair');
  // Grey and blond read poorly as "hair" on the palest skin at this size: use the next colour.
  if (skin === SKIN_TONES[0] && hair === HAIR_COLOURS[3]) hair = HAIR_COLOURS[2];
  return {
    skin,
    hair,
    hairStyle: pick(HAIR_STYLES, castId, 'style'),
    clothing: pick(CLOTHING_COLOURS, castId, 'clothing'),
    outfit: pick(OUTFITS, castId, 'outfit'),
    glasses: hashId(`glasses:${castId}`) % 10 < 3,
  };
}
