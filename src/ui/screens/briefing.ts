import type { Scenario } from '../../engine/scenario/schema';
import type { TimePressure } from '../../engine/run/types';
import type { PlayMode } from '../../engine/session/types';
import { describeTimePressure } from '../../services/settings';
import { button, el, focusHeading } from '../kit';
import { timePressureFieldset } from './settings';

export interface BriefingOptions {
  scenario: Scenario;
  timePressure: TimePressure;
  /** "Scenario 2 of 3 in the track …", when playing a track. */
  trackNote?: string;
  onTimePressure(value: TimePressure): void;
  mode: PlayMode;
  onMode(value: PlayMode): void;
  onStart(): void;
  onBack(): void;
}

const DIMENSION_WHY = [
  ['Customer focus', 'do your decisions start from what the customer needs and feels?'],
  [
    'Adaptability',
    'do you change course when the situation changes, instead of defending the plan?',
  ],
  [
    'Empowerment',
    'do the people closest to the customer have the authority, the skill and your backing to act?',
  ],
] as const;

const MODES: ReadonlyArray<[PlayMode, string, string]> = [
  [
    'assessment',
    'Assessment',
    'Play it through as it comes: you see what follows from each choice, and your scores and coaching wait for the debrief.',
  ],
  [
    'practice',
    'Practice',
    'After each choice you also see the coaching, the principle behind it and how it moved your scores, and you may step back one decision and try another. The debrief says the run was practice.',
  ],
];

/** Assessment or practice, each with what it means; the run's log records the choice. */
function modeFieldset(current: PlayMode, onChange: (value: PlayMode) => void): HTMLElement {
  return el('fieldset', { className: 'fieldset mode-choice' }, [
    el('legend', { text: 'How do you want to play?' }),
    ...MODES.map(([value, label, about]) => {
      const id = `play-mode-${value}`;
      return el('div', { className: 'radio' }, [
        el('input', {
          attrs: {
            type: 'radio',
            name: 'play-mode',
            id,
            value,
            checked: value === current,
            'aria-describedby': `${id}-about`,
          },
          on: { change: () => onChange(value) },
        }),
        el('label', { text: label, attrs: { for: id } }),
        el('p', { className: 'radio-note', text: about, attrs: { id: `${id}-about` } }),
      ]);
    }),
  ]);
}

function hasTimedDecision(scenario: Scenario): boolean {
  return Object.values(scenario.nodes).some(
    (node) => node.kind === 'decision' && node.timeLimitSeconds !== undefined,
  );
}

function castList(scenario: Scenario): HTMLElement | null {
  const cast = Object.values(scenario.cast ?? {});
  if (cast.length === 0) return null;
  return el('section', { attrs: { 'aria-labelledby': 'cast-heading' } }, [
    el('h2', { text: 'Who you will meet', attrs: { id: 'cast-heading' } }),
    el(
      'ul',
      {},
      cast.map((member) => el('li', { text: `${member.name}, ${member.role}` })),
    ),
  ]);
}

function meterList(scenario: Scenario): HTMLElement | null {
  const meters = Object.values(scenario.meters ?? {});
  if (meters.length === 0) return null;
  return el('section', { attrs: { 'aria-labelledby': 'meters-heading' } }, [
    el('h2', { text: 'What you can see moving', attrs: { id: 'meters-heading' } }),
    el('p', { text: 'These business gauges react to your decisions. They are not your score.' }),
    el(
      'ul',
      {},
      meters.map((meter) => el('li', { text: `${meter.label}: starts at ${meter.initial}` })),
    ),
  ]);
}

export function renderBriefing(root: HTMLElement, options: BriefingOptions): void {
  const { scenario } = options;
  const heading = el('h1', { text: scenario.title });
  const timing = hasTimedDecision(scenario)
    ? el('p', { className: 'time-note', text: describeTimePressure(options.timePressure) })
    : el('p', { text: 'No decision in this scenario is timed.' });
  const fieldset = hasTimedDecision(scenario)
    ? timePressureFieldset(options.timePressure, (value) => {
        timing.textContent = describeTimePressure(value);
        options.onTimePressure(value);
      })
    : null;
  root.append(
    el('section', { className: 'screen briefing-screen' }, [
      heading,
      options.trackNote ? el('p', { className: 'card-meta', text: options.trackNote }) : null,
      el('p', { className: 'lede', text: scenario.summary }),
      el('p', { text: `Your role: ${scenario.role}` }),
      castList(scenario),
      meterList(scenario),
      el('section', { attrs: { 'aria-labelledby': 'scored-heading' } }, [
        el('h2', { text: 'What is scored, and why', attrs: { id: 'scored-heading' } }),
        el('p', {
          text: 'Each decision moves three leadership scores. Most options help one and cost another, and the same move can be right in one situation and wrong in the next: read what the story tells you about the people and the customer.',
        }),
        el(
          'ul',
          {},
          DIMENSION_WHY.map(([name, why]) =>
            el('li', {}, [el('strong', { text: `${name}: ` }), document.createTextNode(why)]),
          ),
        ),
        el('p', { text: 'The debrief at the end shows where you stand on each, and why.' }),
      ]),
      el('section', { attrs: { 'aria-labelledby': 'mode-heading' } }, [
        el('h2', { text: 'Assessment or practice', attrs: { id: 'mode-heading' } }),
        modeFieldset(options.mode, options.onMode),
      ]),
      el('section', { attrs: { 'aria-labelledby': 'timing-heading' } }, [
        el('h2', { text: 'Time pressure', attrs: { id: 'timing-heading' } }),
        timing,
        fieldset,
      ]),
      el('div', { className: 'actions' }, [
        button('Start', options.onStart, 'button button-primary'),
        button('Back to the list', options.onBack),
      ]),
    ]),
  );
  focusHeading(heading);
}
