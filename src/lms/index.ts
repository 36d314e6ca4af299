/**
 * The LMS adapter: the game as a SCORM 1.2, SCORM 2004 (4th edition) or cmi5 package.
 * Loaded only inside a package (see package-config.ts for the build-time constant), by the shell:
 *
 *   if (__LMS_PACKAGE__ !== null) {
 *     const { connectLms } = await import('../lms');
 *     const lms = connectLms(__LMS_PACKAGE__, { loadScenario: (id) => …the catalogue's loader… });
 *     lms.onProblem((message) => banner.show(message));       // once per problem, plain words
 *     const started = await lms.start();                        // never throws
 *     // started.resume: { logs, current? } — already replayed against this package's scenarios:
 *     //   logs = runs finished (a track's finished scenarios), current = run under way + elapsedMs.
 *     // Prefer it to the browser's own autosave: the learner may be on another computer.
 *   }
 *   // then, for the run on screen (RunReport: scenario, log, context, track?):
 *   lms.inputAccepted(report, elapsedMs);   // after every accepted input (timeouts included)
 *   lms.runEnded(report, profile);          // at the ending (before the debrief)
 *   lms.trackEnded(profiles);               // a track package: after its last scenario
 *   lms.suspend(elapsedMs);                 // page hidden (visibilitychange): keep the time left
 *   lms.exit(elapsedMs);                    // pagehide: session time, exit mode, terminate
 *
 * What each standard receives is in docs/lms.md. Failure is never fatal: without an LMS, with
 * an LMS call that errors or an LRS that refuses or cannot be reached, every method still
 * returns normally, play goes on, and the problem is reported once through onProblem.
 */
import type { PackageConfig } from './package-config';
import type { LmsConnection, LmsEnvironment } from './types';
import { connectScorm } from './scorm/connection';
import { SCORM12, SCORM2004 } from './scorm/data-model';
import { connectCmi5 } from './cmi5/connection';

export type { PackageConfig, LmsStandard } from './package-config';
export type { LmsConnection, LmsEnvironment, LmsResume, LmsStart, RunReport } from './types';

export type LmsOptions = Pick<LmsEnvironment, 'loadScenario'> & Partial<LmsEnvironment>;

export function connectLms(config: PackageConfig, options: LmsOptions): LmsConnection {
  const env: LmsEnvironment = {
    window: options.window ?? window,
    now: options.now ?? (() => Date.now()),
    loadScenario: options.loadScenario,
  };
  if (config.standard === 'scorm12') return connectScorm(config, SCORM12, env);
  if (config.standard === 'scorm2004') return connectScorm(config, SCORM2004, env);
  return connectCmi5(config, env);
}
