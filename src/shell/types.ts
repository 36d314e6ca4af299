/**
 * The shell's context, events and input: what the statechart (machine.ts) holds and hears.
 */
import type { Track } from '../engine/scenario/schema';
import type { NodeView, RunContext } from '../engine/run/types';
import type { PlayMode, SessionLog } from '../engine/session/types';
import type { Beat } from '../engine/run/beat';
import type { PlayableScenario } from '../services/library-types';
import type { RunClaims } from '../services/run-claims';
import type { FinishedRun, FinishedTrack, RunStore, SavedRun } from '../services/run-store';
import type { Settings } from '../services/settings';
import type { CreateStage } from '../services/stage';
import type {
  DebriefReady,
  FacilitatorModule,
  KeptRuns,
  OpenRequest,
  TrackDebriefReady,
} from './loaders';
import type { Countdown, PlaySessionReport, ResumePoint } from './play-session';
import type { PastRun } from './past-runs';
import type { LiveReport } from './live';
import type { ParticipantConnection } from '../live/participant';
import type { ParticipantState } from '../live/protocol';
import type { Route } from './routes';
import type { TrackPass } from './track';
import type { PackageConfig } from '../lms/package-config';
import type { LmsLink } from './lms-link';

export interface ShellDeps {
  store: RunStore;
  /** Which tab plays which unfinished run (Web Locks in the browser). */
  claims: RunClaims;
  /** This tab's id, the owner of the runs it saves. */
  tabId: string;
  /** Persist and apply new settings (localStorage, sound, motion). */
  applySettings(settings: Settings): void;
  findTrack(trackId: string): Track | undefined;
  /** An LMS package: show the leader a problem with the LMS, once, in plain words. */
  showLmsProblem?(message: string): void;
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

/** A live room the participant has joined (src/shell/live.ts). */
export interface LiveRoomContext {
  connection: ParticipantConnection;
  state: ParticipantState;
  online: boolean;
  /** The room's run being played (a track issues one after another). */
  runIndex: number;
  /** A sentence for the participant (inputs refused, the room deleted); null when all is well. */
  notice: string | null;
  /** Room play: this device's ballot in the vote it was cast in (changeable while it is open). */
  ballot: { voteId: string; choiceId: string } | null;
}

export interface ShellContext {
  deps: ShellDeps;
  /** The address the page was opened at. */
  initialRoute: Route;
  settings: Settings;
  /** Unfinished runs (newest first) and what has been finished, for the title and the list. */
  kept: KeptRuns;
  /** The unfinished run the player is deciding about, resuming or taking over. */
  chosenSaved: SavedRun | null;
  /** What playing will do once the run is known to be free: resume the chosen run, or start. */
  intent: 'resume' | 'start';
  /** The player chose to take the run over from another tab. */
  takeOver: boolean;
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
  historyTracks: FinishedTrack[];
  /** The finished track picked in the history. */
  pastTrack: FinishedTrack | null;
  /** The past run picked in the history, then with what its debrief needs once loaded. */
  chosenRun: FinishedRun | null;
  pastRun: { run: FinishedRun; past: Extract<PastRun, { ok: true }> } | null;
  createStage: CreateStage | null;
  facilitator: FacilitatorModule | null;
  errorMessage: string | null;
  /** The name or alias the player gave for this run (travels in its log); "" for none. */
  alias: string;
  /** The LMS package this build is (its scenario or track only), or null: the whole game. */
  lmsPackage: PackageConfig | null;
  /** Inside a package, once booted: reports every run to the LMS. */
  lms: LmsLink | null;
  live: LiveRoomContext | null;
  /** Why the last join failed, for the join form. */
  joinProblem: string | null;
}

export type ShellEvent =
  | { type: 'ui.play' }
  /** Title: continue this unfinished run. */
  | { type: 'ui.continueRun'; key: string }
  /** Resume the unfinished run being decided about. */
  | { type: 'ui.resume' }
  /** Start the chosen scenario or track over (asks first), and the answer to that question. */
  | { type: 'ui.startOver' }
  | { type: 'ui.confirmStartOver' }
  /** Play here the run another tab holds. */
  | { type: 'ui.takeOver' }
  | { type: 'ui.openSettings' }
  | { type: 'ui.openHistory' }
  | { type: 'ui.openFacilitator' }
  | { type: 'ui.back' }
  | { type: 'ui.pickScenario'; scenarioId: string }
  | { type: 'ui.pickTrack'; trackId: string }
  | { type: 'ui.pickFile'; file: File }
  /** Start the run; `alias` is the name the player gave on the briefing ("" for none). */
  | { type: 'ui.start'; alias?: string }
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
  | { type: 'ui.openPastTrack'; index: number }
  | { type: 'ui.backToHistory' }
  /** Some settings changed (the rest stay as they are). */
  | { type: 'ui.changeSettings'; settings: Partial<Settings> }
  | { type: 'ui.exitFacilitator' }
  | { type: 'ui.joinRoom'; code: string; name: string }
  | { type: 'ui.nextLiveRun' }
  | { type: 'ui.leaveRoom' }
  /** Room play: this device's vote at the room's open decision. */
  | { type: 'ui.castVote'; voteId: string; choiceId: string }
  | LiveReport
  | { type: 'browser.navigated'; route: Route }
  | { type: 'app.failed'; message?: string }
  | PlaySessionReport;

export interface ShellInput {
  deps: ShellDeps;
  settings: Settings;
  /** The address the page was opened at (deep links such as #facilitator). */
  route: Route;
  /** `__LMS_PACKAGE__`: the game opens as that package (see lms-link.ts). */
  lmsPackage?: PackageConfig | null;
}

export const FALLBACK_ERROR =
  'The game hit an unexpected problem. Runs are saved after every decision, so you can resume from the title screen.';
/** When storage failed, nothing was saved: promise nothing. */
export const FALLBACK_ERROR_UNSAVED =
  'The game hit an unexpected problem. This browser is not keeping progress, so this run cannot be resumed.';

export const NOTHING_KEPT: KeptRuns = {
  unfinished: [],
  finishedScenarioIds: [],
  finishedTrackIds: [],
};

export function emptyContext(input: ShellInput): ShellContext {
  return {
    deps: input.deps,
    initialRoute: input.route,
    settings: input.settings,
    kept: NOTHING_KEPT,
    chosenSaved: null,
    intent: 'start',
    takeOver: false,
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
    historyTracks: [],
    pastTrack: null,
    chosenRun: null,
    pastRun: null,
    createStage: null,
    facilitator: null,
    errorMessage: null,
    alias: '',
    lmsPackage: input.lmsPackage ?? null,
    lms: null,
    live: null,
    joinProblem: null,
  };
}
