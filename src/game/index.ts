/**
 * The Phaser picture behind the DOM: `createStage` builds a game inside `parent` and
 * resolves once the stage scene can draw. The shell loads this module lazily.
 */
import Phaser from 'phaser';
import type { CreateStage, Stage, StageOptions, StageView } from '../services/stage';
import { fontStack } from '../services/theme';
import { gameConfig } from './config';
import { releaseWhatPhaserKeeps } from './release';
import { rendererForPage } from './renderer-choice';
import { StageScene } from './scenes/StageScene';

function createHost(parent: HTMLElement): HTMLDivElement {
  const host = parent.ownerDocument.createElement('div');
  host.className = 'stage-canvas';
  // The parent (the play screen's or the replay's stage) is the one role="img" with the scene's
  // description; a second one inside it would be read twice.
  host.dataset.stageState = 'loading';
  host.dataset.loop = 'awake';
  host.style.cssText = 'position:relative;width:100%;height:100%;overflow:hidden;';
  parent.append(host);
  return host;
}

/** Records what is on screen as data attributes, so end-to-end tests can wait on state. */
function markView(host: HTMLElement, view: StageView): void {
  host.dataset.setting = view.setting ?? 'office';
  host.dataset.nodeKind = view.nodeKind;
  if (view.speaker) {
    host.dataset.speaker = view.speaker.id;
    host.dataset.mood = view.speaker.mood;
  } else {
    delete host.dataset.speaker;
    delete host.dataset.mood;
  }
  if (view.outcome) host.dataset.outcome = view.outcome;
  else delete host.dataset.outcome;
}

function stageApi(game: Phaser.Game, scene: StageScene, host: HTMLDivElement): Stage {
  let destroyed = false;
  return {
    show(view) {
      if (destroyed) return;
      markView(host, view);
      scene.showView(view);
    },
    react(kind) {
      if (!destroyed) scene.react(kind);
    },
    setCountdown(countdown) {
      if (!destroyed) scene.setCountdown(countdown);
    },
    setReducedMotion(reduced) {
      if (!destroyed) scene.setReducedMotion(reduced);
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      releaseWhatPhaserKeeps(game);
      game.destroy(true);
      // Tears the views down, then runs the step that destroys the game: a sleeping loop
      // would otherwise never take it and keep the canvas and its WebGL context alive.
      scene.finishGameDestroy();
      host.dataset.stageState = 'destroyed';
      host.remove();
    },
  };
}

const FONT_WAIT_MS = 1500;

/**
 * Canvas text is rasterised once: if the web font is still loading, labels keep the fallback
 * face. Ask for it first, but never let a slow or missing font hold up the picture.
 */
async function fontsReady(doc: Document): Promise<void> {
  if (!doc.fonts) return;
  const family = fontStack.split(',')[0]?.trim() ?? 'sans-serif';
  const loads = Promise.all([
    doc.fonts.load(`20px ${family}`),
    doc.fonts.load(`bold 20px ${family}`),
  ]);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const giveUp = new Promise((resolve) => {
    timer = setTimeout(resolve, FONT_WAIT_MS);
  });
  // The timer is cleared once the fonts win the race: nothing of the stage outlives it.
  await Promise.race([loads.catch(() => undefined), giveUp]).finally(() => clearTimeout(timer));
}

const startGame = (parent: HTMLElement, options: StageOptions) =>
  new Promise<Stage>((resolve, reject) => {
    const host = createHost(parent);
    const scene = new StageScene({
      reducedMotion: options.reducedMotion,
      // `data-loop="asleep"`: the picture is finished and still (tests and screenshots wait on it).
      onAwakeChange: (awake) => {
        host.dataset.loop = awake ? 'awake' : 'asleep';
      },
      // The scene knows its game by now, even if Phaser booted inside the constructor below.
      onReady: ({ game }) => {
        game.canvas.setAttribute('aria-hidden', 'true');
        game.canvas.style.pointerEvents = 'none';
        host.dataset.stageState = 'ready';
        resolve(stageApi(game, scene, host));
      },
    });
    const renderer = rendererForPage(parent.ownerDocument);
    host.dataset.renderer = renderer;
    try {
      new Phaser.Game(gameConfig(host, scene, renderer));
    } catch (error) {
      host.remove();
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });

export const createStage: CreateStage = async (parent, options) => {
  await fontsReady(parent.ownerDocument);
  return startGame(parent, options);
};
