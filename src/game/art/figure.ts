/**
 * Where a portrait's parts sit for a given look: the head's centre, how a turned pose bends
 * the skull, the features and the body, and how age settles the shoulders. Everything else
 * (body.ts, outfit.ts, hair.ts, head.ts, face.ts) draws in local coordinates and is placed
 * through this, so a pose or an age band changes one set of numbers, not every drawing.
 */
import type { PortraitLook } from './portrait-look';
import { identity, turnedMap, type XMap } from './warp';

/** The head's size (local coordinates: the head is centred on 0, 0). */
export const HEAD = { w: 150, h: 184 } as const;
/** Where the head sits above the bust's anchor (bottom centre) in the front pose. */
const HEAD_CENTRE_Y = -330;

export interface Figure {
  head: { x: number; y: number };
  /** Bends the skull, ears and hair (local x of the head). */
  skull: XMap;
  /** Bends the eyes, brows, nose, mouth, lines, glasses and facial hair: they turn further. */
  features: XMap;
  /** Bends the torso and clothes. */
  body: XMap;
  /** Whether the head is turned (the far ear is hidden). */
  turned: boolean;
  /** How far the shoulders drop at their outer ends (older people stand a little rounder). */
  shoulderDrop: number;
  /** Width of the shoulders relative to an adult's. */
  build: number;
}

function ageSettings(look: PortraitLook): {
  headDrop: number;
  shoulderDrop: number;
  build: number;
} {
  switch (look.age) {
    case 'young':
      return { headDrop: -6, shoulderDrop: 0, build: 0.94 };
    case 'adult':
      return { headDrop: 0, shoulderDrop: 0, build: 1 };
    case 'middle-aged':
      return { headDrop: 4, shoulderDrop: 6, build: 1.02 };
    case 'older':
      return { headDrop: 14, shoulderDrop: 16, build: 1 };
  }
}

export function figureOf(look: PortraitLook): Figure {
  const { headDrop, shoulderDrop, build } = ageSettings(look);
  const turned = look.pose === 'three-quarter';
  return {
    head: { x: turned ? 10 : 0, y: HEAD_CENTRE_Y + headDrop },
    skull: turned ? turnedMap(0, 1, 0.9) : identity,
    features: turned ? turnedMap(16, 0.92, 0.72) : identity,
    body: turned ? turnedMap(-6, 1.02, 0.8) : identity,
    turned,
    shoulderDrop,
    build,
  };
}
