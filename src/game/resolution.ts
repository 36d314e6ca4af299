/**
 * Keeps the canvas's pixel size matched to the size the stage is shown at (see `renderSize`),
 * with the camera zoomed so the views keep drawing in 1280×720 stage coordinates.
 *
 * It also refits as soon as the parent changes size: Phaser's scale manager notices a
 * window resize at once but a resized parent only on its next step, which a sleeping loop
 * never takes.
 */
import type Phaser from 'phaser';
import { STAGE, renderSize, shownWidth } from './art/layout';

function parentBox(parent: unknown): { width: number; height: number } {
  if (!(parent instanceof Element)) return { width: 0, height: 0 };
  const box = parent.getBoundingClientRect();
  return { width: box.width, height: box.height };
}

/** The canvas size to create the game with, for a stage inside `parent`. */
export function initialRenderSize(parent: Element): { width: number; height: number } {
  const box = parentBox(parent);
  const { width, height } = renderSize(shownWidth(box.width, box.height), devicePixelRatio);
  return { width, height };
}

/**
 * Resizes the canvas if the shown size asks for other pixels, zooms the camera to match and
 * refits the canvas in its parent. Resizing clears the canvas: Phaser's RESIZE event follows,
 * and the scene draws a frame on it.
 */
export function fitResolution(scene: Phaser.Scene): void {
  const { scale } = scene;
  // Measure first: `setGameSize` refits with the parent size the manager last measured.
  const parentChanged = scale.getParentBounds();
  const { width, height } = scale.parentSize;
  const size = renderSize(shownWidth(width, height), devicePixelRatio);
  if (size.width !== scale.gameSize.width || size.height !== scale.gameSize.height) {
    scale.setGameSize(size.width, size.height);
  } else if (parentChanged) {
    scale.refresh();
  }
  scene.cameras.main.setZoom(size.zoom).centerOn(STAGE.width / 2, STAGE.height / 2);
}

/** Calls `fitResolution` whenever the scene's parent changes size; returns the unsubscribe. */
export function watchStageSize(scene: Phaser.Scene): () => void {
  const parent = scene.scale.parent as unknown;
  if (!(parent instanceof Element) || typeof ResizeObserver === 'undefined') return () => {};
  const observer = new ResizeObserver(() => fitResolution(scene));
  observer.observe(parent);
  return () => observer.disconnect();
}
