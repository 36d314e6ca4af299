/** The room behind the speaker: cross-fades (with a slight drift) when the setting changes. */
import type Phaser from 'phaser';
import type { Setting } from '../../engine/scenario/schema';
import { DEFAULT_SETTING, backdropShapes } from '../art/backdrops';
import { STAGE } from '../art/layout';
import { bake } from './bake';
import type { Motion } from './motion';

const FADE_MS = 600;
const DRIFT = 24;

export class BackdropLayer {
  private current: { setting: Setting; image: Phaser.GameObjects.RenderTexture } | null = null;
  private leaving: Phaser.GameObjects.RenderTexture[] = [];

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly motion: Motion,
    private readonly depth: number,
  ) {}

  get setting(): Setting | null {
    return this.current?.setting ?? null;
  }

  show(setting: Setting = DEFAULT_SETTING): void {
    if (this.current?.setting === setting) return;
    const image = bake(this.scene, backdropShapes(setting), STAGE)
      .setOrigin(0, 0)
      .setDepth(this.depth);
    const previous = this.current?.image;
    this.current = { setting, image };
    if (!previous) {
      // The first room fades in from the page colour rather than from a placeholder room.
      image.setAlpha(0);
      this.motion.to(image, { alpha: 1 }, { duration: FADE_MS / 2 });
      return;
    }
    this.leaving.push(previous);
    image.setAlpha(0).setX(DRIFT);
    this.motion.to(image, { alpha: 1, x: 0 }, { duration: FADE_MS, ease: 'Cubic.easeOut' });
    this.motion.to(
      previous,
      { x: -DRIFT },
      { duration: FADE_MS, onComplete: () => this.release(previous) },
    );
  }

  /** Jump to the end of any transition (reduced motion switched on mid-way). */
  settle(): void {
    for (const image of [...this.leaving]) this.release(image);
    if (this.current) {
      this.motion.stop(this.current.image);
      this.current.image.setAlpha(1).setX(0);
    }
  }

  destroy(): void {
    this.settle();
    this.current?.image.destroy();
    this.current = null;
  }

  private release(image: Phaser.GameObjects.RenderTexture): void {
    this.motion.stop(image);
    this.leaving = this.leaving.filter((candidate) => candidate !== image);
    image.destroy();
  }
}
