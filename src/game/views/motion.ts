/**
 * The one gate every animation goes through: with reduced motion on, values jump to their
 * end state at once and completion callbacks still run, so views never wait on a tween.
 */
import type Phaser from 'phaser';

export interface TweenOptions {
  duration: number;
  ease?: string;
  delay?: number;
  yoyo?: boolean;
  repeat?: number;
  onUpdate?: () => void;
  onComplete?: () => void;
}

export class Motion {
  constructor(
    private readonly scene: Phaser.Scene,
    public reduced: boolean,
  ) {}

  /** Animates numeric properties of `target` (or sets them at once when motion is reduced). */
  to(target: object, values: Record<string, number>, options: TweenOptions): void {
    if (this.reduced || options.duration <= 0) {
      // A yoyo ends where it started: only a one-way change has an end state to jump to.
      if (!options.yoyo) Object.assign(target, values);
      options.onUpdate?.();
      options.onComplete?.();
      return;
    }
    this.scene.tweens.add({
      targets: target,
      ...values,
      duration: options.duration,
      ease: options.ease ?? 'Sine.easeInOut',
      delay: options.delay ?? 0,
      yoyo: options.yoyo ?? false,
      repeat: options.repeat ?? 0,
      onUpdate: options.onUpdate,
      onComplete: options.onComplete,
    });
  }

  stop(target: object): void {
    this.scene.tweens.killTweensOf(target);
  }
}
