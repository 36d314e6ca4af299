/**
 * One SCORM attempt, from a successful Initialize (LMSInitialize) to Terminate (LMSFinish):
 * marks the attempt under way, restores progress from suspend_data, saves it and writes each
 * decision as an interaction after every input, completes with scores and objectives, and exits
 * with the session time. The data model decides the elements, so 1.2 and 2004 share this.
 */
import type { Dimension } from '../../engine/scenario/schema';
import { DIMENSIONS } from '../../engine/scenario/schema';
import type { Profile } from '../../engine/profile/types';
import { normalisedOf } from '../../engine/profile/combine';
import type { LmsResume, RunReport } from '../types';
import type { AttemptContext, LiveAttempt } from '../attempt';
import { PROBLEM } from '../problems';
import { decisionCount, outcomeOf } from '../decisions';
import { DecisionLedger } from '../decision-ledger';
import { encodeResume, restoreResume, resumeStateOf } from '../resume';
import { competencyId } from '../vocabulary';
import type { ScormDriver } from './driver';
import type { ScormDataModel, Values } from './data-model';

/** Completion values that mean an earlier attempt already finished the package. */
const DONE_STATUSES = ['completed', 'passed', 'failed'];

/**
 * After a resume: where the next interaction goes, and how many decisions of each restored run
 * the LMS already holds (recorded in `ledger`). The LMS's own interaction count wins when it has
 * one; decisions of the run under way that it lacks are written again.
 */
export function placeRestoredDecisions(
  resume: LmsResume,
  interactionCount: number,
  ledger: DecisionLedger,
): number {
  const finishedDecisions = resume.logs.reduce((sum, log) => sum + decisionCount(log.inputs), 0);
  const currentDecisions = resume.current ? decisionCount(resume.current.log.inputs) : 0;
  const known = finishedDecisions + currentDecisions;
  const nextInteraction =
    Number.isInteger(interactionCount) && interactionCount > 0 ? interactionCount : known;
  for (const log of resume.logs) ledger.markReported(log, decisionCount(log.inputs));
  if (resume.current) {
    const held = Math.min(currentDecisions, Math.max(0, nextInteraction - finishedDecisions));
    ledger.markReported(resume.current.log, held);
  }
  return nextInteraction;
}

export class ScormAttempt implements LiveAttempt {
  /** Set by exit: the LMS session is over and takes no more calls. */
  finished = false;
  private readonly sessionStart: number;
  private masteryScore: number | null;
  private completed = false;
  private lastReport: RunReport | null = null;
  /** The next free cmi.interactions index. */
  private nextInteraction = 0;
  private readonly decisions = new DecisionLedger();

  constructor(
    private readonly driver: ScormDriver,
    private readonly model: ScormDataModel,
    private readonly context: AttemptContext,
  ) {
    this.sessionStart = context.env.now();
    this.masteryScore = context.config.masteryScore;
  }

  /** Marks the attempt under way; returns the learner's name as the LMS knows it ("" if none). */
  begin(): string {
    const { driver, model } = this;
    const learnerName = driver.get(model.elements.learnerName);
    this.masteryScore =
      model.readMastery(driver.get(model.elements.masteryScore)) ??
      this.context.config.masteryScore;
    const completion = driver.get(model.elements.completion);
    this.completed = DONE_STATUSES.includes(completion);
    this.setAll(model.startAttempt(completion));
    driver.commit();
    return learnerName;
  }

  /** The progress suspend_data holds, replayed against the package (undefined when none). */
  restore(): LmsResume | undefined {
    const { config, problems, scenarios } = this.context;
    const text = this.driver.get(this.model.elements.suspendData);
    const interactionCount = Number(this.driver.get('cmi.interactions._count'));
    const restored = text.trim() === '' ? null : restoreResume(text, config, scenarios);
    if (restored?.ok) {
      this.nextInteraction = placeRestoredDecisions(
        restored.resume,
        interactionCount,
        this.decisions,
      );
      return restored.resume;
    }
    if (restored) problems.report('notResumed', PROBLEM.notResumed);
    this.nextInteraction = Number.isInteger(interactionCount) ? interactionCount : 0;
    return undefined;
  }

  inputAccepted(report: RunReport, elapsedMs: number): void {
    this.lastReport = report;
    this.saveProgress(report, elapsedMs);
    this.reportDecisions(report);
    this.driver.commit();
  }

  /** A scenario package completes here; a track only records how far it has come. */
  runEnded(report: RunReport, profile: Profile): void {
    const { config } = this.context;
    this.lastReport = report;
    this.reportDecisions(report);
    this.saveProgress(report, 0);
    if (config.kind === 'scenario') {
      this.complete(normalisedOf(profile));
      return;
    }
    const finished = resumeStateOf(report, 0).finished.length;
    this.setAll(this.model.progress(finished / config.scenarioIds.length));
    this.driver.commit();
  }

  complete(competencies: Record<Dimension, number | null>): void {
    const outcome = outcomeOf(competencies, this.masteryScore);
    for (const dimension of DIMENSIONS) {
      const index = this.objectiveIndex(competencyId(dimension));
      this.setAll(this.model.objective(index, dimension, outcome, this.masteryScore));
    }
    this.setAll(this.model.result(outcome));
    this.completed = true;
    this.driver.commit();
  }

  suspend(elapsedMs: number): void {
    if (!this.lastReport || this.lastReport.log.result) return;
    this.saveProgress(this.lastReport, elapsedMs);
    this.driver.commit();
  }

  exit(elapsedMs?: number): void {
    if (elapsedMs !== undefined && this.lastReport && !this.lastReport.log.result) {
      this.saveProgress(this.lastReport, elapsedMs);
    }
    this.setAll(this.model.exit(this.completed, this.context.env.now() - this.sessionStart));
    this.driver.commit();
    this.driver.finish();
    this.finished = true;
  }

  private setAll(values: Values): void {
    for (const [element, value] of values) this.driver.set(element, value);
  }

  private saveProgress(report: RunReport, elapsedMs: number): void {
    const text = encodeResume(resumeStateOf(report, elapsedMs), this.context.scenarios);
    if (text.length > this.model.suspendLimit) {
      this.context.problems.report('tooLong', PROBLEM.tooLong);
      return;
    }
    this.setAll([
      [this.model.elements.suspendData, text],
      [this.model.elements.location, report.context.nodeId.slice(0, this.model.locationLimit)],
    ]);
  }

  private reportDecisions(report: RunReport): void {
    this.decisions.reportNew(report, (record) => {
      this.setAll(this.model.decision(this.nextInteraction, record, this.context.env.now()));
      this.nextInteraction += 1;
    });
  }

  /** The objective's index when the LMS already has it, else the next free one. */
  private objectiveIndex(id: string): number {
    const count = Number(this.driver.get('cmi.objectives._count')) || 0;
    for (let index = 0; index < count; index += 1) {
      if (this.driver.get(`cmi.objectives.${index}.id`) === id) return index;
    }
    return count;
  }
}
