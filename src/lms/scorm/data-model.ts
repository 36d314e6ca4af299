/**
 * The two SCORM data models, as pure functions from what happened to the (element, value)
 * pairs to set. SCORM 2004 gets everything; SCORM 1.2 gets what its fields can hold:
 * - 1.2 interactions have no description and a "choice" response may only be single letters,
 *   so a decision is a "performance" interaction whose response reads
 *   `choice-id: customer focus +2, adaptability 0, empowerment -1` (and `, time ran out`);
 * - 1.2's `result` takes no negative number, so it is "neutral" (there is no right answer); in
 *   2004 it is the net change (the three changes added up);
 * - both: an interaction's objectives are the competencies the choice moved.
 */
import { DIMENSIONS, type Dimension } from '../../engine/scenario/schema';
import { COMPETENCIES, competencyId } from '../vocabulary';
import { describeChange, netChange, type DecisionRecord, type Outcome } from '../decisions';
import {
  isoDuration,
  scorm12TimeOfDay,
  scorm12Timespan,
  scorm2004Timestamp,
} from '../time-formats';
import type { ScormApiName } from './find-api';
import type { ScormVersion } from './driver';

export type Values = Array<[element: string, value: string]>;

export interface ScormDataModel {
  version: ScormVersion;
  apiName: ScormApiName;
  /** Longest suspend_data the standard guarantees. */
  suspendLimit: number;
  elements: {
    learnerName: string;
    entry: string;
    suspendData: string;
    location: string;
    completion: string;
    masteryScore: string;
  };
  locationLimit: number;
  /** Mastery score 0–100 from the LMS's own element, or null. */
  readMastery(value: string): number | null;
  /** Values that mark an attempt as under way, given the LMS's current completion value. */
  startAttempt(completion: string): Values;
  decision(index: number, record: DecisionRecord, madeAt: number): Values;
  result(outcome: Outcome): Values;
  objective(
    index: number,
    dimension: Dimension,
    outcome: Outcome,
    masteryScore: number | null,
  ): Values;
  progress(fraction: number): Values;
  exit(finished: boolean, sessionMs: number): Values;
}

/** Keeps identifier characters the standards allow; anything else becomes "_". */
function identifier(text: string, allowed: RegExp, max: number): string {
  const cleaned = [...text].map((char) => (allowed.test(char) ? char : '_')).join('');
  return cleaned.slice(0, max) || '_';
}

const interactionId = (record: DecisionRecord) => `${record.scenarioId}.${record.nodeId}`;

function movedCompetencies(record: DecisionRecord): string[] {
  return COMPETENCIES.filter((c) => record.change[c.dimension] !== 0).map((c) => c.id);
}

function objectiveStatus(score: number | null, masteryScore: number | null): boolean | null {
  return masteryScore === null || score === null ? null : score >= masteryScore;
}

type ScorePart = 'scaled' | 'raw' | 'min' | 'max';

/** A 0–100 score's element values: scaled is 0–1, the range is always 0 to 100. */
function scoreElement(part: ScorePart, score: number): string {
  if (part === 'scaled') return String(score / 100);
  if (part === 'raw') return String(score);
  return part === 'min' ? '0' : '100';
}

/**
 * `objective()` for one version: the id and score elements every version writes (the score in
 * the order that version has always listed it; none when the package does not measure the
 * competency), then what `status` adds in that version's own words.
 */
function objectiveValues(
  scoreOrder: readonly ScorePart[],
  status: (base: string, passed: boolean | null, dimension: Dimension) => Values,
): ScormDataModel['objective'] {
  return (index, dimension, outcome, masteryScore) => {
    const base = `cmi.objectives.${index}`;
    const score = outcome.competencies[dimension];
    const passed = objectiveStatus(score, masteryScore);
    const scoreValues: Values =
      score === null
        ? []
        : scoreOrder.map((part) => [`${base}.score.${part}`, scoreElement(part, score)]);
    return [
      [`${base}.id`, competencyId(dimension)],
      ...scoreValues,
      ...status(base, passed, dimension),
    ];
  };
}

