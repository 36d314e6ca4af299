/**
 * Phaser's game loop (its TimeStep) as the `FrameLoop` the activity tracker switches.
 *
 * `TimeStep.sleep()` cancels the pending animation frame; the WebGL canvas keeps showing the
 * last frame drawn. `TimeStep.wake()` runs one whole frame synchronously before returning, so
 * waking straight from `stage.show()` would render inside the key handler that led there and
 * hold up the text the player is waiting for. The wake is therefore deferred to the next
 * animation frame, where the browser would draw anyway.
 */
import type Phaser from 'phaser';
import type { FrameLoop } from './activity';

export interface GameLoopHooks {
  /** Runs just before the loop wakes (e.g. to keep tweens from jumping over the idle time). */
  beforeWake?: () => void;
  /** The loop went to sleep (false) or was asked to wake (true). */
  onAwakeChange?: (awake: boolean) => void;
}

export class GameLoopControl implements FrameLoop {
  private pendingWake: number | null = null;
  private disposed = false;

  constructor(
    private readonly game: Phaser.Game,
    private readonly hooks: GameLoopHooks = {},
  ) {}

  sleep(): void {
    this.cancelPendingWake();
    if (this.disposed) return;
    this.game.loop.sleep();
    this.hooks.onAwakeChange?.(false);
  }

  wake(): void {
    if (this.disposed || this.pendingWake !== null || this.game.loop.running) return;
    this.pendingWake = window.requestAnimationFrame(() => {
      this.pendingWake = null;
      if (this.disposed || this.game.loop.running) return;
      this.hooks.beforeWake?.();
      this.game.loop.wake();
    });
    // Awake from the request on: a picture waiting for its frame is not at rest yet.
    this.hooks.onAwakeChange?.(true);
  }

  /**
   * Stops switching the loop. `Game.destroy()` only flags the game; the teardown runs in the
   * next step, which a sleeping loop never takes: `finishDestroy` takes that step at once.
   */
  dispose(): void {
    this.disposed = true;
    this.cancelPendingWake();
  }

  /** After `game.destroy()`: run the step that tears the game down, if the loop is asleep. */
  finishDestroy(): void {
    this.dispose();
    if (!this.game.loop.running) this.game.loop.wake();
  }

  private cancelPendingWake(): void {
    if (this.pendingWake === null) return;
    window.cancelAnimationFrame(this.pendingWake);
    this.pendingWake = null;
  }
}
