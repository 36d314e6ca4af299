/**
 * Render on demand. Redrawing a still 1280×720 picture 60 times a second costs a software
 * renderer most of the main thread, so the game loop runs only while something moves: every
 * tween and timer registers here, and once the last one has ended the loop draws the final
 * state and goes to sleep. A change to a still picture asks for one frame.
 *
 * Plain TypeScript (no Phaser), so node tests can drive it with a fake loop.
 */

/** What the tracker switches on and off: Phaser's TimeStep in the game, a fake in tests. */
export interface FrameLoop {
  /** Stop drawing; the canvas keeps showing the last frame drawn. */
  sleep(): void;
  /** Start drawing again. */
  wake(): void;
}

/** Ends one activity; calling it again does nothing. */
export type EndActivity = () => void;

const noop: EndActivity = () => undefined;

export class Activity {
  private running = 0;
  private owedFrames: number;
  private awake = true;
  private stopped = false;

  /**
   * @param tailFrames frames still drawn after the last activity ends or a frame is requested,
   *   before the loop sleeps (1: the frame that shows the end state).
   */
  constructor(
    private readonly loop: FrameLoop,
    private readonly tailFrames = 1,
  ) {
    if (!(Number.isInteger(tailFrames) && tailFrames >= 1)) {
      throw new RangeError(`tailFrames must be a whole number ≥ 1, got ${tailFrames}`);
    }
    // The loop starts running: draw the first picture, then rest.
    this.owedFrames = tailFrames;
  }

  /** Animations and timers in progress. */
  get pending(): number {
    return this.running;
  }

  get sleeping(): boolean {
    return !this.awake;
  }

  /** Something starts moving: keep drawing until the returned function is called. */
  begin(): EndActivity {
    if (this.stopped) return noop;
    this.running += 1;
    this.ensureAwake();
    let ended = false;
    return () => {
      if (ended || this.stopped) return;
      ended = true;
      this.running -= 1;
      // The end state still has to reach the screen.
      this.requestFrame();
    };
  }

  /** A still picture changed: draw it, then sleep again. */
  requestFrame(): void {
    if (this.stopped) return;
    this.owedFrames = Math.max(this.owedFrames, this.tailFrames);
    this.ensureAwake();
  }

  /** Called after every frame the loop draws; sends the loop to sleep when nothing is owed. */
  frameDrawn(): void {
    if (this.stopped || !this.awake || this.running > 0) return;
    if (this.owedFrames > 0) this.owedFrames -= 1;
    if (this.owedFrames > 0) return;
    this.awake = false;
    this.loop.sleep();
  }

  /** The stage is going away: forget every activity and never touch the loop again. */
  stop(): void {
    this.stopped = true;
    this.running = 0;
    this.owedFrames = 0;
  }

  private ensureAwake(): void {
    if (this.awake) return;
    this.awake = true;
    this.loop.wake();
  }
}
