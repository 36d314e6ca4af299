import type { ScenarioNotes } from '.';
import { noClaims } from './no-claims';

export const notes: ScenarioNotes = {
  opening: {
    beat: 'social-media-storm',
    speaker: 'yusuf',
    firstDecisionTimed: false,
    firstAsker: 'colleague',
  },
  styles: {
    storm: {
      'defend-site': [],
      'paper-for-all': ['give'],
      'gather-figures': ['ask'],
      'call-yusuf': [],
      'beatriz-replies': ['delegate'],
      'own-it-publicly': [],
    },
    'site-down': {
      'send-home': [],
      'beatriz-call': ['delegate'],
      'work-the-queue': [],
      'ask-it': ['ask'],
    },
    'meet-it': {
      'leave-to-it': ['delegate'],
      'log-first': ['ask'],
      'friday-fixes': [],
      'kwame-at-counter': [],
      'escalate-olga': [],
    },
    expiring: {
      'come-back-monday': [],
      'milan-decides': ['delegate'],
      'show-milan': [],
      'do-it-yourself': [],
      'extend-everyone': ['give'],
    },
    'team-strain': {
      'keep-stepping-in': [],
      'staff-survey': ['ask'],
      'coach-daily': [],
      'buddy-up': ['delegate'],
      overtime: [],
    },
  },
  continuity: {
    ...noClaims(
      ['the-week', 'site-down', 'meet-it', 'expiring', 'team-strain', 'three-months'],
      'sets a scene or reports a request; assumes nothing about earlier choices or meters',
    ),
    intro: { noClaim: '"forty thousand" counts views of the video' },
    'meet-it:leave-to-it': { noClaim: '"complaints" are the items on the change board queue' },
    'team-strain:overtime': { noClaim: 'overtime is approved; no meter tracks money here' },
    'strain-took-over': { claims: [{ flag: 'tookOver', is: true }] },
    'strain-new-ones': { claims: [{ flag: 'tookOver', is: false }] },
    'end-works': {
      claims: [
        { meter: 'uptake', moved: 'up' },
        { flag: 'websiteFixing', is: true },
        { flag: 'paperBack', is: false },
      ],
    },
    'end-coping': { noClaim: 'problems still waiting for a fix fit any mixed run' },
    'end-front-page': { claims: [{ meter: 'residents', moved: 'down' }] },
    'end-burnout': { claims: [{ meter: 'team', moved: 'down' }] },
    'end-paper-mountain': { claims: [{ meter: 'uptake', moved: 'down' }] },
  },
};
