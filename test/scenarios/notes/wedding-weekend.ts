import type { ScenarioNotes } from '.';
import { noClaims } from './no-claims';

export const notes: ScenarioNotes = {
  opening: {
    beat: 'customer-on-the-phone',
    speaker: 'elena',
    firstDecisionTimed: true,
    firstAsker: 'customer',
  },
  styles: {
    'the-call': {
      'drive-in': ['give'],
      'joseph-decides': ['delegate'],
      'move-the-couple': ['give'],
      'partner-hotel': [],
      'find-out-first': ['ask'],
    },
    'midnight-lobby': {
      'ring-round': [],
      'five-star': ['give'],
      'back-joseph-plan': ['delegate'],
      'camp-beds': [],
    },
    breakfast: {
      'blame-software': [],
      'ask-what-would-help': ['ask'],
      'apologise-plainly': [],
      'hana-treats': ['delegate', 'give'],
      'free-night': ['give'],
    },
    rain: {
      'check-with-events': ['ask'],
      'hana-goes': ['delegate'],
      'run-it-yourself': [],
      marquee: ['give'],
      'push-back': [],
    },
    manual: {
      'survey-staff': ['ask'],
      'budget-for-all': ['delegate'],
      'trained-say-yes': ['delegate'],
      'longer-list': [],
      'keep-manual': [],
    },
    owners: {
      'own-cause': [],
      'approval-cap': [],
      'show-return': [],
      'joseph-explains': ['delegate'],
      'cut-training': [],
    },
  },
  continuity: {
    ...noClaims(
      ['breakfast', 'wedding-day', 'rain', 'manual', 'oliver-review', 'owners', 'month-later'],
      'sets a scene or reports a request; assumes nothing about earlier choices or meters',
    ),
    'owners:cut-training': { noClaim: '"cancelled" is the induction, not a booking' },
    'joseph-night': { claims: [{ meter: 'budget', moved: 'down' }] },
    'manual:budget-for-all': { claims: [{ meter: 'budget', moved: 'down', since: 'step' }] },
    'oliver-overspend': { claims: [{ meter: 'budget', moved: 'down' }] },
    'end-saved-weekend': { noClaim: 'a wedding that went well enough fits any mixed run' },
    'end-cold-welcome': { claims: [{ meter: 'guests', moved: 'down' }] },
    'end-joseph-leaves': { claims: [{ meter: 'staff', moved: 'down' }] },
    'end-spending-freeze': { claims: [{ meter: 'budget', moved: 'down' }] },
  },
};
