import type { ScenarioNotes } from '.';
import { noClaims } from './no-claims';

export const notes: ScenarioNotes = {
  opening: {
    beat: 'colleague-asks-permission',
    speaker: 'dana',
    firstDecisionTimed: true,
    firstAsker: 'colleague',
  },
  styles: {
    kettle: {
      'sign-yourself': ['give'],
      'ask-statement': ['ask'],
      'dana-decides': ['delegate'],
      'refund-now': ['give'],
      'after-delivery': [],
    },
    leo: {
      'wait-for-dana': ['delegate'],
      'leo-decides': ['delegate'],
      'walk-him-through': [],
      'refund-it': ['give'],
      'take-it-over': [],
    },
    rule: {
      'allowance-everyone': ['delegate'],
      'allowance-trained': ['delegate'],
      'ask-the-floor': ['ask'],
      'second-manager': [],
    },
    'kettle-wave': {
      'refund-anything': ['give'],
      'swap-on-the-spot': ['delegate', 'give'],
      'batch-notice': ['give'],
      'sign-each': [],
      'send-to-supplier': [],
    },
    'the-post': {
      'wait-approval': ['ask'],
      'own-it': [],
      'dana-apologises': ['delegate'],
      'thank-in-thread': [],
      'dana-answers': ['delegate'],
      vouchers: ['give'],
    },
    award: {
      'nominate-marcus': [],
      'nominate-dana': [],
      'team-vote': ['delegate'],
      'ask-criteria': [],
      'skip-award': [],
    },
  },
  continuity: {
    ...noClaims(
      [
        'intro',
        'kettle:dana-decides',
        'leo',
        'rule',
        'monday',
        'kettle-wave',
        'the-post',
        'award',
        'close',
      ],
      'sets a scene or reports a request; refers to no earlier choice and no meter',
    ),
    ...noClaims(['leo:leo-decides', 'leo:refund-it'], '"discount shop" names a shop, not a price'),
    'kettle-wave:sign-each': { noClaim: '"spend two weekends" is time, not money' },
    'rule:allowance-everyone': { claims: [{ meter: 'margin', moved: 'down', since: 'step' }] },
    'kettle-wave:refund-anything': { claims: [{ meter: 'margin', moved: 'down', since: 'step' }] },
    'post-angry': { claims: [{ flag: 'priyaTurnedAway', is: true }] },
    'post-kind': { claims: [{ flag: 'priyaTurnedAway', is: false }] },
    'end-trusted': {
      claims: [
        { meter: 'trust', moved: 'up' },
        { meter: 'morale', moved: 'up' },
      ],
    },
    'end-steady': { noClaim: 'says the figures are middling, which any mixed run allows' },
    'end-queue': { claims: [{ meter: 'trust', moved: 'down' }] },
    'end-desk': { claims: [{ meter: 'morale', moved: 'down' }] },
    'end-giveaway': { claims: [{ meter: 'margin', moved: 'down' }] },
  },
};
