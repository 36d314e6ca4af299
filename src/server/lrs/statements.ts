/**
 * The xAPI statements a live room forwards to an organisation's LRS: one "answered" per decision
 * taken (a choice or a timeout) and one "completed" per finished run. Pure (no Node, no clock):
 * the same shape the cmi5 adapter sends from a package, so both land alike in one LRS.
 *
 * Every IRI of our own sits under XAPI_IRI_BASE (docs/live-rooms.md lists them):
 *   activities  {base}/scenarios/{scenarioId}                 the scenario (a simulation)
 *               {base}/scenarios/{scenarioId}/decisions/{nodeId}  a decision (cmi.interaction, choice)
 *   extensions  {base}/extensions/delta/{dimension}    what the choice added on a competency
 *               {base}/extensions/score/{dimension}    the running raw score after it
 *               {base}/extensions/normalised/{dimension}  0–100 at the end (absent: not measured)
 *               {base}/extensions/timed-out            true when time ran out
 *               {base}/extensions/room-code, /ending, /outcome
 * Dimensions are written customer-focus, adaptability, empowerment.
 */
import { DIMENSIONS, type Dimension, type Scenario } from '../../engine/scenario/schema';
import type { RunContext } from '../../engine/run/types';
import type { RunResult } from '../../live/protocol';

export const XAPI_IRI_BASE = 'https://w3id.org/customer-first-leader/xapi';
export const XAPI_VERSION = '1.0.3';

export const VERBS = {
  answered: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } },
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-US': 'completed' } },
} as const;

const DIMENSION_SLUG: Record<Dimension, string> = {
  customerFocus: 'customer-focus',
  adaptability: 'adaptability',
  empowerment: 'empowerment',
};

export const extensionIri = {
  delta: (dimension: Dimension) => `${XAPI_IRI_BASE}/extensions/delta/${DIMENSION_SLUG[dimension]}`,
  score: (dimension: Dimension) => `${XAPI_IRI_BASE}/extensions/score/${DIMENSION_SLUG[dimension]}`,
  normalised: (dimension: Dimension) =>
    `${XAPI_IRI_BASE}/extensions/normalised/${DIMENSION_SLUG[dimension]}`,
  timedOut: `${XAPI_IRI_BASE}/extensions/timed-out`,
  roomCode: `${XAPI_IRI_BASE}/extensions/room-code`,
  ending: `${XAPI_IRI_BASE}/extensions/ending`,
  outcome: `${XAPI_IRI_BASE}/extensions/outcome`,
};

export const scenarioIri = (scenarioId: string) =>
  `${XAPI_IRI_BASE}/scenarios/${encodeURIComponent(scenarioId)}`;
export const decisionIri = (scenarioId: string, nodeId: string) =>
  `${scenarioIri(scenarioId)}/decisions/${encodeURIComponent(nodeId)}`;

export interface StatementFacts {
  id: string;
  /** The room's home page: the account's namespace for participant names. */
  homePage: string;
  participantName: string;
  roomCode: string;
  registration: string;
  timestamp: string;
}

export type Statement = Record<string, unknown>;

/** ISO 8601 duration, hundredths of a second (what xAPI keeps). */
export function isoDuration(ms: number): string {
  return `PT${(Math.max(0, ms) / 1000).toFixed(2)}S`;
}

const en = (text: string) => ({ 'en-US': text });

function envelope(facts: StatementFacts, scenario: Scenario) {
  return {
    id: facts.id,
    actor: {
      objectType: 'Agent',
      name: facts.participantName,
      account: { homePage: facts.homePage, name: facts.participantName },
    },
    timestamp: facts.timestamp,
    context: {
      registration: facts.registration,
      contextActivities: {
        parent: [
          {
            objectType: 'Activity',
            id: scenarioIri(scenario.id),
            definition: {
              name: en(scenario.title),
              type: 'http://adlnet.gov/expapi/activities/simulation',
            },
          },
        ],
      },
      extensions: { [extensionIri.roomCode]: facts.roomCode },
    },
  };
}

/** "answered" for the decision the run just left; null when the step was not a decision. */
export function answeredStatement(
  facts: StatementFacts,
  scenario: Scenario,
  context: RunContext,
): Statement | null {
  const step = context.history.at(-1);
  const node = step ? scenario.nodes[step.nodeId] : undefined;
  if (!step || step.kind !== 'decision' || node?.kind !== 'decision') return null;
  const delta = context.lastChange?.scoreDelta;
  const extensions: Record<string, unknown> = { [extensionIri.timedOut]: step.timedOut };
  for (const dimension of DIMENSIONS) {
    extensions[extensionIri.delta(dimension)] = delta?.[dimension] ?? 0;
    extensions[extensionIri.score(dimension)] = context.scores[dimension];
  }
  return {
    ...envelope(facts, scenario),
    verb: VERBS.answered,
    object: {
      objectType: 'Activity',
      id: decisionIri(scenario.id, step.nodeId),
      definition: {
        name: en(node.title ?? step.nodeId),
        type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
        interactionType: 'choice',
        choices: node.choices.map((choice) => ({ id: choice.id, description: en(choice.text) })),
      },
    },
    result: { response: step.choiceId ?? '', duration: isoDuration(step.msTaken), extensions },
  };
}

/** "completed" for a finished run: the mean of the measured 0–100 scores as its score. */
export function completedStatement(
  facts: StatementFacts,
  scenario: Scenario,
  result: RunResult,
): Statement {
  const measured = DIMENSIONS.map((dimension) => result.scores[dimension]).filter(
    (score): score is number => score !== null,
  );
  const extensions: Record<string, unknown> = {
    [extensionIri.ending]: result.endingId,
    [extensionIri.outcome]: result.outcome,
  };
  for (const dimension of DIMENSIONS) {
    extensions[extensionIri.score(dimension)] = result.rawScores[dimension];
    const normalised = result.scores[dimension];
    if (normalised !== null) extensions[extensionIri.normalised(dimension)] = normalised;
  }
  const outcome: Record<string, unknown> = { completion: true, extensions };
  if (measured.length > 0) {
    const mean = measured.reduce((sum, score) => sum + score, 0) / measured.length;
    outcome.score = {
      scaled: Math.round(mean * 100) / 10_000,
      raw: Math.round(mean * 100) / 100,
      min: 0,
      max: 100,
    };
  }
  return {
    ...envelope(facts, scenario),
    verb: VERBS.completed,
    object: {
      objectType: 'Activity',
      id: scenarioIri(scenario.id),
      definition: {
        name: en(scenario.title),
        type: 'http://adlnet.gov/expapi/activities/simulation',
      },
    },
    result: outcome,
  };
}
