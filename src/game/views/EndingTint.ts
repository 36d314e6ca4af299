/**
 * The ending's colour over the room (the speaker stays clear): a green wash and light rays
 * behind the speaker that turn a little as they come up for a good ending, amber for a mixed
 * one, a dim wine-dark dusk for a poor one.
 */
import type Phaser from 'phaser';
import { OUTCOME_TINT, PORTRAIT_HEAD, STAGE, type Outcome } from '../art/layout';
import type { Motion } from './motion';

const FADE_MS = 900;
const RAY_COUNT = 12;
/** One ray spacing: the turn ends on a picture just like the one it started from. */
const RAY_TURN = (Math.PI * 2) / RAY_COUNT;
const RAY_TURN_MS = 2400;

export class EndingTint {
  private readonly wash: Phaser.GameObjects.Rectangle;
  private readonly rays: Phaser.GameObjects.Graphics;
  private outcome: Outcome | null = null;

  constructor(
    scene: Phaser.Scene,
    private readonly motion: Motion,
    depths: { rays: number; wash: number },
  ) {
    this.wash = scene.add
      .rectangle(0, 0, STAGE.width, STAGE.height, 0x000000, 1)
      .setOrigin(0, 0)
      .setDepth(depths.wash)
      .setAlpha(0);
    this.rays = scene.add
      .graphics()
      .setPosition(PORTRAIT_HEAD.x, PORTRAIT_HEAD.y)
      .setDepth(depths.rays)
      .setAlpha(0);
    this.drawRays();
  }

  show(outcome: Outcome | undefined): void {
    if ((outcome ?? null) === this.outcome) return;
    this.outcome = outcome ?? null;
    this.motion.stop(this.wash);
    this.motion.stop(this.rays);
    if (!outcome) {
      this.motion.to(this.wash, { alpha: 0 }, { duration: FADE_MS / 2 });
      this.motion.to(this.rays, { alpha: 0 }, { duration: FADE_MS / 2 });
      return;
    }
    const tint = OUTCOME_TINT[outcome];
    this.wash.setFillStyle(tint.colour, 1);
    this.motion.to(this.wash, { alpha: tint.alpha }, { duration: FADE_MS });
    this.motion.to(this.rays, { alpha: outcome === 'positive' ? 1 : 0 }, { duration: FADE_MS });
    if (outcome === 'positive') {
      // A slow turn while the light comes up, then a still picture (no endless spin).
      this.motion.to(
        this.rays,
        { rotation: this.rays.rotation + RAY_TURN },
        { duration: RAY_TURN_MS, ease: 'Sine.easeOut' },
      );
    }
  }

  settle(): void {
    this.motion.stop(this.wash);
    this.motion.stop(this.rays);
    const tint = this.outcome ? OUTCOME_TINT[this.outcome] : null;
    this.wash.setAlpha(tint ? tint.alpha : 0);
    this.rays.setAlpha(this.outcome === 'positive' ? 1 : 0);
  }

  destroy(): void {
    this.settle();
    this.wash.destroy();
    this.rays.destroy();
  }

  private drawRays(): void {
    const length = 900;
    const spread = Math.PI / RAY_COUNT / 2.4;
    for (let index = 0; index < RAY_COUNT; index += 1) {
      const angle = (index / RAY_COUNT) * Math.PI * 2;
      this.rays.fillStyle(0xfff4c8, 0.09);
      this.rays.fillTriangle(
        0,
        0,
        Math.cos(angle - spread) * length,
        Math.sin(angle - spread) * length,
        Math.cos(angle + spread) * length,
        Math.sin(angle + spread) * length,
      );
    }
  }
}
