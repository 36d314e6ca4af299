/**
 * The speaker: a bust that slides in when the speaker changes and an expression that
 * cross-fades when the mood changes. Between changes the portrait stands still: an idle
 * animation would keep the game loop redrawing the whole stage for ever.
 */
import type Phaser from 'phaser';
import type { Look, Mood } from '../../engine/scenario/schema';
import { PORTRAIT_ANCHOR } from '../art/layout';
import { portraitLayers } from '../art/portrait';
import type { Shape } from '../art/shapes';
import { bake } from './bake';
import type { Motion } from './motion';

const FRAME = { width: 460, height: 510, offsetX: 230, offsetY: 505 } as const;
const ENTER_MS = 480;
const LEAVE_MS = 300;
const FACE_MS = 260;
const SLIDE = 48;

interface Speaker {
  id: string;
  mood: Mood;
  look?: Look;
}

/** Two speakers are the same person when the id and the scenario's description agree. */
function samePerson(a: Speaker, b: Speaker): boolean {
  return a.id === b.id && JSON.stringify(a.look ?? {}) === JSON.stringify(b.look ?? {});
}

interface Figure {
  speaker: Speaker;
  container: Phaser.GameObjects.Container;
  bust: Phaser.GameObjects.RenderTexture;
  face: Phaser.GameObjects.RenderTexture;
}

export class PortraitLayer {
  private figure: Figure | null = null;
  private leaving = new Set<Phaser.GameObjects.Container>();

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly motion: Motion,
    private readonly depth: number,
  ) {}

  /** The speaker's container (reactions shake it); null when nobody is speaking. */
  get container(): Phaser.GameObjects.Container | null {
    return this.figure?.container ?? null;
  }

  show(speaker: Speaker | undefined): void {
    const current = this.figure;
    if (current && speaker && samePerson(current.speaker, speaker)) {
      if (current.speaker.mood !== speaker.mood) this.changeMood(current, speaker.mood);
      return;
    }
    if (current) this.leave(current);
    this.figure = speaker ? this.enter(speaker) : null;
  }

  settle(): void {
    for (const container of [...this.leaving]) this.release(container);
    if (!this.figure) return;
    const { container, bust, face } = this.figure;
    this.motion.stop(container);
    container.setAlpha(1).setPosition(PORTRAIT_ANCHOR.x, PORTRAIT_ANCHOR.y).setScale(1);
    for (const child of [...container.list]) {
      this.motion.stop(child);
      // A face still fading out has no end state worth keeping.
      if (child !== bust && child !== face) child.destroy();
    }
    face.setAlpha(1);
  }

  destroy(): void {
    for (const container of [...this.leaving]) this.release(container);
    if (this.figure) this.release(this.figure.container);
    this.figure = null;
  }

  private bakeLayer(shapes: readonly Shape[]): Phaser.GameObjects.RenderTexture {
    return bake(this.scene, shapes, FRAME).setOrigin(
      FRAME.offsetX / FRAME.width,
      FRAME.offsetY / FRAME.height,
    );
  }

  private enter(speaker: Speaker): Figure {
    const layers = portraitLayers(speaker.id, speaker.mood, speaker.look);
    const bust = this.bakeLayer(layers.bust);
    const face = this.bakeLayer(layers.face);
    const container = this.scene.add
      .container(PORTRAIT_ANCHOR.x + SLIDE, PORTRAIT_ANCHOR.y, [bust, face])
      .setDepth(this.depth)
      .setAlpha(0);
    this.motion.to(
      container,
      { x: PORTRAIT_ANCHOR.x, alpha: 1 },
      { duration: ENTER_MS, delay: 120, ease: 'Cubic.easeOut' },
    );
    return { speaker: { ...speaker }, container, bust, face };
  }

  private leave(figure: Figure): void {
    const { container } = figure;
    this.leaving.add(container);
    this.motion.stop(container);
    this.motion.to(
      container,
      { x: PORTRAIT_ANCHOR.x - SLIDE, alpha: 0 },
      { duration: LEAVE_MS, ease: 'Cubic.easeIn', onComplete: () => this.release(container) },
    );
  }

  private changeMood(figure: Figure, mood: Mood): void {
    const { id, look } = figure.speaker;
    const next = this.bakeLayer(portraitLayers(id, mood, look).face).setAlpha(0);
    const previous = figure.face;
    figure.container.add(next);
    figure.face = next;
    figure.speaker.mood = mood;
    this.motion.to(next, { alpha: 1 }, { duration: FACE_MS });
    this.motion.to(
      previous,
      { alpha: 0 },
      { duration: FACE_MS, onComplete: () => previous.destroy() },
    );
  }

  private release(container: Phaser.GameObjects.Container): void {
    this.motion.stop(container);
    for (const child of container.list) this.motion.stop(child);
    this.leaving.delete(container);
    container.destroy();
  }
}
