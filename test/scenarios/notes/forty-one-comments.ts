import type { ScenarioNotes } from '.';
import { noClaims } from './no-claims';

export const notes: ScenarioNotes = {
  opening: {
    beat: 'dashboard-figure',
    speaker: null,
    firstDecisionTimed: false,
    firstAsker: 'colleague',
  },
  styles: {
    'first-move': {
      'managers-plan': ['ask'],
      'screen-for-all': [],
      'work-the-pass': ['ask'],
      'dessert-vouchers': ['give'],
      'leads-investigate': ['delegate', 'ask'],
    },
    'kitchen-row': {
      'decide-runner': [],
      'shift-huddle': [],
      'sort-it-out': ['delegate'],
      'log-times': ['ask', 'delegate'],
      'screen-out': [],
    },
    thursday: {
      'share-and-ask': ['ask'],
      'runner-friday': [],
      'leads-fix': ['delegate'],
      'fix-what-you-saw': [],
      'two-minute-rule': [],
    },
    'raj-review': {
      'free-dinner': ['give'],
      'public-reply': [],
      'ines-replies': ['delegate'],
      'report-review': [],
    },
    'table-twelve': {
      'check-tickets': ['ask'],
      'lena-goes': ['delegate'],
      'send-lena': ['delegate'],
      'go-yourself': ['give'],
      'comp-table': ['give'],
      'reply-later': [],
    },
    'two-weeks': {
      'star-bonus': [],
      'monthly-report': ['ask'],
      'answer-all': [],
      'daily-huddle': [],
      'team-answers': ['delegate'],
    },
    rollout: {
      'riverside-teaches': ['delegate'],
      'targets-for-all': [],
      'another-quarter': ['ask'],
      'old-mill-first': ['delegate'],
      'managers-only': [],
    },
  },
  continuity: {
    ...noClaims(
      ['thursday', 'friday', 'raj-review', 'table-twelve', 'two-weeks', 'rollout', 'review'],
      'sets a scene or quotes a request; assumes no earlier choice and no meter',
    ),
    ...noClaims(
      ['two-weeks:answer-all', 'rollout:riverside-teaches'],
      '"spend" here is time, not money',
    ),
    'end-everyone-reads': {
      claims: [
        { meter: 'rating', moved: 'up' },
        { meter: 'team', moved: 'up' },
      ],
    },
    'end-good-weeks': {
      noClaim: 'says the rating sits between its best and worst, true of any run',
    },
    'end-regulars-gone': { claims: [{ meter: 'rating', moved: 'down' }] },
    'end-nobody-acts': {
      claims: [
        { meter: 'team', moved: 'down' },
        { flag: 'huddles', is: false },
        { flag: 'teamPlaybook', is: false },
      ],
    },
  },
};
