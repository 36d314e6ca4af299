/** The Phaser game configuration: fixed 16:9 logical stage, scaled to fit its parent. */
import Phaser from 'phaser';
import { palette } from '../app/theme';
import { STAGE } from './art/layout';

export function gameConfig(parent: HTMLElement, scene: Phaser.Scene): Phaser.Types.Core.GameConfig {
  return {
    type: Phaser.AUTO,
    parent,
    width: STAGE.width,
    height: STAGE.height,
    // Opaque: every pixel is painted anyway, and an opaque canvas composites more cheaply.
    backgroundColor: palette.night,
    banner: false,
    // Sound is Howler's job (src/audio); input is the DOM's. The canvas only draws.
    audio: { noAudio: true },
    input: false,
    disableContextMenu: false,
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
    render: { antialias: true, roundPixels: false, powerPreference: 'default' },
    scene,
  };
}
