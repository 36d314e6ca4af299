/**
 * What the SCORM and cmi5 connections share: an attempt exists from a successful start until
 * the session ends, every call of the shell goes to the live attempt or nowhere (so nothing an
 * LMS does can stop play), and a start that finds no LMS says so once in plain words.
 */
import type { Dimension, Scenario } from '../engine/scenario/schema';
import type { Profile } from '../engine/profile/types';
import { combineProfiles } from '../engine/profile/combine';
import type { PackageConfig } from './package-config';
import type { LmsConnection, LmsEnvironment, LmsResume, LmsStart, RunReport } from './types';
import { PROBLEM, type ProblemReporter } from './problems';

/** What every attempt of one connection works with. */
export interface AttemptContext {
  config: PackageConfig;
  env: LmsEnvironment;
  problems: ProblemReporter;
  /** The package's scenarios, filled while starting (see package-scenarios.ts). */
  scenarios: Map<string, Scenario>;
}

/** One started session with the LMS, as the connection drives it. */
export interface LiveAttempt {
  inputAccepted(report: RunReport, elapsedMs: number): void;
  runEnded(report: RunReport, profile: Profile): void;
  /** The package is done: its result from these 0–100 scores per competency. */
  complete(competencies: Record<Dimension, number | null>): void;
  suspend(elapsedMs: number): void;
  exit(elapsedMs?: number): void;
}

/** The connection over `start` and whichever attempt is live (none before start or after exit). */
export function attemptConnection(
  start: () => Promise<LmsStart>,
  live: () => LiveAttempt | null,
  problems: ProblemReporter,
): LmsConnection {
  return {
    start,
    inputAccepted: (report, elapsedMs) => live()?.inputAccepted(report, elapsedMs),
    runEnded: (report, profile) => live()?.runEnded(report, profile),
    trackEnded(profiles) {
      const { dimensions } = combineProfiles(profiles);
      live()?.complete(dimensions);
    },
    suspend: (elapsedMs) => live()?.suspend(elapsedMs),
    exit: (elapsedMs) => live()?.exit(elapsedMs),
    onProblem: (listener) => problems.onProblem(listener),
  };
}

/** The start's answer when nothing will be recorded: no LMS found, or it would not start. */
export function startFailure(problems: ProblemReporter, kind: 'noLms' | 'notStarted'): LmsStart {
  problems.report(kind, PROBLEM[kind]);
  return { status: kind === 'noLms' ? 'no-lms' : 'failed', message: PROBLEM[kind] };
}

export function startConnected(learnerName: string | undefined, resume?: LmsResume): LmsStart {
  return {
    status: 'connected',
    ...(learnerName !== undefined ? { learnerName } : {}),
    ...(resume ? { resume } : {}),
  };
}
