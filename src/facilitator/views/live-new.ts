/**
 * The form for a new live room: a scenario or a track, time pressure, assessment or practice,
 * an optional closing time (and the passcode when the server asks for one).
 */
import type { LiveCapabilities, CreateRoomRequest } from '../../live/protocol';
import { button, el, labelled } from '../../ui/kit';

function choiceOptions(live: LiveCapabilities): HTMLSelectElement {
  const select = el('select', { attrs: { name: 'content' } });
  const scenarios = el('optgroup', { attrs: { label: 'Scenarios' } });
  for (const scenario of live.library.scenarios)
    scenarios.append(el('option', { text: scenario.title, attrs: { value: `s:${scenario.id}` } }));
  const tracks = el('optgroup', { attrs: { label: 'Tracks (several scenarios in order)' } });
  for (const track of live.library.tracks)
    tracks.append(el('option', { text: track.title, attrs: { value: `t:${track.id}` } }));
  select.append(scenarios, tracks);
  return select;
}

function radios(
  legend: string,
  name: string,
  options: ReadonlyArray<[string, string]>,
): HTMLElement {
  return el('fieldset', { className: 'fac-radios' }, [
    el('legend', { text: legend }),
    ...options.map(([value, text], index) =>
      el('label', {}, [
        el('input', {
          attrs: { type: 'radio', name, value, checked: index === 0 },
        }),
        el('span', { text }),
      ]),
    ),
  ]);
}

/** The closing time typed as a local time today (or tomorrow when already past), as ISO. */
function closingTime(value: string, now: Date): string | undefined {
  const match = /^(\d{2}):(\d{2})$/.exec(value);
  if (!match) return undefined;
  const at = new Date(now);
  at.setHours(Number(match[1]), Number(match[2]), 0, 0);
  if (at <= now) at.setDate(at.getDate() + 1);
  return at.toISOString();
}

function formFields(live: LiveCapabilities) {
  const content = choiceOptions(live);
  const pressure = el('select', { attrs: { name: 'timePressure' } }, [
    el('option', { text: 'Normal time limits', attrs: { value: 'normal' } }),
    el('option', { text: 'No time limits', attrs: { value: 'off' } }),
    el('option', { text: 'Double time', attrs: { value: 'double' } }),
  ]);
  const style = radios('How the room plays', 'style', [
    ['individual', 'Each participant plays the run on their own device'],
    [
      'room-play',
      'Together: the story is on your screen and the room votes from their phones at each decision (untimed)',
    ],
  ]);
  const mode = radios('Mode', 'mode', [
    ['assessment', 'Assessment: debriefs only when you release them'],
    ['practice', 'Practice: each participant sees their debrief at the end of a run'],
  ]);
  const closes = el('input', { attrs: { type: 'time', name: 'closesAt' } });
  const passcode = el('input', { attrs: { type: 'password', autocomplete: 'off' } });
  return { content, pressure, style, mode, closes, passcode };
}

export function liveNewForm(
  live: LiveCapabilities,
  problem: string | null,
  create: (request: CreateRoomRequest) => void,
  back: () => void,
): HTMLElement {
  const { content, pressure, style, mode, closes, passcode } = formFields(live);
  const form = el('form', { className: 'fac-live-new' }, [
    labelled('Scenario or track', content),
    style,
    labelled('Time pressure', pressure),
    mode,
    labelled('Closes at (optional)', closes),
    live.passcodeRequired ? labelled('Facilitator passcode', passcode) : null,
    problem ? el('p', { className: 'fac-message', attrs: { role: 'alert' }, text: problem }) : null,
    el('div', { className: 'fac-actions' }, [
      el('button', {
        className: 'button button-primary',
        text: 'Open the room',
        attrs: { type: 'submit' },
      }),
      button('Back to workshops', back, 'button button-quiet'),
    ]),
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const [kind, id] = [content.value.slice(0, 1), content.value.slice(2)];
    const checked = (name: string) =>
      form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;
    const closesAt = closingTime(closes.value, new Date());
    create({
      ...(kind === 't' ? { trackId: id } : { scenarioId: id }),
      timePressure: pressure.value as 'normal' | 'off' | 'double',
      mode: checked('mode') === 'practice' ? 'practice' : 'assessment',
      style: checked('style') === 'room-play' ? 'room-play' : 'individual',
      ...(closesAt ? { closesAt } : {}),
      ...(live.passcodeRequired ? { passcode: passcode.value } : {}),
    });
  });
  return el('div', { className: 'fac-home' }, [
    el('h1', { text: 'New live room', attrs: { tabindex: '-1' } }),
    el('p', {
      className: 'fac-lede',
      text: `Participants join on their own phones or laptops with a short code and play; you see each choice as it happens. Up to ${live.limits.maxParticipants} participants; the room and its data are deleted ${live.limits.retentionDays} days after it ends.`,
    }),
    form,
  ]);
}
