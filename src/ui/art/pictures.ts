/**
 * The game's own art on DOM screens: a cast member's portrait (head and shoulders), a small
 * picture of a setting, and the title's scene (a setting with someone in it). Loaded with a
 * dynamic import once a screen is on show, so neither the art nor this painter is on the
 * title's critical path.
 */
import type { Look, Mood, Setting } from '../../engine/scenario/schema';
import { backdropShapes } from '../../game/art/backdrops/index';
import { STAGE } from '../../game/art/layout';
import { portraitLayers } from '../../game/art/portrait';
import { translate } from '../../game/art/shapes';
import { paintOnCanvas } from './canvas-paint';

/** Head and shoulders of the bust (drawn around its bottom-centre anchor). */
const FACE_VIEW = { x: -125, y: -460, width: 250, height: 250 } as const;

export function drawPortrait(
  canvas: HTMLCanvasElement,
  castId: string,
  look?: Look,
  mood: Mood = 'neutral',
): void {
  const layers = portraitLayers(castId, mood, look);
  paintOnCanvas(canvas, [layers.bust, layers.face], FACE_VIEW);
}

/** The whole room, scaled to cover the canvas (its middle kept when the shapes differ). */
export function drawSetting(canvas: HTMLCanvasElement, setting: Setting | undefined): void {
  paintOnCanvas(canvas, [backdropShapes(setting)], {
    x: 0,
    y: 0,
    width: STAGE.width,
    height: STAGE.height,
  });
}

export interface SceneFigure {
  castId: string;
  look?: Look;
  mood?: Mood;
  /** Where the figure stands, as a share of the stage's width (its feet on the bottom edge). */
  at: number;
  /** Its size against the stage's own speaker (1). */
  scale?: number;
}

function placedFigure(figure: SceneFigure) {
  const layers = portraitLayers(figure.castId, figure.mood ?? 'neutral', figure.look);
  const scale = figure.scale ?? 1;
  const x = figure.at * STAGE.width;
  return [...layers.bust, ...layers.face].map((shape) =>
    translate(scaleShape(shape, scale), x, STAGE.height),
  );
}

/** A setting with people in it: the title's illustration. */
export function drawScene(
  canvas: HTMLCanvasElement,
  setting: Setting,
  figures: readonly SceneFigure[],
): void {
  paintOnCanvas(canvas, [backdropShapes(setting), ...figures.map(placedFigure)], {
    x: 0,
    y: 0,
    width: STAGE.width,
    height: STAGE.height,
  });
}

function scaleShape<T extends ReturnType<typeof backdropShapes>[number]>(shape: T, k: number): T {
  if (k === 1) return shape;
  switch (shape.kind) {
    case 'poly':
    case 'line':
      return {
        ...shape,
        points: shape.points.map((p) => ({ x: p.x * k, y: p.y * k })),
        ...(shape.kind === 'line' ? { width: shape.width * k } : {}),
      };
    case 'circle':
      return { ...shape, x: shape.x * k, y: shape.y * k, radius: shape.radius * k };
    case 'rect':
      return {
        ...shape,
        x: shape.x * k,
        y: shape.y * k,
        w: shape.w * k,
        h: shape.h * k,
        ...(shape.radius ? { radius: shape.radius * k } : {}),
      };
    default:
      return { ...shape, x: shape.x * k, y: shape.y * k, w: shape.w * k, h: shape.h * k };
  }
}
