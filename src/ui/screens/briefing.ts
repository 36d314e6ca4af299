/**
 * The briefing, on one screen at 1280×720 and 390×844 with Start in view: the situation in a
 * few lines, the cast as a strip of portraits (the game's own art, painted once it loads),
 * the meters as small gauges at their starting values, one line on what is scored. The why
 * of the scores and the time-pressure choice open on demand.
 */
import type { Scenario } from '../../engine/scenario/schema';
import type { TimePressure } from '../../engine/run/types';
import type { PlayMode } from '../../engine/session/types';
import { describeTimePressure } from '../../services/settings';
import { button, el, focusHeading, type Child } from '../kit';
import { castStrip, dimensionList, gaugeList, paintPictures } from '../components';
import { timePressureFieldset } from './settings';

export interface BriefingOptions {
  scenario: Scenario;
  timePressure: TimePressure;
  /** "Scenario 2 of 3 in the track …", when playing a track. */
  trackNote?: string;
  onTimePressure(value: TimePressure): void;
  mode: PlayMode;
  /** Absent where the mode is fixed (an LMS package is an assessment). */
  onMode?(value: PlayMode): void;
  onStart(): void;
  /** The "your name or alias" field, shown just above Start. */
  aliasField?: HTMLElement;
  /** Absent inside an LMS package, which has no list. */
  onBack?(): void;
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

/** One labelled part of the briefing: `name` gives its class and its heading's id. */
function briefingSection(name: string, title: string, content: Child[]): HTMLElement {
  return el(
    'section',
    { className: `briefing-${name}`, attrs: { 'aria-labelledby': `${name}-heading` } },
    [
      el('h2', { className: 'briefing-label', text: title, attrs: { id: `${name}-heading` } }),
      ...content,
    ],
  );
}

function scoredSection(): HTMLElement {
  return briefingSection('scored', 'Scored on', [
    dimensionList(),
    el('details', { className: 'more' }, [
      el('summary', { text: 'What is scored, and why' }),
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
  ]);
}

function timingSection(options: BriefingOptions): HTMLElement {
  const timed = hasTimedDecision(options.scenario);
  const timing = el('p', {
    className: 'time-note',
    text: timed
      ? describeTimePressure(options.timePressure)
      : 'No decision in this scenario is timed.',
  });
  const fieldset = timed
    ? timePressureFieldset(options.timePressure, (value) => {
        timing.textContent = describeTimePressure(value);
        options.onTimePressure(value);
      })
    : null;
  return briefingSection('timing', 'Time pressure', [
    timing,
    fieldset
      ? el('details', { className: 'more' }, [
          el('summary', { text: 'Change time pressure' }),
          fieldset,
        ])
      : null,
  ]);
}

function castSection(scenario: Scenario): HTMLElement | null {
  const cast = Object.entries(scenario.cast ?? {});
  if (cast.length === 0) return null;
  return briefingSection('cast', 'Who you will meet', [
    castStrip(
      cast.map(([id, member]) => ({
        id,
        name: member.name,
        role: member.role,
        ...(member.look ? { look: member.look } : {}),
      })),
    ),
  ]);
}

function meterSection(scenario: Scenario): HTMLElement | null {
  const meters = Object.entries(scenario.meters ?? {});
  if (meters.length === 0) return null;
  return briefingSection('meters', 'What you can see moving', [
    gaugeList(
      meters.map(([id, meter]) => ({
        id,
        label: meter.label,
        value: meter.initial,
        min: meter.min,
        max: meter.max,
        prefix: 'starts at ',
      })),
      'Meters at the start',
    ),
    el('p', {
      className: 'briefing-small',
      text: 'Business gauges that react to your decisions. They are not your score.',
    }),
  ]);
}

export function renderBriefing(root: HTMLElement, options: BriefingOptions): void {
  const { scenario } = options;
  const heading = el('h1', { className: 'briefing-title', text: scenario.title });
  const screen = el('section', { className: 'screen briefing-screen' }, [
    el('div', { className: 'briefing-head' }, [
      options.trackNote ? el('p', { className: 'card-meta', text: options.trackNote }) : null,
      heading,
      el('p', { className: 'briefing-role', text: `Your role: ${scenario.role}` }),
    ]),
    el('div', { className: 'briefing-body' }, [
      el('div', { className: 'briefing-story' }, [
        el('p', { className: 'lede briefing-summary', text: scenario.summary }),
        scoredSection(),
        options.onMode
          ? briefingSection('mode', 'Assessment or practice', [
              modeFieldset(options.mode, options.onMode),
            ])
          : null,
        timingSection(options),
        options.aliasField ?? null,
      ]),
      el('div', { className: 'briefing-side' }, [castSection(scenario), meterSection(scenario)]),
    ]),
    el('div', { className: 'actions briefing-actions' }, [
      button('Start', options.onStart, 'button button-primary button-large'),
      options.onBack ? button('Back to the list', options.onBack, 'button button-quiet') : null,
    ]),
  ]);
  root.append(screen);
  focusHeading(heading);
  void paintPictures(screen);
}
