/**
 * A speaker's portrait as two layers of shapes: the bust (stable for a cast id) and the
 * face (changes with the mood), so a mood change can cross-fade just the expression.
 */
import type { Mood } from '../../engine/scenario/schema';
import { bodyShapes, glassesShapes, hairBackShapes, hairFrontShapes, headShapes } from './bust';
import { faceShapes } from './face';
import { portraitLook } from './portrait-look';
import type { Shape } from './shapes';

export interface PortraitLayers {
  bust: Shape[];
  face: Shape[];
}

/** Height of the bust above its anchor (bottom centre), for layout. */
export const PORTRAIT_HEIGHT = 470;
export const PORTRAIT_HALF_WIDTH = 215;

export function portraitLayers(castId: string, mood: Mood): PortraitLayers {
  const look = portraitLook(castId);
  return {
    bust: [
      ...hairBackShapes(look),
      ...bodyShapes(look),
      ...headShapes(look),
      ...hairFrontShapes(look),
    ],
    face: [...faceShapes(look, mood), ...glassesShapes(look)],
  };
}
