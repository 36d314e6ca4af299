/** Small hand-made scenarios that exercise every rule of the run machine. */
import type { Scenario } from '../../../src/engine/scenario/schema';

/**
 * intro (narrative) → budget (decision)
 *   use-budget: trust +60 (clamped to 100), sets empowered; branch sees the new trust → surprise
 *   hidden: offered only once empowered (never at the start)
 *   refer-up: morale -70 (clamped to 0) → escalate
 * surprise (event): "press" (weight 1, trust -5) → happy-end, or "quiet" (weight 3) → branch on empowered
 * escalate (decision, 10 s, timeout → wait): act → mixed-end, wait → sad-end
 */
export function refundScenario(): Scenario {
  return {
    formatVersion: 1,
    id: 'refund-test',
    title: 'Refund',
    summary: 'A refund at the counter.',
    role: 'Store lead',
    cast: { dana: { name: 'Dana', role: 'Frontline agent' } },
    meters: {
      trust: { label: 'Customer trust', initial: 50, min: 0, max: 100 },
      morale: { label: 'Team morale', initial: 60, min: 0, max: 100 },
    },
    start: 'intro',
    nodes: {
      intro: {
        kind: 'narrative',
        title: 'Monday',
        speaker: 'dana',
        mood: 'worried',
        text: 'A customer waits.',
        next: 'budget',
      },
      budget: {
        kind: 'decision',
        text: 'What do you tell Dana?',
        choices: [
          {
            id: 'use-budget',
            text: 'Use your budget.',
            scores: { customerFocus: 2, adaptability: 1, empowerment: 3 },
            meters: { trust: 60 },
            set: { empowered: true },
            feedback: 'Trusting the front line.',
            next: [{ when: { meter: 'trust', gte: 100 }, next: 'surprise' }, { next: 'escalate' }],
          },
          {
            id: 'hidden',
            text: 'Hidden.',
            when: { flag: 'empowered' },
            feedback: 'n/a',
            next: 'escalate',
          },
          {
            id: 'refer-up',
            text: 'Refer it up.',
            scores: { customerFocus: -2, empowerment: -3 },
            meters: { trust: -10, morale: -70 },
            feedback: 'Red tape.',
            next: 'escalate',
          },
        ],
      },
      surprise: {
        kind: 'event',
        text: 'Word gets around.',
        outcomes: [
          { weight: 1, text: 'The press loves it.', meters: { trust: -5 }, next: 'happy-end' },
          {
            weight: 3,
            text: 'Nobody notices.',
            next: [{ when: { flag: 'empowered' }, next: 'happy-end' }, { next: 'sad-end' }],
          },
        ],
      },
      escalate: {
        kind: 'decision',
        text: 'The customer is shouting.',
        timeLimitSeconds: 10,
        timeoutChoice: 'wait',
        choices: [
          {
            id: 'act',
            text: 'Act now.',
            scores: { adaptability: 2 },
            feedback: 'Quick.',
            next: 'mixed-end',
          },
          {
            id: 'wait',
            text: 'Wait.',
            scores: { adaptability: -2 },
            feedback: 'Slow.',
            next: 'sad-end',
          },
        ],
      },
      'happy-end': { kind: 'ending', text: 'Happy customer.', outcome: 'positive' },
      'mixed-end': { kind: 'ending', text: 'It worked out.', outcome: 'mixed' },
      'sad-end': { kind: 'ending', text: 'Lost the customer.', outcome: 'negative' },
    },
  };
}

/** A scenario that opens on a chance event, for the draw made on the very first state. */
export function eventFirstScenario(): Scenario {
  return {
    formatVersion: 1,
    id: 'event-first',
    title: 'Storm',
    summary: 'A storm.',
    role: 'Lead',
    meters: { stock: { label: 'Stock', initial: 10, min: 0 } },
    start: 'storm',
    nodes: {
      storm: {
        kind: 'event',
        text: 'A storm hits.',
        outcomes: [
          { weight: 1, meters: { stock: -20 }, next: 'end' },
          { weight: 1, text: 'It passes.', next: 'end' },
        ],
      },
      end: { kind: 'ending', text: 'Done.', outcome: 'mixed' },
    },
  };
}
