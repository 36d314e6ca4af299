/**
 * The cmi5 side of the seam, on @xapi/cmi5: it reads the launch parameters, fetches the auth
 * token and LMS.LaunchData, and builds the cmi5 defined statements (initialized, completed,
 * passed/failed, terminated). Every statement, the library's and the one per choice, goes
 * through one StatementQueue, so order holds and an unreachable LRS only delays them.
 * Resume text and which defined statements this registration has had live in one State
 * document (vocabulary.ts: RESUME_STATE_ID), because cmi5 has no suspend_data.
 */
import Cmi5 from '@xapi/cmi5';
import type { Dimension, Scenario } from '../../engine/scenario/schema';
import type { SessionLog } from '../../engine/session/types';
import { DIMENSIONS } from '../../engine/scenario/schema';
import { combineProfiles } from '../../engine/profile/combine';
import type { PackageConfig } from '../package-config';
import type { LmsConnection, LmsEnvironment, LmsResume, RunReport } from '../types';
import { createProblemReporter, PROBLEM } from '../problems';
import { decisionCount, decisionsOf, outcomeOf } from '../decisions';
import { encodeResume, restoreResume, resumeStateOf } from '../resume';
import { RESUME_STATE_ID } from '../vocabulary';
import { choiceStatement, type StatementBase, type XapiStatement } from './statements';
import { StatementQueue } from './queue';
import { readLaunchParameters, stateUrl, type LaunchParameters } from './launch';
import { loadPackageScenarios } from '../package-scenarios';

interface Reported {
  completed: boolean;
  passed: boolean;
  failed: boolean;
}

interface ProgressDocument {
  resume?: string;
  reported?: Partial<Reported>;
}

type Session = { cmi5: Cmi5; queue: StatementQueue; base: StatementBase; params: LaunchParameters };

function runKey(log: SessionLog): string {
  return `${log.scenarioId}\n${log.seed}\n${log.startedAt}`;
}

