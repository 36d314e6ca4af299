import type { ScenarioNotes } from '.';
import { noClaims } from './no-claims';

export const notes: ScenarioNotes = {
  opening: {
    beat: 'dashboard-figure',
    speaker: 'aisha',
    firstDecisionTimed: false,
    firstAsker: 'colleague',
  },
  styles: {
    'find-out': {
      'extra-lines': [],
      'read-report': ['ask'],
      'ring-yourself': ['ask'],
      'ask-reception': ['ask'],
      'patient-survey': ['ask'],
    },
    'callback-idea': {
      'partners-meeting': [],
      'survey-first': ['ask'],
      'launch-monday': [],
      'tuesday-trial': [],
      'ravi-and-carlos': ['delegate'],
    },
    edith: {
      'rules-same': [],
      'carlos-call': ['delegate'],
      'book-yourself': ['give'],
      'wait-for-doctor': ['ask'],
    },
    'carlos-line': {
      'everyone-judges': ['delegate'],
      'warning-signs': [],
      'today-for-all': ['give'],
      'check-every-booking': [],
      'stand-with-him': [],
    },
    'flu-week': {
      'late-every-day': [],
      'evening-clinics': ['give'],
      'simple-form': [],
      'ravi-carlos-run-it': ['delegate'],
      'agency-staff': [],
    },
    'phone-manner': {
      'survey-patients': ['ask'],
      'outside-course': [],
      'carlos-teaches': ['delegate'],
      'carlos-phones': [],
      'warn-curt': [],
    },
  },
  continuity: {
    ...noClaims(
      ['callback-idea', 'edith', 'carlos-line', 'flu', 'flu-week', 'phone-manner', 'review'],
      'sets a scene or reports a request; assumes nothing about earlier choices or meters',
    ),
    ...noClaims(
      ['find-out:ask-reception', 'callback-idea:ravi-and-carlos', 'phone-manner:carlos-teaches'],
      '"spend" here is time, not money',
    ),
    'edith-daughter': { claims: [{ flag: 'edithSentHome', is: true }] },
    'end-no-scramble': {
      claims: [
        { meter: 'patients', moved: 'up' },
        { flag: 'callbackScheme', is: true },
      ],
    },
    'end-some-relief': { noClaim: 'calmer mornings that depend on a few people fit any mixed run' },
    'end-still-scrambling': { claims: [{ meter: 'patients', moved: 'down' }] },
    'end-burnout': { claims: [{ meter: 'staff', moved: 'down' }] },
  },
};
