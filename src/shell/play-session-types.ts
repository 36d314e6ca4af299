/** What the play session (play-session.ts) is given, reports and takes: the run's contract with the shell. */
import type { NodeView, RunContext } from '../engine/run/types';
import type { PlayMode, SessionInput, SessionLog } from '../engine/session/types';
import type { Beat } from '../engine/run/beat';
import type { PlayableScenario } from '../services/library-types';
import type { RunStore } from '../services/run-store';
import type { Settings } from '../services/settings';
import type { RunKeep } from './keep-run';

/** Where a saved run picks up again. */
export interface ResumePoint {
  log: SessionLog;
  elapsedMs: number;
}

export interface PlaySessionInput {
  playable: PlayableScenario;
  settings: Settings;
  store: RunStore;
  resume?: ResumePoint;
  /** How a new run is played (a resumed one keeps the mode its log records). */
  mode?: PlayMode;
  alias?: string;
  /** Who keeps the run and where (a track part, a take-over); by default a lone tab. */
  keep?: RunKeep;
  /** The page's visibility (tests pass their own); active time stops while hidden. */
  page?: PageVisibility;
  /** Someone else who follows the run: an LMS package's reporter (see lms-link.ts). */
  observer?: RunObserver;
  /** Hears every input the run accepts, in order (a live room sends each to its server). */
  onInput?: (input: SessionInput) => void;
}

/** Follows a run from outside the shell (an LMS): every input, pause and the ending. */
export interface RunObserver {
  /** The run is on screen; `elapsed` reads its active play time until `left`. */
  opened(elapsed: () => number): void;
  /** The run as it opens, then after every accepted input (a timeout included). */
  stepped(log: SessionLog, context: RunContext, elapsedMs: number): void;
  /** The page was hidden with the run under way. */
  paused(elapsedMs: number): void;
  ended(log: SessionLog, context: RunContext): void;
  /** The run left the screen (ended, quit, or the shell moved on). */
  left(): void;
}

export interface PageVisibility {
  hidden(): boolean;
  onChange(listener: () => void): () => void;
}

export interface Countdown {
  remainingMs: number;
  totalMs: number;
}

/** What the run tells the shell. */
export type PlaySessionReport =
  | {
      type: 'run.step';
      view: NodeView;
      step: number;
      log: SessionLog;
      /** What followed from the decision just taken, shown before this step's node. */
      beat: Beat | null;
      /** Practice: the player may step back from here. */
      canStepBack: boolean;
    }
  | { type: 'run.tick'; countdown: Countdown | null }
  | { type: 'run.saved'; inputs: number }
  /** Another tab took this run over: this tab no longer saves it. */
  | { type: 'run.takenOver' }
  | { type: 'run.ended'; log: SessionLog; context: RunContext };

/** What the shell forwards to the run. */
export type PlaySessionCommand =
  | { type: 'player.choose'; choiceId: string }
  | { type: 'player.continue' }
  | { type: 'player.back' }
  /** The consequence beat was read: active time runs again. */
  | { type: 'beat.closed' };
