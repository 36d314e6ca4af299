/**
 * The one scene of the picture. It owns no game flow: the shell tells it what to show and
 * it hands each part to a view (backdrop, speaker, meters, countdown, reactions, ending).
 * It renders on demand: the loop runs while a view animates, and each change the shell makes
 * asks for one frame; otherwise the loop sleeps on a still picture.
 */
import Phaser from 'phaser';
import type { StageView } from '../../services/stage';
import { hudScale } from '../art/layout';
import { renderOnDemand, type OnDemandRendering } from '../on-demand';
import { fitResolution, watchStageSize } from '../resolution';
import { SceneKeys } from '../scene-keys';
import { BackdropLayer } from '../views/BackdropLayer';
import { CountdownRing } from '../views/CountdownRing';
import { EndingTint } from '../views/EndingTint';
import { MeterPanel } from '../views/MeterPanel';
import { Motion } from '../views/motion';
import { PortraitLayer } from '../views/PortraitLayer';
import { Reactions, type ReactionKind } from '../views/Reactions';

/** Painter's order, back to front. */
const DEPTH = { backdrop: 0, wash: 4, rays: 5, portrait: 10, reactions: 20, hud: 40 } as const;

interface Views {
  backdrop: BackdropLayer;
  ending: EndingTint;
  portrait: PortraitLayer;
  reactions: Reactions;
  meters: MeterPanel;
  countdown: CountdownRing;
}

export interface StageSceneOptions {
  reducedMotion: boolean;
  onReady: (scene: StageScene) => void;
  /** The game loop went to sleep on a finished picture (false) or is drawing (true). */
  onAwakeChange?: (awake: boolean) => void;
}

export class StageScene extends Phaser.Scene {
  private motion!: Motion;
  private rendering: OnDemandRendering | null = null;
  private stopWatchingSize: (() => void) | null = null;
  /** HUD scale and canvas size the last frame was drawn for. */
  private shownFit = '';
  private views: Views | null = null;

  constructor(private readonly options: StageSceneOptions) {
    super({ key: SceneKeys.Stage });
  }

  create(): void {
    this.rendering = renderOnDemand(this, this.options.onAwakeChange);
    this.motion = new Motion(this, this.rendering.activity, this.options.reducedMotion);
    this.views = {
      backdrop: new BackdropLayer(this, this.motion, DEPTH.backdrop),
      ending: new EndingTint(this, this.motion, { rays: DEPTH.rays, wash: DEPTH.wash }),
      portrait: new PortraitLayer(this, this.motion, DEPTH.portrait),
      reactions: new Reactions(this, this.motion, DEPTH.reactions),
      meters: new MeterPanel(this, this.motion, DEPTH.hud),
      countdown: new CountdownRing(this, this.motion, DEPTH.hud),
    };
    this.scale.on(Phaser.Scale.Events.RESIZE, this.fitHud, this);
    fitResolution(this);
    this.stopWatchingSize = watchStageSize(this);
    this.fitHud();
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.teardown());
    this.options.onReady(this);
  }

  showView(view: StageView): void {
    if (!this.views) return;
    this.views.backdrop.show(view.setting);
    const speaker = view.speaker;
    this.views.portrait.show(
      speaker
        ? { id: speaker.id, mood: speaker.mood, ...(speaker.look ? { look: speaker.look } : {}) }
        : undefined,
    );
    this.views.meters.show(view.meters);
    this.views.ending.show(view.nodeKind === 'ending' ? view.outcome : undefined);
    this.redraw();
  }

  react(kind: ReactionKind): void {
    if (!this.views) return;
    this.views.reactions.play(kind, this.views.portrait.container);
    this.redraw();
  }

  setCountdown(countdown: { remainingMs: number; totalMs: number } | null): void {
    if (this.views?.countdown.set(countdown)) this.redraw();
  }

  setReducedMotion(reduced: boolean): void {
    if (!this.views) return;
    this.motion.reduced = reduced;
    if (!reduced) return;
    for (const view of Object.values(this.views)) view.settle();
    this.redraw();
  }

  /** After `game.destroy()`: a sleeping loop must still take the step that tears it down. */
  finishGameDestroy(): void {
    this.teardown();
    this.rendering?.finishDestroy();
    this.rendering = null;
  }

  /** A still part of the picture changed: draw one frame (the loop may be asleep). */
  private redraw(): void {
    this.rendering?.activity.requestFrame();
  }

  /**
   * On a phone the 1280-wide stage shrinks to ~390 px: grow the meters and ring to stay
   * legible. Draws a frame only when the HUD scale or the canvas size changed.
   */
  private fitHud(): void {
    if (!this.views) return;
    const scale = hudScale(this.scale.displaySize.width);
    // A moved or CSS-resized canvas keeps its pixels; a new canvas size clears them.
    const fit = `${scale}@${this.scale.gameSize.width}x${this.scale.gameSize.height}`;
    if (fit === this.shownFit) return;
    this.shownFit = fit;
    this.views.meters.setScale(scale);
    this.views.countdown.setScale(scale);
    this.redraw();
  }

  /** Releases every view's objects, tweens and timers; safe to call more than once. */
  teardown(): void {
    this.scale.off(Phaser.Scale.Events.RESIZE, this.fitHud, this);
    this.stopWatchingSize?.();
    this.stopWatchingSize = null;
    if (!this.views) return;
    // Stop tracking first: the views' last changes need no frames.
    this.rendering?.dispose();
    for (const view of Object.values(this.views)) view.destroy();
    this.views = null;
    this.motion.dispose();
    this.tweens.killAll();
  }
}
