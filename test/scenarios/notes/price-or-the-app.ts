import type { ScenarioNotes } from '.';
import { noClaims } from './no-claims';

export const notes: ScenarioNotes = {
  opening: {
    beat: 'board-question',
    speaker: null,
    firstDecisionTimed: false,
    firstAsker: 'colleague',
  },
  styles: {
    'board-question': {
      'back-the-model': ['give'],
      'back-the-managers': ['give'],
      'call-leavers': ['ask'],
      'big-survey': ['ask'],
      'clubs-decide': ['delegate'],
    },
    'northgate-door': {
      'show-her-app': [],
      'walk-her-in': ['give'],
      'desk-overrides': ['delegate', 'give'],
      'ask-her-steps': ['ask'],
      'tomorrow-instead': [],
    },
    'calls-say': {
      'survey-to-confirm': ['ask'],
      'restore-everywhere': ['give'],
      'trial-two': ['give'],
      'managers-set-times': ['delegate'],
    },
    'yasmin-hunch': {
      'stay-course': [],
      'call-now': ['ask'],
      'yasmin-fixes': ['delegate'],
      'dev-checks': ['ask'],
    },
    'rival-response': {
      'match-19': ['give'],
      'call-switchers': ['ask'],
      'play-to-strengths': [],
      'yasmin-answers': ['delegate'],
    },
    'board-paper': {
      'lead-with-model': [],
      'lead-with-members': [],
      'both-stories': [],
      'dev-calls-first': ['ask', 'delegate'],
      'another-quarter': ['ask'],
    },
  },
  continuity: {
    ...noClaims(
      [
        'northgate-door',
        'what-next',
        'yasmin-hunch',
        'rival',
        'rival#0',
        'rival-response',
        'board-paper',
        'the-board',
      ],
      'sets a scene or quotes someone; assumes no earlier choice and no meter movement',
    ),
    ...noClaims(
      ['intro', 'board-question'],
      'reports the figures the story starts from; nothing has been decided yet',
    ),
    ...noClaims(
      [
        'board-question:back-the-managers',
        'board-question:call-leavers',
        'northgate-door:walk-her-in',
        'northgate-door:ask-her-steps',
        'calls-say:restore-everywhere',
      ],
      'cancelled bookings, a cancelled class, a queue: events in the story, not a meter',
    ),
    'board-paper:lead-with-members': {
      noClaim: 'explains what the model found about the price plan; it claims no meter movement',
    },
    'calls-say': {
      noClaim: 'George says price was not his reason; a statement about him, not a meter',
    },
    'board-question:back-the-model': {
      claims: [{ meter: 'budget', moved: 'down', since: 'step' }],
    },
    'board-question:big-survey': {
      noClaim: 'says cancellations continue while the survey is written; it claims no change',
    },
    'board-question:clubs-decide': { claims: [{ meter: 'budget', moved: 'down', since: 'step' }] },
    'northgate-door:tomorrow-instead': {
      claims: [{ meter: 'members', moved: 'down', since: 'step' }],
    },
    'calls-say:survey-to-confirm': { claims: [{ meter: 'members', moved: 'down', since: 'step' }] },
    'rival-response:match-19': { claims: [{ meter: 'budget', moved: 'down', since: 'step' }] },
    'board-paper:lead-with-model': {
      claims: [{ meter: 'members', moved: 'not-up', since: 'step' }],
    },
    'end-early-birds': {
      claims: [
        { meter: 'members', moved: 'up' },
        { flag: 'evidence', is: true },
        { flag: 'earlyBack', is: true },
      ],
    },
    'end-open-question': {
      noClaim: 'says results are uneven and unexplained, true of any run that gets here',
    },
    'end-cheaper-emptier': {
      claims: [
        { flag: 'priceCut', is: true },
        { meter: 'budget', moved: 'down' },
        { meter: 'members', moved: 'not-up' },
      ],
    },
    'end-still-leaving': { claims: [{ meter: 'members', moved: 'down' }] },
    'end-board-lost': { claims: [{ meter: 'board', moved: 'down' }] },
  },
};
