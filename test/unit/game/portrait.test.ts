import { describe, expect, it } from 'vitest';
import { LOOK_OPTIONS, MOODS, type Look } from '../../../src/engine/scenario/schema';
import { portraitLayers } from '../../../src/game/art/portrait';
import {
  CLOTHING_COLOURS,
  HAIR_STYLES,
  OUTFITS,
  SKIN_TONES,
  hashId,
  portraitLook,
} from '../../../src/game/art/portrait-look';
import { boundsOf, type Shape } from '../../../src/game/art/shapes';

const ids = Array.from({ length: 300 }, (_, index) => `cast-${index}`);
const BASE: Look = {
  age: 'adult',
  skin: 'medium',
  hair: 'short',
  hairColour: 'brown',
  clothing: 'crew',
  colour: 'teal',
  glasses: false,
  facialHair: 'none',
  pose: 'front',
};
type Field = keyof typeof LOOK_OPTIONS;
const FIELDS = Object.keys(LOOK_OPTIONS) as Field[];

function drawing(look: Look, id = 'sample'): string {
  return JSON.stringify(portraitLayers(id, 'neutral', look));
}

/** The frame PortraitLayer bakes a portrait into (see FRAME there). */
function expectInsideFrame(shapes: Shape[], label: string): void {
  for (const shape of shapes) {
    const box = boundsOf(shape);
    expect(box.left, label).toBeGreaterThanOrEqual(-230);
    expect(box.right, label).toBeLessThanOrEqual(230);
    expect(box.top, label).toBeGreaterThanOrEqual(-505);
    expect(box.bottom, label).toBeLessThanOrEqual(5);
  }
}

describe('portrait looks from cast ids', () => {
  it('hashes ids stably (FNV-1a reference values)', () => {
    expect(hashId('')).toBe(0x811c9dc5);
    expect(hashId('a')).toBe(0xe40c292c);
  });

  it('derives hair only from the styles every id has always drawn from, in their order', () => {
    // Reordering or inserting in the format's list would change every derived portrait.
    expect(HAIR_STYLES).toEqual(['short', 'bob', 'long', 'bun', 'curly', 'buzz', 'sidepart']);
  });

  it('gives the same person the same look every time', () => {
    expect(portraitLook('dana')).toEqual(portraitLook('dana'));
  });

  it('spreads a cast over every skin tone, hair style, outfit and clothing colour', () => {
    const looks = ids.map((id) => portraitLook(id));
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
    for (const pose of LOOK_OPTIONS.pose) {
      const faces = MOODS.map((mood) => portraitLayers('dana', mood, { pose }));
      const busts = new Set(faces.map((layers) => JSON.stringify(layers.bust)));
      const expressions = new Set(faces.map((layers) => JSON.stringify(layers.face)));
      expect(busts.size).toBe(1);
      expect(expressions.size).toBe(MOODS.length);
    }
  });

  it('draws every value of every look field differently, the rest held still', () => {
    for (const field of FIELDS) {
      const values = LOOK_OPTIONS[field] as readonly string[];
      const pictures = new Set(values.map((value) => drawing({ ...BASE, [field]: value })));
      expect(pictures.size, field).toBe(values.length);
    }
    expect(drawing({ ...BASE, glasses: true })).not.toBe(drawing(BASE));
  });

  it('shows age on any hair colour: greying, lines and posture', () => {
    for (const hairColour of LOOK_OPTIONS.hairColour) {
      const ages = new Set(LOOK_OPTIONS.age.map((age) => drawing({ ...BASE, hairColour, age })));
      expect(ages.size, hairColour).toBe(LOOK_OPTIONS.age.length);
    }
  });

  it('draws each pose as its own body, not a mirror of another', () => {
    const mirror = (shapes: Shape[]) =>
      JSON.stringify(
        shapes.map((shape) =>
          shape.kind === 'poly' || shape.kind === 'line'
            ? { ...shape, points: shape.points.map((p) => ({ x: -p.x, y: p.y })) }
            : shape,
        ),
      );
    const busts = LOOK_OPTIONS.pose.map(
      (pose) => portraitLayers('sample', 'neutral', { ...BASE, pose }).bust,
    );
    for (const [index, bust] of busts.entries()) {
      for (const other of busts.slice(index + 1)) {
        expect(JSON.stringify(bust)).not.toBe(JSON.stringify(other));
        expect(mirror(bust)).not.toBe(JSON.stringify(other));
      }
    }
    // Crossed and raised arms add drawing (forearms and hands) to the torso.
    const [front, , crossed, raised] = busts;
    expect(crossed!.length).toBeGreaterThan(front!.length + 8);
    expect(raised!.length).toBeGreaterThan(front!.length + 8);
  });

  it('stays inside the texture the portrait is baked into, for ids and every look value', () => {
    for (const id of ids.slice(0, 40)) {
      for (const mood of MOODS) {
        const { bust, face } = portraitLayers(id, mood);
        expectInsideFrame([...bust, ...face], id);
      }
    }
    for (const pose of LOOK_OPTIONS.pose) {
      for (const age of LOOK_OPTIONS.age) {
        for (const field of FIELDS) {
          for (const value of LOOK_OPTIONS[field] as readonly string[]) {
            const look = { ...BASE, pose, age, [field]: value, glasses: true };
            const { bust, face } = portraitLayers('sample', 'thoughtful', look);
            expectInsideFrame([...bust, ...face], `${pose} ${age} ${field}=${value}`);
          }
        }
      }
    }
  });
});
