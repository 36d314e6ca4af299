/**
 * Resume from the LMS: the learner's progress (finished runs, the run under way and its active
 * play time) as compact text for `suspend_data` (SCORM) or a State document (cmi5), and back.
 * What comes back is replayed against the package's scenarios before the shell sees it, so a
 * changed course never resumes a run its scenario can no longer play.
 */
import type { Scenario } from '../engine/scenario/schema';
import type { SessionLog } from '../engine/session/types';
import { replay } from '../engine/session/replay';
import {
  decodeResumeState,
  encodeResumeState,
  type ResumeState,
} from '../engine/session/compact-log';
import type { PackageConfig } from './package-config';
import type { LmsResume, RunReport } from './types';

function sameRun(a: SessionLog | undefined, b: SessionLog): boolean {
  return !!a && a.scenarioId === b.scenarioId && a.seed === b.seed && a.startedAt === b.startedAt;
}

/** The state to keep after this report: an ended run joins the finished ones. */
export function resumeStateOf(report: RunReport, elapsedMs: number): ResumeState {
  const finished = [...(report.track?.finished ?? [])];
  const state: ResumeState = { finished };
  if (report.track) state.trackId = report.track.id;
  if (report.log.result) {
    if (!sameRun(finished[finished.length - 1], report.log)) finished.push(report.log);
  } else {
    state.current = { log: report.log, elapsedMs: Math.max(0, Math.round(elapsedMs)) };
  }
  return state;
}

export function encodeResume(state: ResumeState, scenarios: ReadonlyMap<string, Scenario>): string {
  return encodeResumeState(state, (id) => scenarios.get(id));
}

export type RestoredResume = { ok: true; resume: LmsResume } | { ok: false; message: string };

/** Why a log cannot be continued here, or null when it replays unchanged. */
function logProblem(
  log: SessionLog,
  expectedScenarioId: string | undefined,
  scenarios: ReadonlyMap<string, Scenario>,
  shouldHaveEnded: boolean,
): string | null {
  if (log.scenarioId !== expectedScenarioId)
    return `it holds a run of "${log.scenarioId}" out of place`;
  const scenario = scenarios.get(log.scenarioId);
  if (!scenario) return `scenario "${log.scenarioId}" is not in this course`;
  const replayed = replay(scenario, log);
  if (!replayed.ok) return replayed.message;
  if (!replayed.hashMatches) return `scenario "${log.scenarioId}" has changed`;
  if (replayed.ended !== shouldHaveEnded) return 'a run is not where it was saved';
  return null;
}

/** Reads the LMS's text back for this package: the logs replay, in the package's order. */
export function restoreResume(
  text: string,
  config: PackageConfig,
  scenarios: ReadonlyMap<string, Scenario>,
): RestoredResume {
  const decoded = decodeResumeState(text, (id) => scenarios.get(id));
  if (!decoded.ok) return decoded;
  const { state } = decoded;
  const expectedTrack = config.kind === 'track' ? config.id : undefined;
  if (state.trackId !== expectedTrack) {
    return { ok: false, message: 'The saved progress belongs to a different course.' };
  }
  const problems = state.finished.map((log, index) =>
    logProblem(log, config.scenarioIds[index], scenarios, true),
  );
  if (state.current) {
    const index = state.finished.length;
    problems.push(logProblem(state.current.log, config.scenarioIds[index], scenarios, false));
  }
  const problem = problems.find((found) => found !== null);
  if (problem) return { ok: false, message: `The saved progress cannot be restored: ${problem}.` };
  const resume: LmsResume = { logs: state.finished };
  if (state.current) resume.current = state.current;
  return { ok: true, resume };
}
