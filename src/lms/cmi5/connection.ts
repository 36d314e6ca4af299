/**
 * The cmi5 side of the seam, on @xapi/cmi5: it reads the launch parameters, fetches the auth
 * token and LMS.LaunchData, then hands every call to the attempt (attempt.ts), which builds the
 * cmi5 defined statements (initialized, completed, passed/failed, terminated) and one statement
 * per choice. Every statement goes through one StatementQueue (session.ts), so order holds and
 * an unreachable LRS only delays them. Resume text and which defined statements this
 * registration has had live in one State document (progress.ts), because cmi5 has no
 * suspend_data.
 */
import type { Scenario } from '../../engine/scenario/schema';
import type { PackageConfig } from '../package-config';
import type { LmsConnection, LmsEnvironment, LmsStart } from '../types';
import { createProblemReporter } from '../problems';
import { attemptConnection, startConnected, startFailure, type AttemptContext } from '../attempt';
import { loadPackageScenarios } from '../package-scenarios';
import { readLaunchParameters } from './launch';
import { openSession } from './session';
import { Cmi5Attempt } from './attempt';

export function connectCmi5(config: PackageConfig, env: LmsEnvironment): LmsConnection {
  const problems = createProblemReporter();
  const context: AttemptContext = { config, env, problems, scenarios: new Map<string, Scenario>() };
  let attempt: Cmi5Attempt | null = null;

  async function start(): Promise<LmsStart> {
    const params = readLaunchParameters(env.window.location.search);
    if (!params) return startFailure(problems, 'noLms');
    try {
      attempt = new Cmi5Attempt(openSession(params, problems, env.window), context);
      await attempt.session.cmi5.initialize();
    } catch {
      attempt = null;
      return startFailure(problems, 'notStarted');
    }
    const { session } = attempt;
    attempt.applyLaunchData();
    env.window.addEventListener('online', () => session.queue.retryNow());
    await loadPackageScenarios(config.scenarioIds, (id) => env.loadScenario(id), context.scenarios);
    const resume = await attempt.restore();
    const learnerName = (params.actor as { name?: unknown }).name;
    return startConnected(typeof learnerName === 'string' ? learnerName : undefined, resume);
  }

  return attemptConnection(
    start,
    () => (attempt && !attempt.terminated ? attempt : null),
    problems,
  );
}
