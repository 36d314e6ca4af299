/**
 * The Phaser game configuration: a 16:9 stage laid out in 1280×720 coordinates, fitted to its
 * parent, with a canvas of as many pixels as it is shown with (see `resolution.ts`).
 */
import Phaser from 'phaser';
import { palette } from '../services/theme';
import type { RendererKind } from './renderer-choice';
import { initialRenderSize } from './resolution';

export function gameConfig(
  parent: HTMLElement,
  scene: Phaser.Scene,
  renderer: RendererKind,
): Phaser.Types.Core.GameConfig {
  // The canvas gets the pixels it is shown with; the camera zooms to the 1280×720 stage.
  const { width, height } = initialRenderSize(parent);
  return {
    // See renderer-choice.ts: software WebGL gets the Canvas renderer.
    type: renderer === 'webgl' ? Phaser.WEBGL : Phaser.CANVAS,
    parent,
    width,
    height,
    // Opaque: every pixel is painted anyway, and an opaque canvas composites more cheaply.
    backgroundColor: palette.night,
    banner: false,
    // Sound is Howler's job (src/audio); input is the DOM's. The canvas only draws.
    audio: { noAudio: true },
    // Each manager switched off by name: Phaser reads `input: false` as "all defaults on".
    // Its mouse manager never removes the 'wheel' listener it puts on the canvas, and Phaser
    // reuses canvases across games, so every destroyed game stayed reachable from it.
    input: { keyboard: false, mouse: false, touch: false, gamepad: false, windowEvents: false },
    disableContextMenu: false,
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
    render: {
      antialias: true,
      // No multisampling of the canvas: under a software renderer it costs about a quarter
      // of every frame, and it only smooths the few shapes drawn live (meter bars, countdown
      // ring, reaction rings); the baked backdrops and portraits are not multisampled anyway.
      antialiasGL: false,
      roundPixels: false,
      powerPreference: 'default',
    },
    scene,
  };
}
