import type { ScenarioNotes } from '.';
import { noClaims } from './no-claims';

export const notes: ScenarioNotes = {
  opening: {
    beat: 'board-question',
    speaker: 'nadia',
    firstDecisionTimed: false,
    firstAsker: 'colleague',
  },
  styles: {
    board: {
      noise: [],
      'full-analysis': ['ask'],
      'own-it-now': [],
      'roll-back-now': ['give'],
      'samuel-speaks': ['delegate'],
    },
    inbox: {
      'ask-legal': ['ask'],
      'any-discount': ['delegate', 'give'],
      'own-words': ['delegate'],
      'rewrite-yourself': [],
      'discount-all': ['give'],
      'keep-reply': [],
    },
    credits: {
      'credit-data': ['ask'],
      'leads-approve': ['delegate'],
      'walk-cases': [],
      'any-agent-credit': ['delegate'],
      'through-you': [],
      'blame-finance': [],
    },
    resellers: {
      'free-for-year': ['give'],
      'ring-resellers': ['ask'],
      'samuel-handles': ['delegate'],
      'let-them-go': [],
    },
    returners: {
      'old-price-forever': ['give'],
      'old-price-for-now': [],
      'samuel-decides': ['delegate'],
      'new-price': [],
    },
    'mei-call': {
      'features-tour': [],
      'match-free': ['give'],
      'ask-users': ['ask'],
      'promise-friday': [],
      'samuel-rings-back': ['delegate'],
      'pass-it-on': [],
    },
    'pricing-fix': {
      'hold-price': [],
      'pricing-study': ['ask'],
      'roll-back': ['give'],
      'small-test': [],
      'build-with-leavers': [],
    },
    friday: {
      'email-later': [],
      'samuel-calls': ['delegate'],
      'call-yourself': [],
    },
  },
  continuity: {
    ...noClaims(
      ['inbox', 'credits', 'rival', 'resellers', 'returners', 'mei-call', 'pricing-fix', 'quarter'],
      'sets a scene or reports a request; assumes nothing about earlier choices or meters',
    ),
    intro: { noClaim: 'the situation before any choice' },
    'board:own-it-now': { noClaim: 'counts the customers you rang' },
    'board:roll-back-now': { noClaim: 'nobody knows the revenue impact yet' },
    'inbox:discount-all': { noClaim: 'complaints about the price double; no meter claimed' },
    ...noClaims(
      ['returners:old-price-forever', 'returners:samuel-decides'],
      'says who returned at which price; no meter claimed',
    ),
    'pricing-fix:build-with-leavers': { noClaim: 'describes how the plan is priced' },
    'board:noise': { claims: [{ meter: 'retention', moved: 'down', since: 'step' }] },
    'board:full-analysis': { claims: [{ meter: 'retention', moved: 'down', since: 'step' }] },
    'inbox:any-discount': { claims: [{ meter: 'revenue', moved: 'down', since: 'step' }] },
    'resellers:free-for-year': { claims: [{ meter: 'revenue', moved: 'down', since: 'step' }] },
    'mei-call:pass-it-on': { claims: [{ meter: 'retention', moved: 'down', since: 'step' }] },
    'pricing-fix:hold-price': { claims: [{ meter: 'retention', moved: 'down', since: 'step' }] },
    'pricing-fix:roll-back': { claims: [{ meter: 'revenue', moved: 'down', since: 'step' }] },
    friday: { claims: [{ flag: 'promisedMei', is: true }] },
    'end-won-back': {
      claims: [
        { meter: 'retention', moved: 'up' },
        { flag: 'smallShopPlan', is: true },
        { flag: 'meiBrushedOff', is: false },
      ],
    },
    'end-patched': { noClaim: 'some stayed and some left fits any mixed run' },
    'end-churn': { claims: [{ meter: 'retention', moved: 'down' }] },
    'end-giveaway': { claims: [{ meter: 'revenue', moved: 'down' }] },
  },
};
