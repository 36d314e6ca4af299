/**
 * Puts a portrait together from its parts, back to front: hair behind the shoulders, the
 * torso and clothes, the neck, what wraps round the neck, a headscarf's drape, the arms, the
 * head with its lines and facial hair, then the crown of the hair. The face (the part that
 * changes with the mood) is a layer of its own. Each part is drawn in its own coordinates
 * and placed (and bent, for a turned pose) through the look's figure.
 */
import type { Mood } from '../../engine/scenario/schema';
import { armShapes } from './arms';
import { neckShapes, torsoShapes } from './body';
import { faceShapes } from './face';
import { figureOf, type Figure } from './figure';
import { hairLayers } from './hair';
import { ageLines, facialHairShapes, glassesShapes, skullShapes } from './head';
import { outfitLayers } from './outfit';
import type { PortraitLook } from './portrait-look';
import type { Shape } from './shapes';
import { place, type XMap } from './warp';

function onHead(figure: Figure, map: XMap, shapes: readonly Shape[]): Shape[] {
  return place(shapes, map, figure.head.x, figure.head.y);
}

export function bustShapes(look: PortraitLook): Shape[] {
  const figure = figureOf(look);
  const hair = hairLayers(look);
  const outfit = outfitLayers(look, figure);
  return [
    ...onHead(figure, figure.skull, hair.back),
    ...place([...torsoShapes(look, figure), ...outfit.under], figure.body, 0, 0),
    ...place(neckShapes(look, figure), figure.skull, figure.head.x, 0),
    ...place(outfit.over, figure.body, 0, 0),
    ...onHead(figure, figure.skull, hair.drape),
    ...place(armShapes(look, figure), figure.body, 0, 0),
    ...onHead(figure, figure.skull, skullShapes(look, figure.turned)),
    ...onHead(figure, figure.features, [...ageLines(look), ...facialHairShapes(look)]),
    ...onHead(figure, figure.skull, hair.front),
  ];
}

export function faceLayerShapes(look: PortraitLook, mood: Mood): Shape[] {
  const figure = figureOf(look);
  return onHead(figure, figure.features, [...faceShapes(look, mood), ...glassesShapes(look)]);
}
