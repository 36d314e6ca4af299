/**
 * The timed-decision ring, top left: the arc empties clockwise a step each second, turns
 * amber then red, and the seconds pulse once each second in the last stretch (unless motion
 * is reduced). Between steps the ring is still, so the game loop can sleep.
 */
import type Phaser from 'phaser';
import { fontStack, palette } from '../../services/theme';
import { ink } from '../art/colour';
import { COUNTDOWN, countdownFace } from '../art/layout';
import type { Motion } from './motion';

const START_ANGLE = -Math.PI / 2;

export class CountdownRing {
  /** At the stage's top-left corner, so scaling it up keeps the ring on screen. */
  private readonly container: Phaser.GameObjects.Container;
  private readonly ring: Phaser.GameObjects.Graphics;
  private readonly seconds: Phaser.GameObjects.Text;
  private lastSeconds: number | null = null;
  /** `countdownFace(...).key` of what the ring shows; null while hidden. */
  private shownFace: string | null = null;

  constructor(
    scene: Phaser.Scene,
    private readonly motion: Motion,
    depth: number,
  ) {
    this.ring = scene.add.graphics();
    this.seconds = scene.add
      .text(COUNTDOWN.x, COUNTDOWN.y, '', {
        fontFamily: fontStack,
        fontSize: '40px',
        fontStyle: 'bold',
        color: palette.paper,
      })
      .setOrigin(0.5, 0.5);
    this.container = scene.add
      .container(0, 0, [this.ring, this.seconds])
      .setDepth(depth)
      .setVisible(false);
  }

  setScale(scale: number): void {
    this.container.setScale(scale);
  }

  /**
   * Shows the countdown, redrawn once per whole second: the app reports it several times a
   * second, but every redraw costs the stage a frame. Returns whether the picture changed.
   */
  set(countdown: { remainingMs: number; totalMs: number } | null): boolean {
    if (!countdown) return this.hide();
    const state = countdownFace(countdown.remainingMs, countdown.totalMs);
    if (state.key === this.shownFace) return false;
    this.shownFace = state.key;
    this.draw(state.fraction, state.colour);
    this.seconds
      .setText(String(state.seconds))
      .setColor(state.urgent ? palette.negative : palette.paper);
    this.container.setVisible(true);
    if (state.urgent && this.lastSeconds !== null && state.seconds !== this.lastSeconds)
      this.pulse();
    this.lastSeconds = state.seconds;
    return true;
  }

  settle(): void {
    this.motion.stop(this.seconds);
    this.seconds.setScale(1);
  }

  destroy(): void {
    this.settle();
    this.container.destroy();
  }

  private draw(fraction: number, colour: number): void {
    const { x, y, radius, thickness } = COUNTDOWN;
    this.ring.clear();
    this.ring.fillStyle(ink.ink, 0.88);
    this.ring.fillCircle(x, y, radius + thickness);
    this.ring.lineStyle(thickness, ink.night, 1);
    this.ring.strokeCircle(x, y, radius);
    if (fraction <= 0) return;
    this.ring.lineStyle(thickness, colour, 1);
    this.ring.beginPath();
    this.ring.arc(x, y, radius, START_ANGLE, START_ANGLE + fraction * Math.PI * 2, false);
    this.ring.strokePath();
  }

  private pulse(): void {
    this.motion.stop(this.seconds);
    this.seconds.setScale(1);
    this.motion.to(
      this.seconds,
      { scale: 1.18 },
      { duration: 140, yoyo: true, ease: 'Quad.easeOut' },
    );
  }

  private hide(): boolean {
    const wasShown = this.shownFace !== null;
    this.settle();
    this.container.setVisible(false);
    this.lastSeconds = null;
    this.shownFace = null;
    return wasShown;
  }
}
