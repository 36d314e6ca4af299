/**
 * The SCORM side of the seam (1.2 and 2004 alike; the data model decides the elements): finds
 * and initialises the LMS, restores progress from suspend_data, writes each decision as an
 * interaction as soon as it is taken, completes the attempt with scores and objectives, and
 * exits cleanly. No call can stop play: failures become one plain sentence via onProblem.
 */
import type { Scenario } from '../../engine/scenario/schema';
import type { SessionLog } from '../../engine/session/types';
import type { Profile } from '../../engine/profile/types';
import { combineProfiles } from '../../engine/profile/combine';
import { DIMENSIONS, type Dimension } from '../../engine/scenario/schema';
import type { PackageConfig } from '../package-config';
import type { LmsConnection, LmsEnvironment, LmsStart, RunReport } from '../types';
import { createProblemReporter, PROBLEM } from '../problems';
import { decisionCount, decisionsOf, outcomeOf, type Outcome } from '../decisions';
import { encodeResume, restoreResume, resumeStateOf } from '../resume';
import { COMPETENCIES } from '../vocabulary';
import { findScormApi } from './find-api';
import { createScormDriver, type ScormCallFailure, type ScormDriver } from './driver';
import type { ScormDataModel, Values } from './data-model';
import { loadPackageScenarios } from '../package-scenarios';

const DONE_STATUSES = ['completed', 'passed', 'failed'];

function runKey(log: SessionLog): string {
  return `${log.scenarioId}\n${log.seed}\n${log.startedAt}`;
}

