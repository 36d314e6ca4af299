/**
 * The shell's context, events and input: what the statechart (machine.ts) holds and hears.
 */
import type { Track } from '../engine/scenario/schema';
import type { NodeView, RunContext } from '../engine/run/types';
import type { PlayMode, SessionLog } from '../engine/session/types';
import type { Beat } from '../engine/run/beat';
import type { PlayableScenario } from '../services/library-types';
import type { FinishedRun, RunStore, SavedRun } from '../services/run-store';
import type { Settings } from '../services/settings';
import type { CreateStage } from '../services/stage';
import type { DebriefReady, FacilitatorModule, OpenRequest, TrackDebriefReady } from './loaders';
import type { Countdown, PlaySessionReport, ResumePoint } from './play-session';
import type { PastRun } from './past-runs';
import type { Route } from './routes';
import type { TrackPass } from './track';

export interface ShellDeps {
  store: RunStore;
  /** Persist and apply new settings (localStorage, sound, motion). */
  applySettings(settings: Settings): void;
  findTrack(trackId: string): Track | undefined;
}

export interface PlayState {
  view: NodeView;
  step: number;
  countdown: Countdown | null;
  savedInputs: number;
  /** The consequence beat on screen before `view`, while the player reads it. */
  beat: Beat | null;
  canStepBack: boolean;
  /** The mode the run is played in (from its log). */
  mode: PlayMode;
}

export interface ShellContext {
  deps: ShellDeps;
  /** The address the page was opened at. */
  initialRoute: Route;
  settings: Settings;
  savedRun: SavedRun | null;
  request: OpenRequest | null;
  playable: PlayableScenario | null;
  track: TrackPass | null;
  /** The mode the next run starts in: the settings' for a scenario, assessment for a track. */
  runMode: PlayMode;
  resume: ResumePoint | null;
  play: PlayState | null;
  finished: { log: SessionLog; context: RunContext } | null;
  /** The last log played, so "Download session file" works after the run too. */
  lastLog: SessionLog | null;
  debrief: DebriefReady | null;
  trackDebrief: TrackDebriefReady | null;
  problems: string[];
  history: FinishedRun[];
  /** The past run picked in the history, then with what its debrief needs once loaded. */
  chosenRun: FinishedRun | null;
  pastRun: { run: FinishedRun; past: Extract<PastRun, { ok: true }> } | null;
  createStage: CreateStage | null;
  facilitator: FacilitatorModule | null;
  errorMessage: string | null;
}

export type ShellEvent =
  | { type: 'ui.play' }
  | { type: 'ui.resume' }
  | { type: 'ui.startOver' }
  | { type: 'ui.openSettings' }
  | { type: 'ui.openHistory' }
  | { type: 'ui.openFacilitator' }
  | { type: 'ui.back' }
  | { type: 'ui.pickScenario'; scenarioId: string }
  | { type: 'ui.pickTrack'; trackId: string }
  | { type: 'ui.pickFile'; file: File }
  | { type: 'ui.start' }
  | { type: 'ui.quit' }
  | { type: 'ui.choose'; choiceId: string }
  | { type: 'ui.continue' }
  /** Practice: step back from the consequence beat and decide again. */
  | { type: 'ui.stepBack' }
  /** The briefing's mode choice. */
  | { type: 'ui.chooseMode'; mode: PlayMode }
  /** From the ending's moment into the debrief. */
  | { type: 'ui.openDebrief' }
  | { type: 'ui.nextInTrack' }
  | { type: 'ui.trackProfile' }
  | { type: 'ui.playAgain' }
  | { type: 'ui.openPastRun'; index: number }
  | { type: 'ui.backToHistory' }
  /** Some settings changed (the rest stay as they are). */
  | { type: 'ui.changeSettings'; settings: Partial<Settings> }
  | { type: 'ui.exitFacilitator' }
  | { type: 'browser.navigated'; route: Route }
  | { type: 'app.failed'; message?: string }
  | PlaySessionReport;

export interface ShellInput {
  deps: ShellDeps;
  settings: Settings;
  /** The address the page was opened at (deep links such as #facilitator). */
  route: Route;
}

export const FALLBACK_ERROR =
  'The game hit an unexpected problem. Runs are saved after every decision, so you can resume from the title screen.';

export function emptyContext(input: ShellInput): ShellContext {
  return {
    deps: input.deps,
    initialRoute: input.route,
    settings: input.settings,
    savedRun: null,
    request: null,
    playable: null,
    track: null,
    runMode: input.settings.playMode,
    resume: null,
    play: null,
    finished: null,
    lastLog: null,
    debrief: null,
    trackDebrief: null,
    problems: [],
    history: [],
    chosenRun: null,
    pastRun: null,
    createStage: null,
    facilitator: null,
    errorMessage: null,
  };
}
