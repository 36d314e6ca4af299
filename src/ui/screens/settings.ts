import type { TimePressure } from '../../engine/run/types';
import type { Settings } from '../../services/settings';
import { button, el, focusHeading } from '../kit';

const TIME_PRESSURE_LABELS: Array<[TimePressure, string]> = [
  ['normal', 'Normal'],
  ['double', 'Double time'],
  ['off', 'Off (no time limits)'],
];

let fieldsetCount = 0;

export function timePressureFieldset(
  current: TimePressure,
  onChange: (value: TimePressure) => void,
): HTMLElement {
  const name = `time-pressure-${++fieldsetCount}`;
  const options = TIME_PRESSURE_LABELS.map(([value, label]) => {
    const id = `${name}-${value}`;
    const input = el('input', {
      attrs: { type: 'radio', name, id, value, checked: value === current },
      on: { change: () => onChange(value) },
    });
    return el('div', { className: 'radio' }, [
      input,
      el('label', { text: label, attrs: { for: id } }),
    ]);
  });
  return el('fieldset', { className: 'fieldset' }, [
    el('legend', { text: 'Time pressure for timed decisions' }),
    ...options,
  ]);
}

export interface SettingsOptions {
  settings: Settings;
  onChange(settings: Settings): void;
  onBack(): void;
}

function checkbox(
  id: string,
  label: string,
  checked: boolean,
  onChange: (checked: boolean) => void,
): HTMLElement {
  const input = el('input', { attrs: { type: 'checkbox', id, checked } });
  input.addEventListener('change', () => onChange(input.checked));
  return el('div', { className: 'checkbox' }, [
    input,
    el('label', { text: label, attrs: { for: id } }),
  ]);
}

export function renderSettings(root: HTMLElement, options: SettingsOptions): void {
  let settings = { ...options.settings };
  const update = (patch: Partial<Settings>) => {
    settings = { ...settings, ...patch };
    options.onChange(settings);
  };
  const heading = el('h1', { text: 'Settings' });
  const volume = el('input', {
    attrs: {
      type: 'range',
      id: 'volume',
      min: 0,
      max: 100,
      step: 5,
      value: Math.round(settings.volume * 100),
    },
  });
  volume.addEventListener('input', () => update({ volume: Number(volume.value) / 100 }));
  root.append(
    el('section', { className: 'screen settings-screen' }, [
      heading,
      timePressureFieldset(settings.timePressure, (timePressure) => update({ timePressure })),
      el('fieldset', { className: 'fieldset' }, [
        el('legend', { text: 'Sound' }),
        checkbox('sound-on', 'Sound on', settings.soundOn, (soundOn) => update({ soundOn })),
        el('div', { className: 'range' }, [
          el('label', { text: 'Volume', attrs: { for: 'volume' } }),
          volume,
        ]),
      ]),
      el('fieldset', { className: 'fieldset' }, [
        el('legend', { text: 'Motion' }),
        checkbox('reduce-motion', 'Reduce motion', settings.reducedMotion, (reducedMotion) =>
          update({ reducedMotion }),
        ),
      ]),
      el('p', { className: 'hint', text: 'Settings are remembered on this device.' }),
      button('Done', options.onBack, 'button button-primary'),
    ]),
  );
  focusHeading(heading);
}
