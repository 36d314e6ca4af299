import type { ScenarioNotes } from '.';
import { noClaims } from './no-claims';

export const notes: ScenarioNotes = {
  opening: {
    beat: 'interview',
    speaker: 'ingrid',
    firstDecisionTimed: false,
    firstAsker: 'colleague',
  },
  styles: {
    interview: {
      'hire-her': [],
      'ask-her-back': ['ask'],
      'systems-role': [],
      decline: [],
      references: ['ask'],
    },
    rush: {
      'wait-and-see': ['ask'],
      'temps-straight-on': [],
      'lead-decides': ['delegate'],
      'temps-buddy': [],
      'cap-orders': [],
      'pack-yourself': [],
    },
    rival: {
      'match-price': ['give'],
      'ring-leavers': ['ask'],
      'team-discounts': ['delegate', 'give'],
      'price-survey': ['ask'],
      'hold-and-fix': [],
    },
    'hiring-bar': {
      agency: [],
      'leads-hire': ['delegate'],
      'train-interviewers': ['delegate'],
      'skills-only': [],
      'keep-full': [],
    },
    'new-starter': {
      'refund-only': [],
      'check-policy': ['ask'],
      'noor-decides': ['delegate'],
      'approve-and-coach': [],
      'take-the-chat': [],
      'refund-and-voucher': ['give'],
    },
    investor: {
      'ask-portfolio': ['ask'],
      'chatbot-all': [],
      refuse: [],
      'show-causes': [],
      'mateo-designs': ['delegate'],
      'small-bot-test': [],
    },
  },
  continuity: {
    ...noClaims(
      ['launch', 'rush', 'rival', 'hiring-bar', 'new-starter', 'investor', 'spring'],
      'sets a scene or reports news; assumes nothing about earlier choices or meters',
    ),
    intro: { noClaim: 'states the growth plan, before any choice' },
    'launch#1': { noClaim: "the rival's prices, not yours" },
    ...noClaims(
      ['rival:ring-leavers', 'rival:price-survey', 'rival:hold-and-fix'],
      'customers talk about price; nothing is claimed about the meters',
    ),
    'rival:team-discounts': { noClaim: 'reports how many discounts went out, not a meter' },
    'rush:cap-orders': { noClaim: 'a few customers complain about waiting; no movement claimed' },
    'investor:chatbot-all': { noClaim: 'says what the chatbot cannot answer' },
    'new-starter:approve-and-coach': { noClaim: '"spends ten minutes" is time, not money' },
    'rush:temps-straight-on': { claims: [{ meter: 'customers', moved: 'down', since: 'step' }] },
    'rush:lead-decides': { claims: [{ meter: 'customers', moved: 'down', since: 'step' }] },
    'rival:match-price': { claims: [{ meter: 'pace', moved: 'down', since: 'step' }] },
    'ingrid-ticket': { claims: [{ flag: 'hiredIngrid', is: true }] },
    'investor-growing': { claims: [{ meter: 'pace', moved: 'up' }] },
    'investor-slowing': { claims: [{ meter: 'pace', moved: 'not-up' }] },
    'end-grew-up': {
      claims: [
        { meter: 'customers', moved: 'up' },
        { meter: 'culture', moved: 'up' },
      ],
    },
    'end-bigger': { noClaim: 'roughly on plan with patchier warmth fits any mixed run' },
    'end-lost-customers': { claims: [{ meter: 'customers', moved: 'down' }] },
    'end-strangers': { claims: [{ meter: 'culture', moved: 'down' }] },
    'end-stalled': { claims: [{ meter: 'pace', moved: 'down' }] },
  },
};
