/**
 * The one scene of the picture. It owns no game flow: the shell tells it what to show and
 * it hands each part to a view (backdrop, speaker, meters, countdown, reactions, ending).
 */
import Phaser from 'phaser';
import type { StageView } from '../../app/stage';
import { hudScale } from '../art/layout';
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
}

export class StageScene extends Phaser.Scene {
  private motion!: Motion;
  private views: Views | null = null;

  constructor(private readonly options: StageSceneOptions) {
    super({ key: SceneKeys.Stage });
  }

  create(): void {
    this.motion = new Motion(this, this.options.reducedMotion);
    this.views = {
      backdrop: new BackdropLayer(this, this.motion, DEPTH.backdrop),
      ending: new EndingTint(this, this.motion, { rays: DEPTH.rays, wash: DEPTH.wash }),
      portrait: new PortraitLayer(this, this.motion, DEPTH.portrait),
      reactions: new Reactions(this, this.motion, DEPTH.reactions),
      meters: new MeterPanel(this, this.motion, DEPTH.hud),
      countdown: new CountdownRing(this, this.motion, DEPTH.hud),
    };
    this.scale.on(Phaser.Scale.Events.RESIZE, this.fitHud, this);
    this.fitHud();
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.teardown());
    this.options.onReady(this);
  }

  showView(view: StageView): void {
    if (!this.views) return;
    this.views.backdrop.show(view.setting);
    this.views.portrait.show(
      view.speaker ? { id: view.speaker.id, mood: view.speaker.mood } : undefined,
    );
    this.views.meters.show(view.meters);
    this.views.ending.show(view.nodeKind === 'ending' ? view.outcome : undefined);
  }

  react(kind: ReactionKind): void {
    this.views?.reactions.play(kind, this.views.portrait.container);
  }

  setCountdown(countdown: { remainingMs: number; totalMs: number } | null): void {
    this.views?.countdown.set(countdown);
  }

  setReducedMotion(reduced: boolean): void {
    if (!this.views) return;
    this.motion.reduced = reduced;
    if (!reduced) return;
    for (const view of Object.values(this.views)) view.settle();
  }

  /** On a phone the 1280-wide stage shrinks to ~390 px: grow the meters and ring to stay legible. */
  private fitHud(): void {
    if (!this.views) return;
    const scale = hudScale(this.scale.displaySize.width);
    this.views.meters.setScale(scale);
    this.views.countdown.setScale(scale);
  }

  /** Releases every view's objects and tweens; safe to call more than once. */
  teardown(): void {
    this.scale.off(Phaser.Scale.Events.RESIZE, this.fitHud, this);
    if (!this.views) return;
    for (const view of Object.values(this.views)) view.destroy();
    this.views = null;
    this.tweens.killAll();
  }
}