export function connectCmi5(config: PackageConfig, env: LmsEnvironment): LmsConnection {
  const problems = createProblemReporter();
  const scenarios = new Map<string, Scenario>();
  let session: Session | null = null;
  let terminated = false;
  let normalMode = true;
  let masteryScore = config.masteryScore;
  const reported: Reported = { completed: false, passed: false, failed: false };
  let lastReport: RunReport | null = null;
  /** Decisions already sent, per run (scenario, seed, start time). */
  const sentDecisions = new Map<string, number>();
  let resumeText = '';
  let documentDirty = false;
  let documentWriting = false;

  const live = () => (session && !terminated ? session : null);
  const progressDocument = (): ProgressDocument => ({
    resume: resumeText,
    reported: { ...reported },
  });

  async function writeDocument(): Promise<void> {
    const current = live();
    if (!current || documentWriting) return;
    documentWriting = true;
    try {
      while (documentDirty) {
        documentDirty = false;
        await current.cmi5.xapi?.setState({
          agent: current.params.actor,
          activityId: current.params.activityId,
          registration: current.params.registration,
          stateId: RESUME_STATE_ID,
          state: progressDocument() as never,
        });
      }
    } catch {
      documentDirty = true; // written again with the next save or on exit
      problems.report('lrsUnreachable', PROBLEM.lrsUnreachable);
    } finally {
      documentWriting = false;
    }
  }

  function saveProgress(report: RunReport, elapsedMs: number): void {
    resumeText = encodeResume(resumeStateOf(report, elapsedMs), scenarios);
    documentDirty = true;
    void writeDocument();
  }

  function sendDecisions(current: Session, report: RunReport): void {
    const key = runKey(report.log);
    const sent = sentDecisions.get(key) ?? 0;
    const decisions = decisionsOf(report.scenario, report.context);
    for (const record of decisions.slice(sent)) {
      const timestamp = new Date(env.now()).toISOString();
      current.queue.push(choiceStatement(current.base, record, timestamp));
    }
    sentDecisions.set(key, Math.max(sent, decisions.length));
  }

  /** Defined statements in the order the spec allows: passed/failed, then completed. */
  function complete(competencies: Record<Dimension, number | null>): void {
    const current = live();
    if (!current || !normalMode) return;
    const outcome = outcomeOf(competencies, masteryScore);
    const score =
      outcome.overall === null
        ? undefined
        : { scaled: outcome.overall / 100, raw: outcome.overall, min: 0, max: 100 };
    try {
      if (outcome.passed === true && !reported.passed) {
        void current.cmi5.pass(score);
        reported.passed = true;
      } else if (outcome.passed === false && !reported.passed && !reported.failed) {
        void current.cmi5.fail(score);
        reported.failed = true;
      }
      if (!reported.completed) {
        void current.cmi5.complete();
        reported.completed = true;
      }
    } catch {
      problems.report('notSaved', PROBLEM.notSaved);
    }
    documentDirty = true;
    void writeDocument();
  }

  async function readProgress(current: Session): Promise<ProgressDocument> {
    try {
      const response = await current.cmi5.xapi?.getState({
        agent: current.params.actor,
        activityId: current.params.activityId,
        registration: current.params.registration,
        stateId: RESUME_STATE_ID,
      });
      const data = response?.data as unknown;
      return data && typeof data === 'object' ? (data as ProgressDocument) : {};
    } catch {
      return {}; // 404: nothing saved yet
    }
  }

  function restore(document: ProgressDocument): LmsResume | undefined {
    Object.assign(reported, document.reported ?? {});
    resumeText = typeof document.resume === 'string' ? document.resume : '';
    if (resumeText === '') return undefined;
    const restored = restoreResume(resumeText, config, scenarios);
    if (!restored.ok) {
      problems.report('notResumed', PROBLEM.notResumed);
      return undefined;
    }
    // Choices of restored runs were sent in the sessions that played them.
    const { logs, current } = restored.resume;
    for (const log of [...logs, ...(current ? [current.log] : [])]) {
      sentDecisions.set(runKey(log), decisionCount(log.inputs));
    }
    return restored.resume;
  }

  function openSession(params: LaunchParameters): Session {
    const cmi5 = new Cmi5(params as never);
    const queue = new StatementQueue(
      (statement) => cmi5.xapi!.sendStatement({ statement: statement as never }),
      {
        unreachable: () => problems.report('lrsUnreachable', PROBLEM.lrsUnreachable),
        refused: () => problems.report('lrsRefused', PROBLEM.lrsRefused),
      },
      env.window,
    );
    // The library builds each defined statement and hands it here: queue it instead of sending.
    cmi5.sendXapiStatement = ((
      statement: XapiStatement,
      options?: { transform?: (s: XapiStatement) => XapiStatement },
    ) => {
      const final = options?.transform ? options.transform(statement) : statement;
      queue.push(final);
      return Promise.resolve({ data: [final.id] });
    }) as never;
    const base: StatementBase = {
      actor: params.actor,
      registration: params.registration,
      activityId: params.activityId,
      contextTemplate: {},
    };
    return { cmi5, queue, base, params };
  }

  /**
   * The page is closing: what is still queued goes out in requests that outlive the page
   * (fetch keepalive). One PUT per statement, by its id: a statement the LRS refuses cannot sink
   * the others, and one that already arrived is simply not stored twice. The LRS orders them
   * by timestamp, as cmi5 does.
   */
  function flushOnExit(current: Session): void {
    const statements = current.queue.takeAll();
    const headers = {
      Authorization: `Basic ${current.cmi5.getAuthToken()}`,
      'X-Experience-API-Version': '1.0.3',
      'Content-Type': 'application/json',
    };
    const endpoint = current.params.endpoint.endsWith('/')
      ? current.params.endpoint
      : `${current.params.endpoint}/`;
    const send = (url: string, body: unknown) =>
      env.window
        .fetch(url, { method: 'PUT', headers, body: JSON.stringify(body), keepalive: true })
        .catch(() => undefined);
    if (documentDirty)
      void send(stateUrl(endpoint, current.params, RESUME_STATE_ID), progressDocument());
    for (const statement of statements) {
      void send(`${endpoint}statements?statementId=${encodeURIComponent(statement.id)}`, statement);
    }
  }

  return {
    async start() {
      const params = readLaunchParameters(env.window.location.search);
      if (!params) {
        problems.report('noLms', PROBLEM.noLms);
        return { status: 'no-lms', message: PROBLEM.noLms };
      }
      try {
        session = openSession(params);
        await session.cmi5.initialize();
      } catch {
        session = null;
        problems.report('notStarted', PROBLEM.notStarted);
        return { status: 'failed', message: PROBLEM.notStarted };
      }
      const launchData = session.cmi5.getLaunchData();
      normalMode = launchData.launchMode === 'Normal';
      if (typeof launchData.masteryScore === 'number')
        masteryScore = Math.round(launchData.masteryScore * 100);
      session.base.contextTemplate = (launchData.contextTemplate ?? {}) as Record<string, unknown>;
      env.window.addEventListener('online', () => session?.queue.retryNow());
      await loadPackageScenarios(config.scenarioIds, (id) => env.loadScenario(id), scenarios);
      const resume = restore(await readProgress(session));
      const learnerName = (params.actor as { name?: unknown }).name;
      return {
        status: 'connected',
        ...(typeof learnerName === 'string' ? { learnerName } : {}),
        ...(resume ? { resume } : {}),
      };
    },
    inputAccepted(report, elapsedMs) {
      const current = live();
      if (!current) return;
      lastReport = report;
      sendDecisions(current, report);
      saveProgress(report, elapsedMs);
    },
    runEnded(report, profile) {
      const current = live();
      if (!current) return;
      lastReport = report;
      sendDecisions(current, report);
      saveProgress(report, 0);
      if (config.kind === 'scenario') {
        complete(
          Object.fromEntries(
            DIMENSIONS.map((d) => [d, profile.dimensions[d].normalised]),
          ) as Record<Dimension, number | null>,
        );
      }
    },
    trackEnded(profiles) {
      complete(combineProfiles(profiles).dimensions);
    },
    suspend(elapsedMs) {
      if (live() && lastReport && !lastReport.log.result) saveProgress(lastReport, elapsedMs);
    },
    exit(elapsedMs) {
      const current = live();
      if (!current) return;
      if (elapsedMs !== undefined && lastReport && !lastReport.log.result) {
        resumeText = encodeResume(resumeStateOf(lastReport, elapsedMs), scenarios);
        documentDirty = true;
      }
      try {
        void current.cmi5.terminate();
      } catch {
        // The library could not build it: nothing more to send.
      }
      terminated = true;
      flushOnExit(current);
    },
    onProblem: (listener) => problems.onProblem(listener),
  };
}
