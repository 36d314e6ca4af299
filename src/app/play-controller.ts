/**
 * The play screen's moving parts: the running session, the Phaser picture, the ambient sound and
 * whatever the current screen must tear down. They live together so that leaving a screen (for
 * any other) stops all of them in one place and in one order.
 */
import type { PlayableScenario } from '../services/library-types';
import type { RunContext } from '../engine/run/types';
import type { SessionLog } from '../engine/session/types';
import { createPlayScreen } from '../ui/screens/play';
import { beginPlay, type PlaySession } from './play-session';
import { createStageIn } from '../services/stage-host';
import type { Settings } from '../services/settings';
import type { SoundPlayer } from '../services/sound';
import type { Stage } from '../services/stage';
import type { RunStore } from '../services/run-store';

/** A scenario about to be played; `text` only for a player's own file, which is saved with the run. */
export type Playing = PlayableScenario;

/** Where a saved run picks up again. */
export interface ResumePoint {
  log: SessionLog;
  elapsedMs: number;
}

export interface PlayControllerDeps {
  store: RunStore;
  sound: SoundPlayer;
  /** False once another screen has replaced the one opened with `token`. */
  isCurrentScreen(token: number): boolean;
}

export interface PlayStart {
  playing: Playing;
  settings: Settings;
  resume?: ResumePoint;
  onQuit(): void;
  onDownload(): void;
  onEnded(log: SessionLog, context: RunContext): void;
}

export class PlayController {
  private session: PlaySession | null = null;
  private stage: Stage | null = null;
  private lastLog: SessionLog | null = null;
  private cleanupScreen: (() => void) | null = null;

  constructor(private readonly deps: PlayControllerDeps) {}

  /** The running run's log, or the last one played (so it can still be downloaded). */
  currentLog(): SessionLog | null {
    return this.session?.log() ?? this.lastLog;
  }

  /** Screens other than play (the facilitator area) register their own teardown here. */
  setScreenCleanup(cleanup: () => void): void {
    this.cleanupScreen = cleanup;
  }

  setReducedMotion(reducedMotion: boolean): void {
    this.stage?.setReducedMotion(reducedMotion);
  }

  /** Draws the play screen into `root` and starts the run; the picture arrives later. */
  start(root: HTMLElement, token: number, start: PlayStart): void {
    const { playing } = start;
    const screen = createPlayScreen(root, {
      scenarioTitle: playing.scenario.title,
      stageLabel: `Scene of ${playing.scenario.title}`,
      onQuit: start.onQuit,
      onDownload: start.onDownload,
    });
    this.session = beginPlay({
      scenario: playing.scenario,
      ...(playing.text ? { scenarioText: playing.text } : {}),
      settings: start.settings,
      store: this.deps.store,
      screen,
      sound: this.deps.sound,
      ...(start.resume ? { resume: start.resume } : {}),
      onEnded: (log, context) => {
        this.lastLog = log;
        this.session = null;
        screen.destroy();
        start.onEnded(log, context);
      },
    });
    this.cleanupScreen = () => screen.destroy();
    this.deps.sound.ambient(true);
    void this.attachStage(screen.stageHost, token, start.settings.reducedMotion);
  }

  /** The picture loads on demand; if the player has moved on meanwhile, it is thrown away. */
  private async attachStage(host: HTMLElement, token: number, reducedMotion: boolean) {
    const stage = await createStageIn(host, {
      reducedMotion,
      label: host.getAttribute('aria-label') ?? '',
    });
    if (!stage) return;
    if (!this.deps.isCurrentScreen(token) || !this.session) {
      stage.destroy();
      return;
    }
    this.stage = stage;
    this.session.attachStage(stage);
  }

  /** Tears down the current screen; a run in progress is saved and stopped, its log kept. */
  async leave(): Promise<void> {
    const session = this.session;
    this.session = null;
    this.cleanupScreen?.();
    this.cleanupScreen = null;
    this.stage?.destroy();
    this.stage = null;
    this.deps.sound.ambient(false);
    if (session) {
      this.lastLog = session.log();
      await session.stop();
    }
  }
}
