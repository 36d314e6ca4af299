/**
 * The shell's side of an LMS package (a build with `__LMS_PACKAGE__` set): at boot it loads the
 * adapter (src/lms, only inside a package), connects to the LMS and decides where the leader
 * starts: where the LMS says they were (its suspend data), else the package's scenario or track
 * briefing. Each run then gets an observer that reports to the LMS; the page's `pagehide`
 * calls `exit`. Without an LMS, or when it fails, the leader plays on: the adapter says so once.
 */
import { fromPromise } from 'xstate';
import type { SessionLog } from '../engine/session/types';
import type { RunContext } from '../engine/run/types';
import type { Track } from '../engine/scenario/schema';
import type { Profile } from '../engine/profile/types';
import { buildProfile } from '../engine/profile/build-profile';
import { profileOfLog } from '../engine/profile/profile-of-log';
import type { LmsConnection, LmsOptions, LmsResume, PackageConfig, RunReport } from '../lms/index';
import { PROBLEM } from '../lms/problems';
import { loadLibraryScenario } from '../services/library';
import type { PlayableScenario } from '../services/library-types';
import { trackParts, type OpenRequest } from './loaders';
import type { ResumePoint, RunObserver } from './play-session';
import { trackScenarioId, type TrackPass } from './track';

/** The connection as the shell holds it. */
export interface LmsLink {
  /** Reports the run on screen (a part of the track, when `track` is set). */
  observe(playable: PlayableScenario, track: TrackPass | null): RunObserver;
  /** The page is closing: save the run's time, end the LMS session. Safe to call twice. */
  exit(): void;
}

/** Where a package opens. */
export type PackageEntry =
  | { kind: 'briefing'; request: OpenRequest; track: TrackPass | null }
  | { kind: 'playing'; playable: PlayableScenario; resume: ResumePoint; track: TrackPass | null }
  | {
      kind: 'ended';
      playable: PlayableScenario;
      finished: { log: SessionLog; context: RunContext };
    }
  | { kind: 'trackEnded'; track: TrackPass };

export interface PackageBoot {
  /** Null when the adapter could not even load (the leader was told). */
  link: LmsLink | null;
  entry: PackageEntry;
}

export interface PackageDeps {
  findTrack(trackId: string): Track | undefined;
  /** Plain words for the leader, once per problem (no LMS, a refused call, …). */
  showProblem(message: string): void;
  loadScenario?: ScenarioLoader;
}

type ScenarioLoader = (id: string) => Promise<PlayableScenario | null>;

export type ConnectAdapter = (config: PackageConfig, options: LmsOptions) => Promise<LmsConnection>;

/** The adapter, imported only inside a package: the test on the constant lets the ordinary build drop it. */
const importAdapter: ConnectAdapter = async (config, options) => {
  if (__LMS_PACKAGE__ !== null) {
    const { connectLms } = await import('../lms/index');
    return connectLms(config, options);
  }
  throw new Error('not an LMS package');
};

function trackReport(pass: TrackPass): NonNullable<RunReport['track']> {
  return { id: pass.track.id, index: pass.index, finished: pass.finished.map((step) => step.log) };
}

/** The run's end: its result, then (a track's last part) the track's, then a clean exit. */
async function reportEnd(
  connection: LmsConnection,
  report: RunReport,
  profile: Profile,
  track: TrackPass | null,
  config: PackageConfig,
  load: ScenarioLoader,
): Promise<void> {
  connection.runEnded(report, profile);
  if (track) {
    if (track.finished.length + 1 < config.scenarioIds.length) return;
    const earlier = await trackParts(track.finished, load);
    const profiles = earlier.flatMap((part) => (part.profile ? [part.profile] : []));
    connection.trackEnded([...profiles, profile]);
  }
  connection.exit();
}

export function createLmsLink(
  config: PackageConfig,
  connection: LmsConnection,
  load: ScenarioLoader = loadLibraryScenario,
): LmsLink {
  let elapsedNow: (() => number) | null = null;
  return {
    observe({ scenario, scoring }, track) {
      const reportOf = (log: SessionLog, context: RunContext): RunReport => ({
        scenario,
        log,
        context,
        ...(track ? { track: trackReport(track) } : {}),
      });
      return {
        opened: (elapsed) => (elapsedNow = elapsed),
        stepped: (log, context, elapsedMs) =>
          connection.inputAccepted(reportOf(log, context), elapsedMs),
        paused: (elapsedMs) => connection.suspend(elapsedMs),
        ended(log, context) {
          elapsedNow = null;
          const profile = buildProfile(scenario, scoring, context);
          const report = reportOf(log, context);
          reportEnd(connection, report, profile, track, config, load).catch(() => {
            connection.exit(); // a part that no longer loads: the scenario's result is in
          });
        },
        left: () => (elapsedNow = null),
      };
    },
    exit: () => connection.exit(elapsedNow?.()),
  };
}

/** Where the package opens, from what the LMS kept (already replayed by the adapter). */
export async function packageEntry(
  config: PackageConfig,
  resume: LmsResume | undefined,
  deps: PackageDeps,
): Promise<PackageEntry> {
  const load = deps.loadScenario ?? loadLibraryScenario;
  const track = config.kind === 'track' ? deps.findTrack(config.id) : undefined;
  const logs = resume?.logs ?? [];
  const pass: TrackPass | null = track
    ? {
        track,
        index: Math.min(logs.length, track.scenarios.length - 1),
        finished: logs.map((log) => ({ scenarioId: log.scenarioId, log })),
      }
    : null;
  const current = resume?.current;
  const playable = current && (await load(current.log.scenarioId));
  if (current && playable) {
    return { kind: 'playing', playable, resume: current, track: pass };
  }
  if (pass && logs.length >= pass.track.scenarios.length)
    return { kind: 'trackEnded', track: pass };
  const last = logs[logs.length - 1];
  const ended = !pass && last ? await endedRun(last, load) : null;
  if (ended) return ended;
  const scenarioId = (pass ? trackScenarioId(pass) : undefined) ?? config.scenarioIds[0] ?? '';
  return { kind: 'briefing', request: { kind: 'library', scenarioId }, track: pass };
}

/** A scenario package the leader already finished: its end screen again. */
async function endedRun(log: SessionLog, load: ScenarioLoader): Promise<PackageEntry | null> {
  const playable = await load(log.scenarioId);
  if (!playable) return null;
  const replayed = profileOfLog(playable.scenario, playable.scoring, log);
  if (!replayed.ok || !replayed.ended) return null;
  return { kind: 'ended', playable, finished: { log, context: replayed.final } };
}

/** Connects to the LMS and finds where to open; never rejects (play goes on without an LMS). */
export async function bootPackage(
  config: PackageConfig,
  deps: PackageDeps,
  connect: ConnectAdapter = importAdapter,
): Promise<PackageBoot> {
  const load = deps.loadScenario ?? loadLibraryScenario;
  let link: LmsLink | null = null;
  let resume: LmsResume | undefined;
  try {
    const connection = await connect(config, {
      loadScenario: async (id) => (await load(id))?.scenario,
    });
    connection.onProblem(deps.showProblem);
    const started = await connection.start();
    link = createLmsLink(config, connection, load);
    resume = started.resume;
  } catch {
    deps.showProblem(PROBLEM.notStarted);
  }
  return { link, entry: await packageEntry(config, resume, deps) };
}

/** `bootPackage` as the shell's invoked actor. */
export const bootPackageActor = fromPromise<
  PackageBoot,
  { config: PackageConfig; deps: PackageDeps }
>(({ input }) => bootPackage(input.config, input.deps));
