/**
 * The one xAPI statement sent per choice: a cmi5 "allowed" statement (the LMS's context template,
 * no cmi5 category) saying the learner answered a decision, with the choice as the response and
 * how it moved each competency, plus the running scores, as result extensions (vocabulary.ts).
 * The decision is the object activity, under the AU's own activity id.
 */
import type { DecisionRecord } from '../decisions';
import { byCompetencyId, EXTENSION } from '../vocabulary';
import { isoDuration } from '../time-formats';

export type XapiStatement = Record<string, unknown> & { id: string };

export interface StatementBase {
  actor: unknown;
  registration: string;
  /** The AU's activity id from the launch URL. */
  activityId: string;
  /** LMS.LaunchData's contextTemplate: its values must be kept as they are. */
  contextTemplate: Record<string, unknown>;
}

export const ANSWERED = {
  id: 'http://adlnet.gov/expapi/verbs/answered',
  display: { 'en-US': 'answered' },
} as const;

const CMI_INTERACTION = 'http://adlnet.gov/expapi/activities/cmi.interaction';
const LANGUAGE = 'en';

/** A version 4 UUID from crypto.getRandomValues (randomUUID needs a secure context). */
export function randomUuid(crypto: Pick<Crypto, 'getRandomValues'> = globalThis.crypto): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The decision's activity id: `<AU id>/decisions/<scenario>/<node>` (each part URL-encoded). */
export function decisionActivityId(activityId: string, record: DecisionRecord): string {
  return `${activityId}/decisions/${encodeURIComponent(record.scenarioId)}/${encodeURIComponent(record.nodeId)}`;
}

/** The template's context with the AU as parent added (never overwriting the LMS's values). */
function contextFor(base: StatementBase, scenarioId: string): Record<string, unknown> {
  const template = base.contextTemplate;
  const activities = (template.contextActivities ?? {}) as Record<string, unknown>;
  const parents = Array.isArray(activities.parent) ? activities.parent : [];
  const extensions = (template.extensions ?? {}) as Record<string, unknown>;
  return {
    ...template,
    registration: base.registration,
    contextActivities: {
      ...activities,
      parent: [...parents, { objectType: 'Activity', id: base.activityId }],
    },
    extensions: { [EXTENSION.scenario]: scenarioId, ...extensions },
  };
}

export function choiceStatement(
  base: StatementBase,
  record: DecisionRecord,
  timestamp: string,
  id: string = randomUuid(),
): XapiStatement {
  return {
    id,
    actor: base.actor,
    verb: ANSWERED,
    object: {
      objectType: 'Activity',
      id: decisionActivityId(base.activityId, record),
      definition: {
        type: CMI_INTERACTION,
        name: { [LANGUAGE]: record.title },
        description: { [LANGUAGE]: record.text },
        interactionType: 'choice',
        choices: record.offered.map((choice) => ({
          id: choice.id,
          description: { [LANGUAGE]: choice.text },
        })),
      },
    },
    result: {
      response: record.choiceId,
      duration: isoDuration(record.latencyMs),
      extensions: {
        [EXTENSION.competencyChange]: byCompetencyId(record.change),
        [EXTENSION.competencyScore]: byCompetencyId(record.scoresAfter),
        [EXTENSION.timedOut]: record.timedOut,
      },
    },
    context: contextFor(base, record.scenarioId),
    timestamp,
  };
}
