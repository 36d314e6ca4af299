/**
 * The facilitator's start: the workshops on this computer (open, create, import a workshop
 * file) and room play. Nothing here leaves the device.
 */
import type { Scenario } from '../../engine/scenario/schema';
import { newId, type WorkshopStore } from '../store';
import type { Workshop } from '../types';
import { workshopFromFile } from '../workshop-file';
import { button, el, labelled, selectOf } from '../../ui/kit';

export interface HomeOptions {
  store: WorkshopStore;
  scenarios: readonly Scenario[];
  onOpen: (workshop: Workshop) => void;
  onRoomPlay: (scenario: Scenario) => void;
  onExit: () => void;
}

function workshopList(
  workshops: readonly Workshop[],
  onOpen: (workshop: Workshop) => void,
): HTMLElement {
  if (workshops.length === 0)
    return el('p', { className: 'fac-muted', text: 'No workshops on this computer yet.' });
  return el(
    'ul',
    { className: 'fac-workshops', attrs: { 'aria-label': 'Workshops' } },
    workshops.map((workshop) =>
      el('li', { attrs: { 'data-workshop-id': workshop.id } }, [
        el('span', {
          className: 'fac-workshop-name',
          text: `${workshop.name} (${workshop.sessions.length} sessions)`,
        }),
        button(`Open ${workshop.name}`, () => onOpen(workshop), 'button button-small'),
      ]),
    ),
  );
}

function createForm(options: HomeOptions, message: HTMLElement): HTMLElement {
  const name = el('input', { attrs: { type: 'text', maxlength: 200, autocomplete: 'off' } });
  const form = el('form', { className: 'fac-create' }, [
    labelled('Workshop name', name),
    el('button', {
      className: 'button button-primary',
      text: 'Create workshop',
      attrs: { type: 'submit' },
    }),
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const title = name.value.trim();
    if (!title) {
      message.textContent = 'Give the workshop a name first.';
      name.focus();
      return;
    }
    const workshop: Workshop = {
      id: newId('workshop'),
      name: title,
      createdAt: new Date().toISOString(),
      sessions: [],
    };
    void options.store.put(workshop).then(() => options.onOpen(workshop));
  });
  return form;
}

function importForm(options: HomeOptions, message: HTMLElement): HTMLElement {
  const input = el('input', { attrs: { type: 'file', accept: '.json,application/json' } });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (!file) return;
    void file.text().then(async (text) => {
      const read = workshopFromFile(text);
      input.value = '';
      if (!read.ok) {
        message.textContent = `${file.name}: ${read.message}`;
        return;
      }
      // A fresh id, so importing the same file twice never overwrites a workshop.
      const workshop = { ...read.workshop, id: newId('workshop') };
      await options.store.put(workshop);
      options.onOpen(workshop);
    });
  });
  return labelled('Import a workshop file', input);
}

function roomPlayForm(options: HomeOptions): HTMLElement {
  if (options.scenarios.length === 0) return el('p', { text: 'No scenarios are available.' });
  const picker = selectOf(
    options.scenarios.map((scenario) => ({ value: scenario.id, text: scenario.title })),
  );
  const start = button(
    'Start room play',
    () => {
      const scenario = options.scenarios.find((candidate) => candidate.id === picker.value);
      if (scenario) options.onRoomPlay(scenario);
    },
    'button button-primary',
  );
  return el('div', { className: 'fac-actions' }, [
    labelled('Scenario for the room', picker),
    start,
  ]);
}

export async function renderHome(host: HTMLElement, options: HomeOptions): Promise<void> {
  const workshops = await options.store.list();
  const message = el('p', { className: 'fac-message', attrs: { role: 'status' } });
  const heading = el('h1', { text: 'Facilitator tools', attrs: { tabindex: '-1' } });
  host.replaceChildren(
    el('div', { className: 'fac-home' }, [
      el('div', { className: 'fac-actions' }, [
        button('Back to the game', options.onExit, 'button button-quiet'),
      ]),
      heading,
      el('p', {
        className: 'fac-lede',
        text: 'Gather a group’s session files or result codes into a workshop, see how the room decided, replay any run, or play a scenario together. Everything stays on this computer.',
      }),
      el('section', { className: 'fac-section' }, [
        el('h2', { text: 'Workshops' }),
        workshopList(workshops, options.onOpen),
        createForm(options, message),
        importForm(options, message),
        message,
      ]),
      el('section', { className: 'fac-section' }, [
        el('h2', { text: 'Room play' }),
        el('p', {
          text: 'Play a scenario on the projector; at each decision, enter how the room voted. The majority goes on.',
        }),
        roomPlayForm(options),
      ]),
    ]),
  );
  heading.focus();
}