export const SCORM12: ScormDataModel = {
  version: '1.2',
  apiName: 'API',
  suspendLimit: 4096,
  elements: {
    learnerName: 'cmi.core.student_name',
    entry: 'cmi.core.entry',
    suspendData: 'cmi.suspend_data',
    location: 'cmi.core.lesson_location',
    completion: 'cmi.core.lesson_status',
    masteryScore: 'cmi.student_data.mastery_score',
  },
  locationLimit: 255,
  readMastery: (value) =>
    value.trim() === '' || !Number.isFinite(Number(value)) ? null : Number(value),
  startAttempt: (status) => [
    ...((status === 'not attempted' || status === ''
      ? [['cmi.core.lesson_status', 'incomplete']]
      : []) as Values),
    ['cmi.core.exit', 'suspend'],
  ],
  decision(index, record, madeAt) {
    const base = `cmi.interactions.${index}`;
    const timedOut = record.timedOut ? ', time ran out' : '';
    const values: Values = [
      [`${base}.id`, identifier(interactionId(record), /[A-Za-z0-9_.-]/, 255)],
      [`${base}.type`, 'performance'],
      ...movedCompetencies(record).map((id, n): [string, string] => [
        `${base}.objectives.${n}.id`,
        id,
      ]),
      [`${base}.time`, scorm12TimeOfDay(madeAt)],
      [
        `${base}.student_response`,
        `${record.choiceId}: ${describeChange(record.change)}${timedOut}`.slice(0, 255),
      ],
      [`${base}.result`, 'neutral'],
      [`${base}.latency`, scorm12Timespan(record.latencyMs)],
    ];
    return values;
  },
  result(outcome) {
    const status = outcome.passed === null ? 'completed' : outcome.passed ? 'passed' : 'failed';
    const score: Values =
      outcome.overall === null
        ? []
        : [
            ['cmi.core.score.min', '0'],
            ['cmi.core.score.max', '100'],
            ['cmi.core.score.raw', String(outcome.overall)],
          ];
    return [...score, ['cmi.core.lesson_status', status]];
  },
  objective: objectiveValues(['min', 'max', 'raw'], (base, passed) => [
    [`${base}.status`, passed === null ? 'completed' : passed ? 'passed' : 'failed'],
  ]),
  progress: () => [],
  exit: (finished, sessionMs) => [
    ['cmi.core.session_time', scorm12Timespan(sessionMs)],
    ['cmi.core.exit', finished ? '' : 'suspend'],
  ],
};

const SHORT_IDENTIFIER = /[\w\-()+.:=@;$!*'%/#]/;

function description2004(record: DecisionRecord): string {
  const changes = describeChange(record.change);
  const capital = changes.charAt(0).toUpperCase() + changes.slice(1);
  const timedOut = record.timedOut ? ' Time ran out.' : '';
  return `${capital}.${timedOut} ${record.title}: ${record.choiceText}`.slice(0, 250);
}

export const SCORM2004: ScormDataModel = {
  version: '2004',
  apiName: 'API_1484_11',
  suspendLimit: 64_000,
  elements: {
    learnerName: 'cmi.learner_name',
    entry: 'cmi.entry',
    suspendData: 'cmi.suspend_data',
    location: 'cmi.location',
    completion: 'cmi.completion_status',
    masteryScore: 'cmi.scaled_passing_score',
  },
  locationLimit: 1000,
  readMastery: (value) =>
    value.trim() === '' || !Number.isFinite(Number(value)) ? null : Math.round(Number(value) * 100),
  startAttempt: (status) => [
    ...((status === 'not attempted' || status === 'unknown' || status === ''
      ? [['cmi.completion_status', 'incomplete']]
      : []) as Values),
    ['cmi.exit', 'suspend'],
  ],
  decision(index, record, madeAt) {
    const base = `cmi.interactions.${index}`;
    return [
      [`${base}.id`, identifier(interactionId(record), /\S/, 4000)],
      [`${base}.type`, 'choice'],
      ...movedCompetencies(record).map((id, n): [string, string] => [
        `${base}.objectives.${n}.id`,
        id,
      ]),
      [`${base}.timestamp`, scorm2004Timestamp(madeAt - record.latencyMs)],
      [`${base}.learner_response`, identifier(record.choiceId, SHORT_IDENTIFIER, 250)],
      [`${base}.result`, String(netChange(record.change))],
      [`${base}.latency`, isoDuration(record.latencyMs)],
      [`${base}.description`, description2004(record)],
    ];
  },
  result(outcome) {
    const success = outcome.passed === null ? 'unknown' : outcome.passed ? 'passed' : 'failed';
    const score: Values =
      outcome.overall === null
        ? []
        : [
            ['cmi.score.min', '0'],
            ['cmi.score.max', '100'],
            ['cmi.score.raw', String(outcome.overall)],
            ['cmi.score.scaled', String(outcome.overall / 100)],
          ];
    return [
      ...score,
      ['cmi.progress_measure', '1'],
      ['cmi.completion_status', 'completed'],
      ['cmi.success_status', success],
    ];
  },
  objective: objectiveValues(['scaled', 'raw', 'min', 'max'], (base, passed, dimension) => [
    [`${base}.success_status`, passed === null ? 'unknown' : passed ? 'passed' : 'failed'],
    [`${base}.completion_status`, 'completed'],
    [
      `${base}.description`,
      COMPETENCIES.find((c) => c.dimension === dimension)?.title ?? dimension,
    ],
  ]),
  progress: (fraction) => [['cmi.progress_measure', String(Math.round(fraction * 100) / 100)]],
  exit: (finished, sessionMs) => [
    ['cmi.session_time', isoDuration(sessionMs)],
    ['cmi.exit', finished ? 'normal' : 'suspend'],
  ],
};

export const ALL_DIMENSIONS: readonly Dimension[] = DIMENSIONS;
