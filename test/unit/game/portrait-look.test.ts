/**
 * How a cast member's `look` becomes the portrait's look: what the scenario says wins, what
 * it leaves out comes from the cast id exactly as before looks existed, and the answer is
 * the same every time.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LOOK_OPTIONS, type Look } from '../../../src/engine/scenario/schema';
import {
  CLOTHING_COLOURS,
  HAIR_PALETTE,
  SKIN_TONES,
  portraitLook,
  type PortraitLook,
} from '../../../src/game/art/portrait-look';

const ids = Array.from({ length: 300 }, (_, index) => `cast-${index}`);
const GREYS = [HAIR_PALETTE.grey, HAIR_PALETTE.white];

/** The fields the cast id decided before `look` existed. */
const DERIVED_BEFORE = ['skin', 'hair', 'hairStyle', 'clothing', 'outfit', 'glasses'] as const;

const lookArbitrary: fc.Arbitrary<Look> = fc.record(
  {
    age: fc.constantFrom(...LOOK_OPTIONS.age),
    skin: fc.constantFrom(...LOOK_OPTIONS.skin),
    hair: fc.constantFrom(...LOOK_OPTIONS.hair),
    hairColour: fc.constantFrom(...LOOK_OPTIONS.hairColour),
    clothing: fc.constantFrom(...LOOK_OPTIONS.clothing),
    colour: fc.constantFrom(...LOOK_OPTIONS.colour),
    glasses: fc.boolean(),
    facialHair: fc.constantFrom(...LOOK_OPTIONS.facialHair),
    pose: fc.constantFrom(...LOOK_OPTIONS.pose),
  },
  { requiredKeys: [] },
);

describe('a look named in the scenario', () => {
  it('wins for every field and value', () => {
    for (const id of ['dana', 'tunde', 'x']) {
      LOOK_OPTIONS.skin.forEach((skin, index) =>
        expect(portraitLook(id, { skin }).skin).toBe(SKIN_TONES[index]),
      );
      LOOK_OPTIONS.colour.forEach((colour, index) =>
        expect(portraitLook(id, { colour }).clothing).toBe(CLOTHING_COLOURS[index]),
      );
      for (const hairColour of LOOK_OPTIONS.hairColour)
        expect(portraitLook(id, { hairColour }).hair).toBe(HAIR_PALETTE[hairColour]);
      for (const age of LOOK_OPTIONS.age) expect(portraitLook(id, { age }).age).toBe(age);
      for (const hair of LOOK_OPTIONS.hair) expect(portraitLook(id, { hair }).hairStyle).toBe(hair);
      for (const clothing of LOOK_OPTIONS.clothing)
        expect(portraitLook(id, { clothing }).outfit).toBe(clothing);
      for (const facialHair of LOOK_OPTIONS.facialHair)
        expect(portraitLook(id, { facialHair }).facialHair).toBe(facialHair);
      for (const pose of LOOK_OPTIONS.pose) expect(portraitLook(id, { pose }).pose).toBe(pose);
      for (const glasses of [true, false])
        expect(portraitLook(id, { glasses }).glasses).toBe(glasses);
    }
  });

  it('gives every palette value its own colour', () => {
    expect(new Set(SKIN_TONES).size).toBe(LOOK_OPTIONS.skin.length);
    expect(new Set(CLOTHING_COLOURS).size).toBe(LOOK_OPTIONS.colour.length);
    expect(new Set(Object.values(HAIR_PALETTE)).size).toBe(LOOK_OPTIONS.hairColour.length);
  });

  it('leaves the fields it does not name as the id derives them', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ids), lookArbitrary, (id, look) => {
        const derived = portraitLook(id);
        const resolved = portraitLook(id, look);
        if (!look.skin) expect(resolved.skin).toBe(derived.skin);
        if (!look.hair) expect(resolved.hairStyle).toBe(derived.hairStyle);
        if (!look.colour) expect(resolved.clothing).toBe(derived.clothing);
        if (!look.clothing) expect(resolved.outfit).toBe(derived.outfit);
        if (look.glasses === undefined) expect(resolved.glasses).toBe(derived.glasses);
        if (!look.pose) expect(resolved.pose).toBe(derived.pose);
        if (!look.facialHair) expect(resolved.facialHair).toBe('none');
        // Hair colour follows the id too, unless an age band rules the id's colour out.
        if (!look.hairColour && !look.age && !look.skin) expect(resolved.hair).toBe(derived.hair);
      }),
    );
  });

  it('is the same every time, whatever order its fields are written in', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ids), lookArbitrary, (id, look) => {
        const reversed = Object.fromEntries(Object.entries(look).reverse()) as Look;
        expect(portraitLook(id, reversed)).toEqual(portraitLook(id, look));
        expect(portraitLook(id, { ...look })).toEqual(portraitLook(id, look));
      }),
    );
  });

  it('keeps grey hair for older people and off younger ones when the colour is not named', () => {
    for (const id of ids) {
      expect(GREYS).toContain(portraitLook(id, { age: 'older' }).hair);
      expect(GREYS).not.toContain(portraitLook(id, { age: 'young' }).hair);
      expect(GREYS).not.toContain(portraitLook(id, { age: 'adult' }).hair);
      // Grey hair without an age reads as older; named grey on a named young person stays.
      if (GREYS.includes(portraitLook(id).hair)) expect(portraitLook(id).age).toBe('older');
      expect(portraitLook(id, { age: 'young', hairColour: 'grey' }).hair).toBe(HAIR_PALETTE.grey);
    }
  });

  it('gives a headscarf or a uniform trim a colour of its own, never the clothes colour', () => {
    for (const id of ids) {
      const look: PortraitLook = portraitLook(id, { hair: 'headscarf' });
      expect(look.accent).not.toBe(look.clothing);
    }
  });
});

describe('a cast member without a look', () => {
  it('looks exactly as before looks existed (reference values)', () => {
    const before = {
      dana: [0x8d5b3b, 0x7b4a2b, 'short', 0x4d5d78, 'collar', false],
      tunde: [0x8d5b3b, 0x9da3ab, 'bun', 0x9b405f, 'blazer', false],
      sofia: [0xd29a6c, 0x1d1b2b, 'curly', 0x4d5d78, 'collar', true],
      wei: [0xe9bf98, 0xa2472b, 'bob', 0x7a68cf, 'vneck', true],
      kenji: [0x61402b, 0x2a211f, 'bun', 0x9b405f, 'vneck', false],
    };
    for (const [id, values] of Object.entries(before)) {
      const look = portraitLook(id);
      expect(DERIVED_BEFORE.map((field) => look[field])).toEqual(values);
    }
  });

  it('never gets facial hair, a job-specific outfit or a headscarf by chance', () => {
    for (const id of ids) {
      const look = portraitLook(id);
      expect(look.facialHair).toBe('none');
      expect(['blazer', 'crew', 'collar', 'vneck']).toContain(look.outfit);
      expect(['bald', 'ponytail', 'locs', 'headscarf']).not.toContain(look.hairStyle);
      expect(['front', 'three-quarter']).toContain(look.pose);
    }
  });

  it('spreads a cast over both plain poses', () => {
    const poses = new Set(ids.map((id) => portraitLook(id).pose));
    expect(poses).toEqual(new Set(['front', 'three-quarter']));
  });
});
