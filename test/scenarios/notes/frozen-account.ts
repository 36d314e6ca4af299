import type { ScenarioNotes } from '.';
import { noClaims } from './no-claims';

export const notes: ScenarioNotes = {
  opening: {
    beat: 'customer-in-person',
    speaker: 'tunde',
    firstDecisionTimed: true,
    firstAsker: 'customer',
  },
  styles: {
    'the-freeze': {
      'manager-override': ['give'],
      'sofia-releases': ['delegate'],
      'call-wei': [],
      'payroll-bridge': [],
      'find-out-why': ['ask'],
      'standard-review': [],
    },
    'follow-up': {
      'keep-it-yourself': [],
      'sofia-owns': ['delegate'],
      'trainee-case': ['delegate'],
      'ask-tunde': ['ask'],
      'wait-for-compliance': [],
    },
    'override-exposed': {
      'own-override': [],
      'usual-practice': [],
      'sofia-writes': ['delegate'],
    },
    'tunde-costs': {
      'pay-everything': ['give'],
      'fees-and-explain': [],
      'sofia-settles': ['delegate'],
      'ask-receipts': ['ask'],
      'complaints-form': [],
    },
    'the-process': {
      'gather-cases': ['ask'],
      'branch-judgement': ['delegate'],
      'same-day-review': [],
      'wei-designs': [],
      'trial-branch': [],
      'fine-as-is': [],
    },
    awards: {
      ahmed: [],
      'nominate-sofia': [],
      'team-nominates': ['delegate'],
      'change-criteria': [],
      'thank-privately': [],
    },
  },
  continuity: {
    ...noClaims(
      ['follow-up', 'head-office', 'tunde-costs', 'the-process', 'awards', 'review'],
      'sets a scene or reports a request; assumes nothing about earlier choices or meters',
    ),
    'the-freeze:call-wei': { noClaim: 'says the wages question is still open, true on this step' },
    'the-process:wei-designs': { noClaim: '"spends" is time, not money' },
    'override-loss': { claims: [{ flag: 'overrode', is: true }] },
    'override-exposed': { claims: [{ flag: 'overrode', is: true }] },
    'end-model-branch': {
      claims: [
        { meter: 'trust', moved: 'up' },
        { flag: 'payrollCovered', is: true },
        { flag: 'sameDayProposed', is: true },
      ],
    },
    'end-patchy': { noClaim: 'a clean audit and a customer kept: the gates before it ensure both' },
    'end-audit': { claims: [{ flag: 'overrode', is: true }] },
    'end-lost-customer': { claims: [{ meter: 'trust', moved: 'down' }] },
    'end-quiet-branch': { claims: [{ meter: 'team', moved: 'down' }] },
  },
};
