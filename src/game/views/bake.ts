/**
 * Bakes a list of shapes into a RenderTexture. A baked picture costs one quad per frame
 * (a Graphics replays every command each frame) and fades as one layer: a fading Graphics
 * would show its overlapping shapes through each other.
 */
import Phaser from 'phaser';
import type { Shape } from '../art/shapes';
import { paintShapes } from '../paint';

export interface BakeFrame {
  width: number;
  height: number;
  /** Where the shapes' (0, 0) lands inside the texture. */
  offsetX?: number;
  offsetY?: number;
}

export function bake(
  scene: Phaser.Scene,
  shapes: readonly Shape[],
  frame: BakeFrame,
): Phaser.GameObjects.RenderTexture {
  const graphics = scene.make.graphics({}, false);
  paintShapes(graphics, shapes, { smoothGradients: scene.renderer.type !== Phaser.CANVAS });
  const texture = scene.add.renderTexture(0, 0, frame.width, frame.height);
  texture.draw(graphics, frame.offsetX ?? 0, frame.offsetY ?? 0);
  texture.render();
  graphics.destroy();
  return texture;
}
