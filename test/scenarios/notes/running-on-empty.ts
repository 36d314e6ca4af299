import type { ScenarioNotes } from '.';
import { noClaims } from './no-claims';

export const notes: ScenarioNotes = {
  opening: {
    beat: 'interview',
    speaker: 'sunita',
    firstDecisionTimed: false,
    firstAsker: 'colleague',
  },
  styles: {
    'exit-interview': {
      'counter-offer': [],
      'what-would-change': ['ask'],
      'end-six-days': [],
      'owen-talks': ['delegate'],
      'thank-and-replace': [],
    },
    'short-night': {
      'cut-checks': [],
      'move-slots': [],
      'owen-plans': ['delegate'],
      'free-delivery': ['give'],
      'double-shifts': [],
    },
    'claire-peak': {
      'seven-days': [],
      'temps-and-rest': [],
      'team-designs': ['delegate'],
      'cap-slots': [],
      'more-slots': ['give'],
      'survey-first': ['ask'],
    },
    'owen-asks': {
      'rota-is-rota': [],
      'team-swap': ['delegate'],
      'cover-him': [],
      'rethink-rota': [],
    },
    'temps-arrive': {
      'straight-in': [],
      'buddy-up': [],
      'simple-aisles': [],
      'owen-places': ['delegate'],
    },
    'the-van': {
      'hold-van': [],
      'owen-decides': ['delegate'],
      'owen-call': ['delegate'],
      'pick-with-them': [],
      'send-short': [],
      'let-them-rush': ['delegate'],
    },
    'farah-call': {
      'refund-voucher': ['give'],
      'tell-her-why': [],
      'picker-calls': ['delegate'],
      'complaint-form': [],
      'ask-what-matters': ['ask'],
    },
    'claire-review': {
      'more-evidence': ['ask'],
      'make-the-case': [],
      'seven-again': [],
      'night-tour': ['delegate'],
    },
  },
  continuity: {
    ...noClaims(
      [
        'intro',
        'december',
        'short-night',
        'claire-peak',
        'owen-asks',
        'temps-arrive',
        'the-van',
        'farah-call',
        'claire-review',
        'the-review',
      ],
      'sets a scene or quotes someone; assumes no earlier choice and no meter movement',
    ),
    ...noClaims(
      ['temps-arrive:owen-places', 'claire-review:night-tour'],
      '"spends the night" is time, not money',
    ),
    'short-night:move-slots': { claims: [{ meter: 'orders', moved: 'down', since: 'step' }] },
    'temps-arrive:straight-in': { claims: [{ meter: 'accuracy', moved: 'down', since: 'step' }] },
    'end-rested': {
      claims: [
        { meter: 'accuracy', moved: 'up' },
        { meter: 'energy', moved: 'up' },
      ],
    },
    'end-holding-on': { noClaim: 'says the winter was uneven, true of any run that gets here' },
    'end-burnt-out': { claims: [{ meter: 'energy', moved: 'down' }] },
    'end-wrong-bags': { claims: [{ meter: 'accuracy', moved: 'down' }] },
  },
};
