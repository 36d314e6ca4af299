import type { ScenarioNotes } from '.';
import { noClaims } from './no-claims';

export const notes: ScenarioNotes = {
  opening: {
    beat: 'internal-customer-complaint',
    speaker: 'luis',
    firstDecisionTimed: false,
    firstAsker: 'colleague',
  },
  styles: {
    'luis-complaint': {
      'reason-with-changes': ['delegate'],
      'weekly-freeze': [],
      'ask-luis': ['ask'],
      'approval-for-changes': [],
      'thats-the-job': [],
    },
    'grace-call': {
      'promise-thursday': ['give'],
      'two-hundred-tonight': [],
      'luis-on-call': ['delegate'],
      'blame-steel': [],
      'planning-will-email': ['delegate'],
    },
    'press-down': {
      'wait-for-report': ['ask'],
      'luis-moves-it': ['delegate'],
      'overtime-all': [],
      'resequence-yourself': [],
    },
    'air-freight': {
      'study-options': ['ask'],
      'fly-everything': ['give'],
      'split-shipment': [],
      'show-fatima': [],
      'over-her-head': [],
      'road-and-warn': [],
    },
    'whats-different': {
      discount: ['give'],
      'ask-her-planners': ['ask'],
      'planners-talk': ['delegate'],
      'bring-luis': [],
      'honest-account': [],
      'bad-luck': [],
    },
  },
  continuity: {
    ...noClaims(
      ['grace-call', 'breakdown', 'press-down', 'whats-different', 'quarter'],
      'sets a scene or reports a request; assumes nothing about earlier choices or meters',
    ),
    ...noClaims(
      ['press-down:resequence-yourself', 'whats-different:bring-luis'],
      '"spend" here is time, not money',
    ),
    'air-freight': { noClaim: 'quotes the price of a freight option not yet taken' },
    'air-freight:show-fatima': { noClaim: 'Fatima asks for a report on what late orders cost' },
    'whats-different:ask-her-planners': { noClaim: '"a date they can trust" is what she asks for' },
    'press-down:overtime-all': { claims: [{ meter: 'costs', moved: 'down', since: 'step' }] },
    'whats-different:discount': { claims: [{ meter: 'costs', moved: 'down', since: 'step' }] },
    'promise-broken': { claims: [{ flag: 'overpromised', is: true }] },
    'end-preferred': { claims: [{ meter: 'account', moved: 'up' }] },
    'end-on-notice': { noClaim: 'a six-month review fits any mixed run' },
    'end-second-source': { claims: [{ meter: 'account', moved: 'down' }] },
    'end-cost-overrun': { claims: [{ meter: 'costs', moved: 'down' }] },
  },
};
