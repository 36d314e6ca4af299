/** The seam between the app shell and the LMS adapter (documented in ./index.ts). */
import type { Scenario } from '../engine/scenario/schema';
import type { SessionLog } from '../engine/session/types';
import type { RunContext } from '../engine/run/types';
import type { Profile } from '../engine/profile/types';

/** What the shell gives every reporter of a run (autosave, LMS, live room). */
export interface RunReport {
  scenario: Scenario;
  /** The inputs so far (with `result` once the run has ended). */
  log: SessionLog;
  /** The run after the latest input. */
  context: RunContext;
  /** When the package is a track: where in it the player is and the runs finished so far. */
  track?: { id: string; index: number; finished: SessionLog[] };
}

/** Where the learner was when the LMS last heard from this course. */
export interface LmsResume {
  /** Runs finished so far, in order (a track's finished scenarios; a scenario's one run). */
  logs: SessionLog[];
  /** The run under way, and the ms of active play when it was saved. */
  current?: { log: SessionLog; elapsedMs: number };
}

export interface LmsStart {
  status: 'connected' | 'no-lms' | 'failed';
  /** Plain words for the learner when not connected (also sent to onProblem). */
  message?: string;
  /** The learner's name as the LMS knows it ("Last, First" in SCORM 1.2 LMSs). */
  learnerName?: string;
  /** Progress kept by the LMS, already replayed against this package's scenarios. */
  resume?: LmsResume;
}

export interface LmsConnection {
  /**
   * Finds the LMS (SCORM 1.2 `API`, SCORM 2004 `API_1484_11`, searching parents and opener the
   * standard way) or reads the cmi5 launch parameters; initialises; never throws.
   */
  start(): Promise<LmsStart>;
  /** After every accepted input: saves progress for resume and reports new decisions. */
  inputAccepted(report: RunReport, elapsedMs: number): void;
  /** A run reached its ending. A scenario package completes here; a track waits for trackEnded. */
  runEnded(report: RunReport, profile: Profile): void;
  /** The last scenario of a track ended: completes the package from all its profiles. */
  trackEnded(profiles: Profile[]): void;
  /** The page was hidden: save the run with this much active play, so resume keeps the time left. */
  suspend(elapsedMs: number): void;
  /** Clean exit (on `pagehide`): session time, exit mode, last save, terminate. Safe to call twice. */
  exit(elapsedMs?: number): void;
  /** Problems to show once, in plain words (no LMS, call errors, LRS refusing…). */
  onProblem(listener: (message: string) => void): void;
}

/** What the adapter needs from the page; tests pass their own. */
export interface LmsEnvironment {
  window: Window;
  /** Wall-clock ms (Date.now). */
  now(): number;
  /** The package's scenarios, to check and restore saved progress (the shell's loader). */
  loadScenario(id: string): Promise<Scenario | undefined> | Scenario | undefined;
}
