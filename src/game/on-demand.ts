/**
 * Wires render-on-demand into a running game: the activity tracker switches Phaser's loop,
 * hears about every frame drawn, and asks for a frame when the WebGL context comes back.
 */
import Phaser from 'phaser';
import { Activity } from './activity';
import { GameLoopControl } from './loop';

export interface OnDemandRendering {
  readonly activity: Activity;
  /** Stops tracking: listeners off, no more wakes. Safe to call more than once. */
  dispose(): void;
  /** After `game.destroy()`: takes the step that tears the game down, even from sleep. */
  finishDestroy(): void;
}

/**
 * A tween manager counts the time since its last update as elapsed: after a sleep, a tween
 * started by the change that woke the loop would jump ahead (Phaser only smooths lags over
 * 500 ms). Move its clock past the idle time so every transition starts from its first frame.
 */
function skipTweenIdleTime(tweens: Phaser.Tweens.TweenManager): void {
  const now = Date.now();
  const idle = now - tweens.prevTime;
  if (idle <= 0) return;
  tweens.prevTime = now;
  tweens.startTime += idle;
}

export function renderOnDemand(
  scene: Phaser.Scene,
  onAwakeChange?: (awake: boolean) => void,
): OnDemandRendering {
  const { game } = scene;
  const control = new GameLoopControl(game, {
    beforeWake: () => skipTweenIdleTime(scene.tweens),
    ...(onAwakeChange ? { onAwakeChange } : {}),
  });
  const activity = new Activity(control);
  const frameDrawn = () => activity.frameDrawn();
  const redraw = () => activity.requestFrame();
  game.events.on(Phaser.Core.Events.POST_RENDER, frameDrawn);
  game.renderer.on(Phaser.Renderer.Events.RESTORE_WEBGL, redraw);
  let disposed = false;
  const dispose = () => {
    if (disposed) return;
    disposed = true;
    activity.stop();
    control.dispose();
    game.events.off(Phaser.Core.Events.POST_RENDER, frameDrawn);
    game.renderer.off(Phaser.Renderer.Events.RESTORE_WEBGL, redraw);
  };
  return {
    activity,
    dispose,
    finishDestroy() {
      dispose();
      control.finishDestroy();
    },
  };
}
