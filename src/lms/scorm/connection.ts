/**
 * The SCORM side of the seam (1.2 and 2004 alike; the data model decides the elements): finds
 * and initialises the LMS, then hands every call to the attempt (attempt.ts). No call can stop
 * play: failures become one plain sentence via onProblem.
 */
import type { Scenario } from '../../engine/scenario/schema';
import type { PackageConfig } from '../package-config';
import type { LmsConnection, LmsEnvironment, LmsStart } from '../types';
import { createProblemReporter, PROBLEM, type ProblemReporter } from '../problems';
import { attemptConnection, startConnected, startFailure, type AttemptContext } from '../attempt';
import { loadPackageScenarios } from '../package-scenarios';
import { findScormApi } from './find-api';
import { createScormDriver, type ScormCallFailure } from './driver';
import type { ScormDataModel } from './data-model';
import { ScormAttempt } from './attempt';

/** Every failed call tells the learner once; the console gets the first one's details. */
function reportCallFailures(problems: ProblemReporter): (failure: ScormCallFailure) => void {
  let failures = 0;
  return (failure) => {
    // The first failure's details help an LMS administrator; the rest would only be noise.
    if (failures === 0) {
      console.warn(`LMS call failed: ${failure.call} → error ${failure.code} ${failure.text}`);
    }
    failures += 1;
    problems.report('notSaved', PROBLEM.notSaved);
  };
}

export function connectScorm(
  config: PackageConfig,
  model: ScormDataModel,
  env: LmsEnvironment,
): LmsConnection {
  const problems = createProblemReporter();
  const context: AttemptContext = { config, env, problems, scenarios: new Map<string, Scenario>() };
  const onFailure = reportCallFailures(problems);
  let attempt: ScormAttempt | null = null;

  async function start(): Promise<LmsStart> {
    try {
      const api = findScormApi(env.window, model.apiName);
      if (!api) return startFailure(problems, 'noLms');
      const driver = createScormDriver(api, model.version, onFailure);
      if (!driver.initialize()) {
        attempt = null;
        return startFailure(problems, 'notStarted');
      }
      attempt = new ScormAttempt(driver, model, context);
      const learnerName = attempt.begin();
      await loadPackageScenarios(
        config.scenarioIds,
        (id) => env.loadScenario(id),
        context.scenarios,
      );
      const resume = attempt.restore();
      return startConnected(learnerName || undefined, resume);
    } catch {
      attempt = null;
      return startFailure(problems, 'notStarted');
    }
  }

  return attemptConnection(start, () => (attempt && !attempt.finished ? attempt : null), problems);
}
