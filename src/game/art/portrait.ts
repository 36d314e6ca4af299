/**
 * A speaker's portrait as two layers of shapes: the bust (stable for a cast member) and the
 * face (changes with the mood), so a mood change can cross-fade just the expression.
 */
import type { Look, Mood } from '../../engine/scenario/schema';
import { bustShapes, faceLayerShapes } from './bust';
import { portraitLook } from './portrait-look';
import type { Shape } from './shapes';

export interface PortraitLayers {
  bust: Shape[];
  face: Shape[];
}

/** Height of the bust above its anchor (bottom centre), for layout. */
export const PORTRAIT_HEIGHT = 470;
export const PORTRAIT_HALF_WIDTH = 215;

/** `look` is the scenario's description of the cast member; what it leaves out comes from the id. */
export function portraitLayers(castId: string, mood: Mood, look?: Look): PortraitLayers {
  const resolved = portraitLook(castId, look);
  return { bust: bustShapes(resolved), face: faceLayerShapes(resolved, mood) };
}
