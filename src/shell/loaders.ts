/**
 * Everything the shell waits for, as invoked `fromPromise` actors: when the player moves on
 * before one resolves, the shell has left the state that invoked it and the result is dropped,
 * so a slow load can never pop a screen up after the fact.
 */
import { fromPromise } from 'xstate';
import type { Track } from '../engine/scenario/schema';
import type { RunContext } from '../engine/run/types';
import type { SessionLog } from '../engine/session/types';
import type { Profile } from '../engine/profile/types';
import { buildProfile } from '../engine/profile/build-profile';
import { profileOfLog } from '../engine/profile/profile-of-log';
import { loadLibraryScenario } from '../services/library';
import type { PlayableScenario } from '../services/library-types';
import { checkOwnScenarioFile, formatProblem } from '../services/own-file';
import type { RunClaims } from '../services/run-claims';
import type { FinishedRun, FinishedTrack, RunStore, SavedRun } from '../services/run-store';
import { preloadStage } from '../game/load';
import type { CreateStage } from '../services/stage';
import type { DebriefInput, TrackDebriefInput } from '../ui/debrief/index';
import { reopenSavedRun, type ReopenedRun } from './saved-run';
import { loadPastRun, type PastRun } from './past-runs';
import type { TrackStepDone } from './track';

/** What the player asked to open: a library scenario or a file of their own. */
export type OpenRequest = { kind: 'library'; scenarioId: string } | { kind: 'file'; file: File };

export type Opened = { playable: PlayableScenario } | { problems: string[] };

async function openScenario(request: OpenRequest): Promise<Opened> {
  if (request.kind === 'library') {
    const found = await loadLibraryScenario(request.scenarioId);
    if (found) return { playable: found };
    return { problems: [`${request.scenarioId}: the scenario is missing from this build.`] };
  }
  const text = await request.file.text();
  const checked = await checkOwnScenarioFile(request.file.name, text);
  return 'playable' in checked ? checked : { problems: checked.problems.map(formatProblem) };
}

export interface DebriefReady {
  render: (root: HTMLElement, input: DebriefInput) => void;
  input: DebriefInput;
}

function sameRun(a: SessionLog, b: SessionLog): boolean {
  return a.startedAt === b.startedAt && a.seed === b.seed && a.inputs.length === b.inputs.length;
}

/** Earlier finished runs of this scenario that still replay against it, oldest first. */
function earlierProfiles(
  { scenario, scoring }: PlayableScenario,
  finished: FinishedRun[],
  current: SessionLog,
): Array<{ log: SessionLog; profile: Profile }> {
  return finished.flatMap((run) => {
    if (sameRun(run.log, current)) return [];
    const replayed = profileOfLog(scenario, scoring, run.log);
    if (!replayed.ok || !replayed.profile || !replayed.hashMatches) return [];
    return [{ log: run.log, profile: replayed.profile }];
  });
}

export interface DebriefRequest {
  playable: PlayableScenario;
  log: SessionLog;
  context: RunContext;
  /** Earlier finished runs to compare with; by default every earlier run of the scenario. */
  earlier?: FinishedRun[];
  store: RunStore;
}

async function prepareDebrief(request: DebriefRequest): Promise<DebriefReady> {
  const { playable, log, context } = request;
  const [{ renderDebrief }, finished] = await Promise.all([
    import('../ui/debrief/index'),
    request.earlier ?? request.store.finishedRuns(playable.scenario.id),
  ]);
  const { scenario, scoring } = playable;
  const profile = buildProfile(scenario, scoring, context);
  const earlier = earlierProfiles(playable, finished, log);
  return { render: renderDebrief, input: { scenario, scoring, profile, log, earlier } };
}

export interface TrackDebriefReady {
  render: (root: HTMLElement, input: TrackDebriefInput) => void;
  input: TrackDebriefInput;
}

/** A track's finished parts with their profiles (parts that no longer replay are left out). */
export async function trackParts(
  finished: TrackStepDone[],
  load: (id: string) => Promise<PlayableScenario | null> = loadLibraryScenario,
): Promise<TrackDebriefInput['parts']> {
  const parts: TrackDebriefInput['parts'] = [];
  for (const step of finished) {
    const playable = await load(step.scenarioId);
    if (!playable) continue;
    const replayed = profileOfLog(playable.scenario, playable.scoring, step.log);
    if (!replayed.ok || !replayed.profile) continue;
    parts.push({ ...playable, log: step.log, profile: replayed.profile });
  }
  return parts;
}

async function prepareTrackDebrief(request: {
  track: Track;
  finished: TrackStepDone[];
}): Promise<TrackDebriefReady> {
  const [{ renderTrackDebrief }, parts] = await Promise.all([
    import('../ui/debrief/index'),
    trackParts(request.finished),
  ]);
  return { render: renderTrackDebrief, input: { track: request.track, parts } };
}

/** What the title and the list show about this device's runs. */
export interface KeptRuns {
  /** Newest first. */
  unfinished: SavedRun[];
  finishedScenarioIds: string[];
  finishedTrackIds: string[];
}

async function loadKept(store: RunStore): Promise<KeptRuns> {
  const [unfinished, runs, tracks] = await Promise.all([
    store.unfinishedRuns(),
    store.allFinishedRuns(),
    store.allFinishedTracks(),
  ]);
  return {
    unfinished,
    finishedScenarioIds: [...new Set(runs.map((run) => run.scenarioId))],
    finishedTrackIds: [...new Set(tracks.map((done) => done.track.id))],
  };
}

export interface PastRuns {
  runs: FinishedRun[];
  tracks: FinishedTrack[];
}

export interface FacilitatorModule {
  renderFacilitator(root: HTMLElement, deps: { navigateHome: () => void }): () => void;
}

/** The shell's loaders by name; tests replace them with `machine.provide({ actors })`. */
export const loaders = {
  loadKept: fromPromise<KeptRuns, { store: RunStore }>(({ input }) => loadKept(input.store)),
  /** Whether another tab is playing the run kept under this key right now. */
  checkClaim: fromPromise<boolean, { claims: RunClaims; key: string }>(({ input }) =>
    input.claims.heldElsewhere(input.key),
  ),
  openScenario: fromPromise<Opened, OpenRequest>(({ input }) => openScenario(input)),
  reopenSavedRun: fromPromise<ReopenedRun, { saved: SavedRun }>(({ input }) =>
    reopenSavedRun(input.saved),
  ),
  loadHistory: fromPromise<PastRuns, { store: RunStore }>(async ({ input }) => {
    const [runs, tracks] = await Promise.all([
      input.store.allFinishedRuns(),
      input.store.allFinishedTracks(),
    ]);
    return { runs, tracks };
  }),
  loadPastRun: fromPromise<PastRun, { run: FinishedRun; all: FinishedRun[] }>(({ input }) =>
    loadPastRun(input.run, input.all),
  ),
  prepareDebrief: fromPromise<DebriefReady, DebriefRequest>(({ input }) => prepareDebrief(input)),
  prepareTrackDebrief: fromPromise<TrackDebriefReady, { track: Track; finished: TrackStepDone[] }>(
    ({ input }) => prepareTrackDebrief(input),
  ),
  loadStage: fromPromise<CreateStage | null>(() => preloadStage()),
  loadFacilitator: fromPromise<FacilitatorModule>(() => import('../facilitator/index')),
};
