import type Phaser from 'phaser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Activity, type FrameLoop } from '../../../src/game/activity';
import { Motion } from '../../../src/game/views/motion';

interface FakeTween {
  targets: object[];
  config: Phaser.Types.Tweens.TweenBuilderConfig;
  destroyed: boolean;
  destroy(): void;
}

/** Just enough of a scene's tween manager for Motion (Phaser itself cannot load in node). */
function fakeScene() {
  const tweens: FakeTween[] = [];
  const manager = {
    add(config: Phaser.Types.Tweens.TweenBuilderConfig) {
      const tween: FakeTween = {
        targets: [config.targets as object],
        config,
        destroyed: false,
        destroy() {
          this.destroyed = true;
        },
      };
      tweens.push(tween);
      return tween;
    },
    getTweensOf: (target: object) =>
      tweens.filter((tween) => !tween.destroyed && tween.targets.includes(target)),
    killTweensOf(target: object) {
      for (const tween of manager.getTweensOf(target)) tween.destroy();
    },
    remove(tween: FakeTween) {
      tweens.splice(tweens.indexOf(tween), 1);
    },
  };
  /** Finishes a tween the way Phaser would: its onComplete runs. */
  const complete = (tween: FakeTween) => {
    tween.destroyed = true;
    (tween.config.onComplete as (() => void) | undefined)?.();
  };
  return { scene: { tweens: manager } as unknown as Phaser.Scene, tweens, complete };
}

function setup(reduced = false) {
  const loop: FrameLoop & { sleeps: number; wakes: number } = {
    sleeps: 0,
    wakes: 0,
    sleep() {
      this.sleeps += 1;
    },
    wake() {
      this.wakes += 1;
    },
  };
  const activity = new Activity(loop);
  activity.frameDrawn(); // the first picture is drawn: the loop sleeps
  const fake = fakeScene();
  return { loop, activity, motion: new Motion(fake.scene, activity, reduced), ...fake };
}

describe('Motion: every animation keeps the loop awake exactly while it runs', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('wakes the loop for a tween and lets it sleep once the tween completes', () => {
    const { activity, motion, tweens, complete } = setup();
    const onComplete = vi.fn();
    motion.to({ x: 0 }, { x: 10 }, { duration: 300, onComplete });
    expect(activity.pending).toBe(1);
    expect(activity.sleeping).toBe(false);
    complete(tweens[0] as FakeTween);
    expect(onComplete).toHaveBeenCalledOnce();
    expect(activity.pending).toBe(0);
    activity.frameDrawn();
    expect(activity.sleeping).toBe(true);
  });

  it('ends the activity of a stopped tween (Phaser calls no callback then)', () => {
    const { activity, motion } = setup();
    const target = { alpha: 1 };
    motion.to(target, { alpha: 0 }, { duration: 300 });
    motion.to(target, { alpha: 0.5 }, { duration: 300 });
    expect(activity.pending).toBe(2);
    motion.stop(target);
    expect(activity.pending).toBe(0);
  });

  it('keeps the loop awake when a completion starts the next tween', () => {
    const { activity, motion, tweens, complete } = setup();
    const target = { x: 0 };
    motion.to(
      target,
      { x: 1 },
      { duration: 100, onComplete: () => motion.to(target, { x: 2 }, { duration: 100 }) },
    );
    complete(tweens[0] as FakeTween);
    expect(activity.pending).toBe(1);
    activity.frameDrawn();
    expect(activity.sleeping).toBe(false);
  });

  it('refuses endless or fractional repeats, which would never let the loop sleep', () => {
    const { motion } = setup();
    expect(() => motion.to({ x: 0 }, { x: 1 }, { duration: 100, repeat: -1 })).toThrow(RangeError);
    expect(() => motion.to({ x: 0 }, { x: 1 }, { duration: 100, repeat: 0.5 })).toThrow(RangeError);
  });

  it('with reduced motion, jumps to the end and draws one frame', () => {
    const { loop, activity, motion, tweens } = setup(true);
    const target = { x: 0 };
    const onComplete = vi.fn();
    motion.to(target, { x: 5 }, { duration: 300, onComplete });
    expect(target.x).toBe(5);
    expect(onComplete).toHaveBeenCalledOnce();
    expect(tweens).toHaveLength(0);
    expect(loop.wakes).toBe(1);
    activity.frameDrawn();
    expect(activity.sleeping).toBe(true);
  });

  it('lets the loop sleep through a timer and wakes it for one frame when it fires', () => {
    const { loop, activity, motion } = setup();
    const fired = vi.fn();
    motion.after(450, fired);
    expect(activity.sleeping).toBe(true);
    vi.advanceTimersByTime(449);
    expect(fired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fired).toHaveBeenCalledOnce();
    expect(loop.wakes).toBe(1);
  });

  it('cancels a timer, and dispose clears every tween and timer it started', () => {
    const { activity, motion, tweens } = setup();
    const fired = vi.fn();
    const cancel = motion.after(100, fired);
    cancel();
    motion.after(200, fired);
    motion.to({ x: 0 }, { x: 1 }, { duration: 100 });
    motion.dispose();
    vi.advanceTimersByTime(1000);
    expect(fired).not.toHaveBeenCalled();
    expect(activity.pending).toBe(0);
    expect(tweens).toHaveLength(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});
