/**
 * The one gate every animation and timer goes through.
 * - With reduced motion on, values jump to their end state at once and completion callbacks
 *   still run, so views never wait on a tween.
 * - Every tween and timer is registered with the activity tracker, so the game loop draws
 *   while something moves and sleeps once everything has ended. Endless tweens are refused:
 *   they would keep the loop awake for ever.
 */
import type Phaser from 'phaser';
import type { Activity, EndActivity } from '../activity';

export interface TweenOptions {
  duration: number;
  ease?: string;
  delay?: number;
  yoyo?: boolean;
  /** Extra plays after the first; finite (an endless tween would never let the loop sleep). */
  repeat?: number;
  onUpdate?: () => void;
  onComplete?: () => void;
}

type TimerHandle = ReturnType<typeof setTimeout>;

export class Motion {
  private readonly tweens = new Map<Phaser.Tweens.Tween, EndActivity>();
  private readonly timers = new Set<TimerHandle>();

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly activity: Activity,
    public reduced: boolean,
  ) {}

  /** Animates numeric properties of `target` (or sets them at once when motion is reduced). */
  to(target: object, values: Record<string, number>, options: TweenOptions): void {
    const repeat = options.repeat ?? 0;
    if (!(Number.isInteger(repeat) && repeat >= 0)) {
      throw new RangeError(`repeat must be a whole number ≥ 0, got ${repeat}`);
    }
    if (this.reduced || options.duration <= 0) {
      // A yoyo ends where it started: only a one-way change has an end state to jump to.
      if (!options.yoyo) Object.assign(target, values);
      options.onUpdate?.();
      options.onComplete?.();
      this.activity.requestFrame();
      return;
    }
    const end = this.activity.begin();
    const tween = this.scene.tweens.add({
      targets: target,
      ...values,
      duration: options.duration,
      ease: options.ease ?? 'Sine.easeInOut',
      delay: options.delay ?? 0,
      yoyo: options.yoyo ?? false,
      repeat,
      onUpdate: options.onUpdate,
      onComplete: () => {
        // The callback may start the next tween first, so the loop never dips into sleep.
        options.onComplete?.();
        this.tweens.delete(tween);
        end();
      },
    });
    this.tweens.set(tween, end);
  }

  /** Stops every tween of `target` where it is (no completion callbacks). */
  stop(target: object): void {
    for (const tween of this.scene.tweens.getTweensOf(target)) this.release(tween);
    this.scene.tweens.killTweensOf(target);
    this.activity.requestFrame();
  }

  /**
   * Runs `callback` after `ms`, then draws one frame. A browser timer rather than the scene's
   * clock: the clock only advances while the loop runs, and a pause needs no frames.
   * Returns a function that cancels the call.
   */
  after(ms: number, callback: () => void): () => void {
    const handle = setTimeout(() => {
      this.timers.delete(handle);
      callback();
      this.activity.requestFrame();
    }, ms);
    this.timers.add(handle);
    return () => {
      if (!this.timers.delete(handle)) return;
      clearTimeout(handle);
    };
  }

  /** Stops every tween and timer this gate started (the stage is going away). */
  dispose(): void {
    for (const tween of [...this.tweens.keys()]) {
      this.release(tween);
      this.scene.tweens.remove(tween);
      tween.destroy();
    }
    for (const handle of this.timers) clearTimeout(handle);
    this.timers.clear();
  }

  private release(tween: Phaser.Tweens.Tween): void {
    this.tweens.get(tween)?.();
    this.tweens.delete(tween);
  }
}
