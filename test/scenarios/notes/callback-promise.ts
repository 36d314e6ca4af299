import type { ScenarioNotes } from '.';
import { noClaims } from './no-claims';

export const notes: ScenarioNotes = {
  opening: {
    beat: 'coaching-conversation',
    speaker: 'kenji',
    firstDecisionTimed: false,
    firstAsker: 'colleague',
  },
  styles: {
    'one-to-one': {
      'tell-rule': [],
      'ask-him': ['ask'],
      'replay-together': [],
      'email-only': [],
      'move-on': [],
    },
    'rosa-calls': {
      'hold-for-report': [],
      'kenji-handles': ['delegate'],
      'sit-beside': [],
      'take-headset': ['give'],
      'priority-callback': [],
    },
    outage: {
      'everyone-incoming': [],
      'ask-farid': ['ask'],
      'amara-leads': ['delegate'],
      'free-month': ['give'],
      'recorded-message': [],
    },
    'rosa-line': {
      'router-and-credit': ['give'],
      hotspot: [],
      'kenji-follows': ['delegate'],
      'ask-network': ['ask'],
      'policy-line': [],
    },
    'amara-skill': {
      'make-script': [],
      'route-to-amara': ['delegate'],
      'amara-teaches': ['delegate'],
      'survey-customers': ['ask'],
      'praise-email': [],
    },
    booking: {
      'supervisor-shift': [],
      'all-agents-book': ['delegate'],
      'checked-agents-book': ['delegate'],
      'kenji-pilots': ['delegate'],
      'clear-it-yourself': ['give'],
    },
  },
  continuity: {
    ...noClaims(
      ['rosa-calls', 'storm', 'outage', 'rosa-line', 'amara-skill', 'booking', 'month-end'],
      'sets a scene or reports a request; assumes nothing about earlier choices or meters',
    ),
    ...noClaims(
      ['one-to-one:move-on', 'rosa-line:ask-network', 'booking:clear-it-yourself'],
      '"spend" here is time, not money',
    ),
    'storm#0': { noClaim: '"thousands" counts customers offline, not money' },
    'rosa-line:policy-line': { noClaim: '"cancellations" is the department she asks for' },
    'rosa-visit': { claims: [{ flag: 'rosaBooked', is: true }] },
    'rosa-no-show': { claims: [{ flag: 'falsePromise', is: true }] },
    'rosa-late': {
      claims: [
        { flag: 'rosaBooked', is: false },
        { flag: 'falsePromise', is: false },
      ],
    },
    'end-fixed-first-time': {
      claims: [
        { meter: 'service', moved: 'up' },
        {
          anyOf: [
            { flag: 'coachedKenji', is: true },
            { flag: 'askedKenji', is: true },
          ],
        },
      ],
    },
    'end-holding': { noClaim: 'steady numbers and recurring problems fit any mixed run' },
    'end-firefighting': { claims: [{ meter: 'service', moved: 'down' }] },
    'end-no-bench': { claims: [{ meter: 'skills', moved: 'down' }] },
    'end-overspent': { claims: [{ meter: 'budget', moved: 'down' }] },
  },
};
