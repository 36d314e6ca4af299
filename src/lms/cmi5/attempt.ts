/**
 * One cmi5 session, from "initialized" to "terminated": a statement per choice as it is made,
 * resume text in the State document after every input, the defined statements at the end, and
 * the last send as the page closes (session.ts, progress.ts).
 */
import type { Dimension } from '../../engine/scenario/schema';
import type { Profile } from '../../engine/profile/types';
import { normalisedOf } from '../../engine/profile/combine';
import type { LmsResume, RunReport } from '../types';
import type { AttemptContext, LiveAttempt } from '../attempt';
import { PROBLEM } from '../problems';
import { decisionCount, outcomeOf, type Outcome } from '../decisions';
import { DecisionLedger } from '../decision-ledger';
import { encodeResume, restoreResume, resumeStateOf } from '../resume';
import { choiceStatement } from './statements';
import { flushOnExit, type Cmi5Session } from './session';
import { ProgressStore } from './progress';

/** The score a passed/failed statement carries (none when nothing is measured). */
function scoreOf(outcome: Outcome) {
  return outcome.overall === null
    ? undefined
    : { scaled: outcome.overall / 100, raw: outcome.overall, min: 0, max: 100 };
}

export class Cmi5Attempt implements LiveAttempt {
  /** Set by exit: "terminated" is out and nothing more is sent. */
  terminated = false;
  /** Browse and Review launches must not judge the learner. */
  private normalMode = true;
  private masteryScore: number | null;
  private lastReport: RunReport | null = null;
  private readonly decisions = new DecisionLedger();
  private readonly progress: ProgressStore;

  constructor(
    readonly session: Cmi5Session,
    private readonly context: AttemptContext,
  ) {
    this.masteryScore = context.config.masteryScore;
    this.progress = new ProgressStore(session, context.problems);
  }

  /** LMS.LaunchData: the launch mode, the LMS's mastery score, the context template. */
  applyLaunchData(): void {
    const launchData = this.session.cmi5.getLaunchData();
    this.normalMode = launchData.launchMode === 'Normal';
    if (typeof launchData.masteryScore === 'number')
      this.masteryScore = Math.round(launchData.masteryScore * 100);
    const template = launchData.contextTemplate ?? {};
    this.session.base.contextTemplate = template as Record<string, unknown>;
  }

  /** The progress the State document holds, replayed against the package (undefined if none). */
  async restore(): Promise<LmsResume | undefined> {
    const { config, problems, scenarios } = this.context;
    const resumeText = this.progress.adopt(await this.progress.read());
    if (resumeText === '') return undefined;
    const restored = restoreResume(resumeText, config, scenarios);
    if (!restored.ok) {
      problems.report('notResumed', PROBLEM.notResumed);
      return undefined;
    }
    // Choices of restored runs were sent in the sessions that played them.
    const { logs, current } = restored.resume;
    for (const log of [...logs, ...(current ? [current.log] : [])]) {
      this.decisions.markReported(log, decisionCount(log.inputs));
    }
    return restored.resume;
  }

  inputAccepted(report: RunReport, elapsedMs: number): void {
    this.lastReport = report;
    this.sendDecisions(report);
    this.saveProgress(report, elapsedMs);
  }

  /** A scenario package completes here; a track waits for its last scenario. */
  runEnded(report: RunReport, profile: Profile): void {
    this.lastReport = report;
    this.sendDecisions(report);
    this.saveProgress(report, 0);
    if (this.context.config.kind === 'scenario') this.complete(normalisedOf(profile));
  }

  /** Defined statements in the order the spec allows: passed/failed, then completed. */
  complete(competencies: Record<Dimension, number | null>): void {
    if (!this.normalMode) return;
    const outcome = outcomeOf(competencies, this.masteryScore);
    try {
      this.sendVerdict(outcome);
    } catch {
      this.context.problems.report('notSaved', PROBLEM.notSaved);
    }
    this.progress.save();
  }

  suspend(elapsedMs: number): void {
    if (this.lastReport && !this.lastReport.log.result)
      this.saveProgress(this.lastReport, elapsedMs);
  }

  exit(elapsedMs?: number): void {
    if (elapsedMs !== undefined && this.lastReport && !this.lastReport.log.result) {
      this.progress.keep(this.resumeTextOf(this.lastReport, elapsedMs));
    }
    try {
      void this.session.cmi5.terminate();
    } catch {
      // The library could not build it: nothing more to send.
    }
    this.terminated = true;
    flushOnExit(this.session, this.progress, this.context.env.window);
  }

  /** Each defined statement once per registration; a pass is final, a fail may become one. */
  private sendVerdict(outcome: Outcome): void {
    const { cmi5 } = this.session;
    const { reported } = this.progress;
    if (outcome.passed === true && !reported.passed) {
      void cmi5.pass(scoreOf(outcome));
      reported.passed = true;
    } else if (outcome.passed === false && !reported.passed && !reported.failed) {
      void cmi5.fail(scoreOf(outcome));
      reported.failed = true;
    }
    if (!reported.completed) {
      void cmi5.complete();
      reported.completed = true;
    }
  }

  private resumeTextOf(report: RunReport, elapsedMs: number): string {
    return encodeResume(resumeStateOf(report, elapsedMs), this.context.scenarios);
  }

  private saveProgress(report: RunReport, elapsedMs: number): void {
    this.progress.keep(this.resumeTextOf(report, elapsedMs));
    this.progress.save();
  }

  private sendDecisions(report: RunReport): void {
    const { queue, base } = this.session;
    this.decisions.reportNew(report, (record) => {
      const timestamp = new Date(this.context.env.now()).toISOString();
      queue.push(choiceStatement(base, record, timestamp));
    });
  }
}
