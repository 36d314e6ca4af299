/**
 * A choice landed: a short, quiet acknowledgement around the speaker. Positive: a green ring
 * and a few rising sparkles; negative: a red edge flash and a small shake; neutral: a soft
 * pale ring. With reduced motion the same cue appears still and vanishes after a moment.
 */
import Phaser from 'phaser';
import { ink } from '../art/colour';
import { PORTRAIT_HEAD, STAGE } from '../art/layout';
import type { Motion } from './motion';

export type ReactionKind = 'positive' | 'negative' | 'neutral';

const STILL_CUE_MS = 450;
const EDGE = 140;

export class Reactions {
  private live = new Set<Phaser.GameObjects.GameObject>();
  /** Cancels the pending removals of still cues (reduced motion). */
  private pendingRemovals = new Set<() => void>();

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly motion: Motion,
    private readonly depth: number,
  ) {}

  play(kind: ReactionKind, speaker: Phaser.GameObjects.Container | null): void {
    if (kind === 'negative') {
      this.edgeFlash();
      if (speaker) this.shake(speaker);
      return;
    }
    this.ring(kind === 'positive' ? ink.positive : ink.paper, kind === 'positive' ? 0.9 : 0.5);
    if (kind === 'positive') this.sparkles();
  }

  settle(): void {
    for (const cancel of this.pendingRemovals) cancel();
    this.pendingRemovals.clear();
    for (const object of [...this.live]) this.discard(object);
  }

  destroy(): void {
    this.settle();
  }

  private track<T extends Phaser.GameObjects.GameObject>(object: T): T {
    this.live.add(object);
    return object;
  }

  private discard(object: Phaser.GameObjects.GameObject): void {
    this.motion.stop(object);
    this.live.delete(object);
    object.destroy();
  }

  /** Fades an effect out, or (reduced motion) leaves it still for a moment then removes it. */
  private fadeOut(
    object: Phaser.GameObjects.GameObject,
    values: Record<string, number>,
    duration: number,
  ): void {
    if (this.motion.reduced) {
      // The loop sleeps while the cue stands still; the timer wakes it to draw the removal.
      const cancel = this.motion.after(STILL_CUE_MS, () => {
        this.pendingRemovals.delete(cancel);
        this.discard(object);
      });
      this.pendingRemovals.add(cancel);
      return;
    }
    this.motion.to(object, values, {
      duration,
      ease: 'Cubic.easeOut',
      onComplete: () => this.discard(object),
    });
  }

  private ring(colour: number, alpha: number): void {
    const ring = this.track(this.scene.add.circle(PORTRAIT_HEAD.x, PORTRAIT_HEAD.y, 130))
      .setStrokeStyle(8, colour, alpha)
      .setDepth(this.depth);
    if (!this.motion.reduced) ring.setScale(0.7);
    this.fadeOut(ring, { scale: 1.55, alpha: 0 }, 700);
  }

  private sparkles(): void {
    for (let index = 0; index < 7; index += 1) {
      const angle = -Math.PI / 2 + (index - 3) * 0.42;
      const x = PORTRAIT_HEAD.x + Math.cos(angle) * 170;
      const y = PORTRAIT_HEAD.y + Math.sin(angle) * 150;
      const star = this.track(
        this.scene.add.star(x, y, 4, 4, 12, index % 2 ? ink.gold : ink.paper),
      ).setDepth(this.depth);
      if (this.motion.reduced) {
        this.fadeOut(star, {}, 0);
        continue;
      }
      star.setAlpha(0);
      this.motion.to(star, { alpha: 1 }, { duration: 160, delay: index * 40 });
      this.motion.to(
        star,
        { y: y - 50, angle: 90 },
        { duration: 900, delay: index * 40, ease: 'Sine.easeOut' },
      );
      this.fadeOut(star, { alpha: 0 }, 500 + index * 60);
    }
  }

  private edgeFlash(): void {
    const flash = this.track(this.scene.add.graphics()).setDepth(this.depth);
    this.paintEdges(flash);
    if (this.motion.reduced) {
      this.fadeOut(flash, {}, 0);
      return;
    }
    flash.setAlpha(0);
    this.motion.to(
      flash,
      { alpha: 1 },
      { duration: 140, onComplete: () => this.fadeOut(flash, { alpha: 0 }, 520) },
    );
  }

  private paintEdges(flash: Phaser.GameObjects.Graphics): void {
    const red = ink.negative;
    const { width, height } = STAGE;
    if (this.scene.renderer.type === Phaser.CANVAS) {
      // The Canvas renderer has no gradient fills: a thin, faint frame instead.
      flash.lineStyle(EDGE / 3, red, 0.35);
      flash.strokeRect(0, 0, width, height);
      return;
    }
    flash.fillGradientStyle(red, red, red, red, 0.55, 0.55, 0, 0);
    flash.fillRect(0, 0, width, EDGE);
    flash.fillGradientStyle(red, red, red, red, 0, 0, 0.55, 0.55);
    flash.fillRect(0, height - EDGE, width, EDGE);
    flash.fillGradientStyle(red, red, red, red, 0.55, 0, 0.55, 0);
    flash.fillRect(0, 0, EDGE, height);
    flash.fillGradientStyle(red, red, red, red, 0, 0.55, 0, 0.55);
    flash.fillRect(width - EDGE, 0, EDGE, height);
  }

  private shake(speaker: Phaser.GameObjects.Container): void {
    if (this.motion.reduced) return;
    const home = speaker.x;
    this.motion.to(
      speaker,
      { x: home + 7 },
      { duration: 55, yoyo: true, repeat: 2, onComplete: () => speaker.setX(home) },
    );
  }
}
