/** A small scenario, its analysis-like bounds, a hand-made Profile and a session log for debrief tests. */
import type { Analysis } from '../../../src/authoring/analyse';
import type { Scenario } from '../../../src/engine/scenario/schema';
import type { DecisionReview, Profile } from '../../../src/engine/profile/types';
import type { SessionLog } from '../../../src/engine/session/types';

export const scenario: Scenario = {
  formatVersion: 1,
  id: 'refund-at-the-counter',
  title: 'The Refund at the Counter',
  summary: 'A customer wants a refund outside the policy window.',
  role: 'Store operations lead',
  meters: {
    trust: { label: 'Customer trust', initial: 50, min: 0, max: 100 },
    morale: { label: 'Team morale', initial: 60, min: 0, max: 100 },
  },
  principles: {
    'empower-frontline': {
      title: 'Empower the front line',
      summary: 'Let the people nearest the customer decide.',
    },
    'cut-red-tape': {
      title: 'Cut red tape',
      summary: 'Remove approvals that only slow customers down.',
    },
  },
  start: 'complaint',
  nodes: {
    complaint: {
      kind: 'decision',
      text: 'Dana asks whether she may refund <b>outside</b> the window.',
      choices: [
        {
          id: 'use-budget',
          text: 'Tell Dana to solve it with her budget.',
          scores: { customerFocus: 2, empowerment: 3 },
          feedback: 'Dana acts at once and the customer leaves happy.',
          principle: 'empower-frontline',
          next: 'wrap',
        },
        {
          id: 'escalate',
          text: 'Ask Dana to fill in the approval form.',
          scores: { customerFocus: -2, empowerment: -3 },
          feedback: 'The customer waits for days.',
          principle: 'cut-red-tape',
          next: 'wrap',
        },
      ],
    },
    wrap: {
      kind: 'ending',
      title: 'Form filed',
      text: 'The customer is still waiting.',
      outcome: 'negative',
    },
  },
};

export const analysis: Analysis = {
  reachable: new Set(['complaint', 'wrap']),
  unreachable: [],
  endings: [{ id: 'wrap', outcome: 'negative', reachable: true }],
  completePaths: 2n,
  decisions: 1,
  bounds: {
    customerFocus: { min: -2, max: 2 },
    adaptability: { min: 0, max: 0 },
    empowerment: { min: -3, max: 3 },
  },
  minDecisionsOnAnyPath: 1,
  maxDecisionsOnAnyPath: 1,
  bestRun: {
    customerFocus: ['complaint:use-budget', 'wrap'],
    adaptability: ['complaint:use-budget', 'wrap'],
    empowerment: ['complaint:use-budget', 'wrap'],
  },
  worstRun: {
    customerFocus: ['complaint:escalate', 'wrap'],
    adaptability: ['complaint:escalate', 'wrap'],
    empowerment: ['complaint:escalate', 'wrap'],
  },
};

export const escalated: DecisionReview = {
  nodeId: 'complaint',
  choiceId: 'escalate',
  choiceText: 'Ask Dana to fill in the approval form.',
  feedback: 'The customer waits for days.',
  principleId: 'cut-red-tape',
  scores: { customerFocus: -2, adaptability: 0, empowerment: -3 },
  timedOut: true,
  msTaken: 12_340,
  step: 0,
  offered: ['use-budget', 'escalate'],
  bestOffered: false,
  lost: 10,
  bestAlternative: {
    choiceId: 'use-budget',
    choiceText: 'Tell Dana to solve it with her budget.',
    feedback: 'Dana acts at once and the customer leaves happy.',
    scores: { customerFocus: 2, adaptability: 0, empowerment: 3 },
    principleId: 'empower-frontline',
  },
};

/** A profile with distinct numbers everywhere, so a test can tell one figure from another. */
export function makeProfile(overrides: Partial<Profile> = {}): Profile {
  return {
    scenarioId: scenario.id,
    dimensions: {
      customerFocus: { dimension: 'customerFocus', raw: 1, min: -2, max: 2, normalised: 75 },
      adaptability: { dimension: 'adaptability', raw: 0, min: 0, max: 0, normalised: null },
      empowerment: { dimension: 'empowerment', raw: -1, min: -3, max: 3, normalised: 33 },
    },
    ending: {
      nodeId: 'wrap',
      title: 'Form filed',
      text: 'The customer is still waiting.',
      outcome: 'negative',
    },
    decisions: [escalated],
    keyMoments: {
      raised: { customerFocus: [], adaptability: [], empowerment: [] },
      lowered: { customerFocus: [escalated], adaptability: [], empowerment: [escalated] },
    },
    timing: { decisions: 4, averageMs: 8_250, timedDecisions: 2, timedOut: 1 },
    meters: [
      { id: 'trust', label: 'Customer trust', initial: 50, final: 35, min: 0, max: 100 },
      { id: 'morale', label: 'Team morale', initial: 60, final: 72, min: 0, max: 100 },
    ],
    principlesToRevisit: [
      {
        principleId: 'empower-frontline',
        lost: 10,
        moments: [
          { nodeId: 'complaint', choiceId: 'escalate', betterChoiceId: 'use-budget', lost: 10 },
        ],
      },
      {
        principleId: 'unknown-principle',
        lost: 1,
        moments: [
          { nodeId: 'complaint', choiceId: 'escalate', betterChoiceId: 'use-budget', lost: 1 },
        ],
      },
    ],
    lostPoints: 10,
    nearBest: false,
    endingStory: {
      endingId: 'wrap',
      outcome: 'negative',
      gates: [],
      routeSteps: [],
      whatIfs: [],
      final: { meters: { trust: 35, morale: 72 }, flags: {} },
    },
    ...overrides,
  };
}

export function makeLog(overrides: Partial<SessionLog> = {}): SessionLog {
  return {
    format: 'leadership-sim-session',
    version: 1,
    scenarioId: scenario.id,
    scenarioHash: '0123456789abcdef',
    seed: 424242,
    startedAt: '2025-03-04T09:15:00.000Z',
    timePressure: 'double',
    inputs: [
      { type: 'timeout', at: 12_340 },
      { type: 'continue', at: 15_000 },
    ],
    result: {
      endingId: 'wrap',
      outcome: 'negative',
      rawScores: { customerFocus: -2, adaptability: 0, empowerment: -3 },
    },
    ...overrides,
  };
}
