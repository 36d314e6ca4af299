import { describe, expect, it } from 'vitest';
import { MOODS } from '../../../src/engine/scenario/schema';
import { portraitLayers } from '../../../src/game/art/portrait';
import {
  CLOTHING_COLOURS,
  HAIR_STYLES,
  OUTFITS,
  SKIN_TONES,
  hashId,
  portraitLook,
} from '../../../src/game/art/portrait-look';
import { boundsOf } from '../../../src/game/art/shapes';

const ids = Array.from({ length: 300 }, (_, index) => `cast-${index}`);

describe('portrait looks from cast ids', () => {
  it('hashes ids stably (FNV-1a reference values)', () => {
    expect(hashId('')).toBe(0x811c9dc5);
    expect(hashId('a')).toBe(0xe40c292c);
  });

  it('gives the same person the same look every time', () => {
    expect(portraitLook('dana')).toEqual(portraitLook('dana'));
  });

  it('spreads a cast over every skin tone, hair style, outfit and clothing colour', () => {
    const looks = ids.map(portraitLook);
    expect(new Set(looks.map((look) => look.skin)).size).toBe(SKIN_TONES.length);
    expect(new Set(looks.map((look) => look.hairStyle)).size).toBe(HAIR_STYLES.length);
    expect(new Set(looks.map((look) => look.outfit)).size).toBe(OUTFITS.length);
    expect(new Set(looks.map((look) => look.clothing)).size).toBe(CLOTHING_COLOURS.length);
    const withGlasses = looks.filter((look) => look.glasses).length / looks.length;
    expect(withGlasses).toBeGreaterThan(0.15);
    expect(withGlasses).toBeLessThan(0.45);
  });

  it('tells neighbouring ids apart', () => {
    const distinct = new Set(
      ['dana', 'dan', 'danb', 'sam', 'priya'].map((id) => JSON.stringify(portraitLook(id))),
    );
    expect(distinct.size).toBeGreaterThanOrEqual(4);
  });
});

describe('portrait layers', () => {
  it('draws a different expression for every mood over the same bust', () => {
    const faces = MOODS.map((mood) => portraitLayers('dana', mood));
    const busts = new Set(faces.map((layers) => JSON.stringify(layers.bust)));
    const expressions = new Set(faces.map((layers) => JSON.stringify(layers.face)));
    expect(busts.size).toBe(1);
    expect(expressions.size).toBe(MOODS.length);
  });

  it('stays inside the texture the portrait is baked into', () => {
    for (const id of ids.slice(0, 60)) {
      for (const mood of MOODS) {
        const { bust, face } = portraitLayers(id, mood);
        for (const shape of [...bust, ...face]) {
          const box = boundsOf(shape);
          expect(box.left).toBeGreaterThanOrEqual(-230);
          expect(box.right).toBeLessThanOrEqual(230);
          expect(box.top).toBeGreaterThanOrEqual(-505);
          expect(box.bottom).toBeLessThanOrEqual(5);
        }
      }
    }
  });
});