export function connectScorm(
  config: PackageConfig,
  model: ScormDataModel,
  env: LmsEnvironment,
): LmsConnection {
  const problems = createProblemReporter();
  const scenarios = new Map<string, Scenario>();
  let driver: ScormDriver | null = null;
  let finishedSession = false;
  let sessionStart = env.now();
  let masteryScore = config.masteryScore;
  let completed = false;
  let lastReport: RunReport | null = null;
  /** Next free cmi.interactions index, and how many decisions of each run are already there. */
  let nextInteraction = 0;
  const writtenDecisions = new Map<string, number>();

  let failures = 0;
  const onFailure = (failure: ScormCallFailure) => {
    // The first failure's details help an LMS administrator; the rest would only be noise.
    if (failures === 0) {
      console.warn(`LMS call failed: ${failure.call} → error ${failure.code} ${failure.text}`);
    }
    failures += 1;
    problems.report('notSaved', PROBLEM.notSaved);
  };
  const live = () => (driver && !finishedSession ? driver : null);
  const setAll = (values: Values) => {
    const api = live();
    if (api) for (const [element, value] of values) api.set(element, value);
  };

  function restore(api: ScormDriver): LmsStart['resume'] {
    const text = api.get(model.elements.suspendData);
    const interactionCount = Number(api.get('cmi.interactions._count'));
    if (text.trim() === '') {
      nextInteraction = Number.isInteger(interactionCount) ? interactionCount : 0;
      return undefined;
    }
    const restored = restoreResume(text, config, scenarios);
    if (!restored.ok) {
      problems.report('notResumed', PROBLEM.notResumed);
      nextInteraction = Number.isInteger(interactionCount) ? interactionCount : 0;
      return undefined;
    }
    const { resume } = restored;
    const finishedDecisions = resume.logs.reduce((sum, log) => sum + decisionCount(log.inputs), 0);
    const currentDecisions = resume.current ? decisionCount(resume.current.log.inputs) : 0;
    const known = finishedDecisions + currentDecisions;
    nextInteraction =
      Number.isInteger(interactionCount) && interactionCount > 0 ? interactionCount : known;
    for (const log of resume.logs) writtenDecisions.set(runKey(log), decisionCount(log.inputs));
    if (resume.current) {
      // Decisions the LMS already holds are not written twice; missing ones are written again.
      const held = Math.min(currentDecisions, Math.max(0, nextInteraction - finishedDecisions));
      writtenDecisions.set(runKey(resume.current.log), held);
    }
    return resume;
  }

  function saveProgress(report: RunReport, elapsedMs: number): void {
    const text = encodeResume(resumeStateOf(report, elapsedMs), scenarios);
    if (text.length > model.suspendLimit) {
      problems.report('tooLong', PROBLEM.tooLong);
      return;
    }
    setAll([
      [model.elements.suspendData, text],
      [model.elements.location, report.context.nodeId.slice(0, model.locationLimit)],
    ]);
  }

  function reportDecisions(report: RunReport): void {
    const key = runKey(report.log);
    const written = writtenDecisions.get(key) ?? 0;
    const decisions = decisionsOf(report.scenario, report.context);
    for (const record of decisions.slice(written)) {
      setAll(model.decision(nextInteraction, record, env.now()));
      nextInteraction += 1;
    }
    writtenDecisions.set(key, Math.max(written, decisions.length));
  }

  function objectiveIndex(api: ScormDriver, id: string): number {
    const count = Number(api.get('cmi.objectives._count')) || 0;
    for (let index = 0; index < count; index += 1) {
      if (api.get(`cmi.objectives.${index}.id`) === id) return index;
    }
    return count;
  }

  function complete(competencies: Record<Dimension, number | null>): void {
    const api = live();
    if (!api) return;
    const outcome: Outcome = outcomeOf(competencies, masteryScore);
    for (const dimension of DIMENSIONS) {
      const id = COMPETENCIES.find((c) => c.dimension === dimension)?.id ?? dimension;
      setAll(model.objective(objectiveIndex(api, id), dimension, outcome, masteryScore));
    }
    setAll(model.result(outcome));
    completed = true;
    api.commit();
  }

  return {
    async start() {
      try {
        const api = findScormApi(env.window, model.apiName);
        if (!api) {
          problems.report('noLms', PROBLEM.noLms);
          return { status: 'no-lms', message: PROBLEM.noLms };
        }
        driver = createScormDriver(api, model.version, onFailure);
        if (!driver.initialize()) {
          driver = null;
          problems.report('notStarted', PROBLEM.notStarted);
          return { status: 'failed', message: PROBLEM.notStarted };
        }
        sessionStart = env.now();
        const learnerName = driver.get(model.elements.learnerName);
        masteryScore =
          model.readMastery(driver.get(model.elements.masteryScore)) ?? config.masteryScore;
        const completion = driver.get(model.elements.completion);
        completed = DONE_STATUSES.includes(completion);
        setAll(model.startAttempt(completion));
        driver.commit();
        await loadPackageScenarios(config.scenarioIds, (id) => env.loadScenario(id), scenarios);
        const resume = restore(driver);
        return {
          status: 'connected',
          ...(learnerName ? { learnerName } : {}),
          ...(resume ? { resume } : {}),
        };
      } catch {
        driver = null;
        problems.report('notStarted', PROBLEM.notStarted);
        return { status: 'failed', message: PROBLEM.notStarted };
      }
    },
    inputAccepted(report, elapsedMs) {
      const api = live();
      if (!api) return;
      lastReport = report;
      saveProgress(report, elapsedMs);
      reportDecisions(report);
      api.commit();
    },
    runEnded(report, profile: Profile) {
      const api = live();
      if (!api) return;
      lastReport = report;
      reportDecisions(report);
      saveProgress(report, 0);
      if (config.kind === 'scenario') {
        complete(
          Object.fromEntries(
            DIMENSIONS.map((d) => [d, profile.dimensions[d].normalised]),
          ) as Record<Dimension, number | null>,
        );
        return;
      }
      const finished = resumeStateOf(report, 0).finished.length;
      setAll(model.progress(finished / config.scenarioIds.length));
      api.commit();
    },
    trackEnded(profiles) {
      complete(combineProfiles(profiles).dimensions);
    },
    suspend(elapsedMs) {
      const api = live();
      if (!api || !lastReport || lastReport.log.result) return;
      saveProgress(lastReport, elapsedMs);
      api.commit();
    },
    exit(elapsedMs) {
      const api = live();
      if (!api) return;
      if (elapsedMs !== undefined && lastReport && !lastReport.log.result) {
        saveProgress(lastReport, elapsedMs);
      }
      setAll(model.exit(completed, env.now() - sessionStart));
      api.commit();
      api.finish();
      finishedSession = true;
    },
    onProblem: (listener) => problems.onProblem(listener),
  };
}
