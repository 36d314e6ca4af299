/**
 * The facilitator's start: the workshops on this computer (open, create, import a workshop
 * file, merge one whose name is taken), room play, and what the tools accept.
 */
import type { Scenario } from '../../engine/scenario/schema';
import type { FacilitatorContext } from '../machine-types';
import type { Workshop } from '../types';
import { LIMITS_HELP } from '../limits';
import { button, el, labelled, plural, selectOf } from '../../ui/kit';
import { confirmBox } from './confirm';
import { importReport } from './import-report';
import { liveSection } from './live-home';
import { exportWorkshop } from './storage-notice';
import { whenChanged, type FacilitatorSnapshot, type Screen, type ViewTools } from './snapshot';

function workshopList(context: FacilitatorContext, tools: ViewTools): HTMLElement {
  const { workshops } = context;
  if (workshops.length === 0)
    return el('p', { className: 'fac-muted', text: 'No workshops on this computer yet.' });
  const exportable = context.storage.mode === 'memory' || context.listProblem !== null;
  return el(
    'ul',
    { className: 'fac-workshops', attrs: { 'aria-label': 'Workshops' } },
    workshops.map((workshop: Workshop) =>
      el('li', { attrs: { 'data-workshop-id': workshop.id } }, [
        el('span', {
          className: 'fac-workshop-name',
          text: `${workshop.name} (${plural(workshop.sessions.length, 'session')})`,
        }),
        button(
          `Open ${workshop.name}`,
          () => tools.send({ type: 'facilitator.openWorkshop', id: workshop.id }),
          'button button-small',
        ),
        exportable
          ? button(`Export ${workshop.name}`, () => exportWorkshop(workshop), 'button button-small')
          : null,
      ]),
    ),
  );
}

function createForm(tools: ViewTools): HTMLElement {
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
    tools.send({ type: 'facilitator.createWorkshop', name: name.value });
    if (!name.value.trim()) name.focus();
  });
  return form;
}

function importForm(tools: ViewTools): HTMLElement {
  const input = el('input', { attrs: { type: 'file', accept: '.json,application/json' } });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (file) tools.send({ type: 'facilitator.importWorkshopFile', file });
  });
  return labelled('Import a workshop file', input);
}

function mergeOffer(context: FacilitatorContext, tools: ViewTools): HTMLElement | null {
  const status = context.importStatus;
  if (status.kind !== 'offer') return null;
  const { imported, existing } = status;
  const merge = button(
    `Merge into “${existing.name}”`,
    () => tools.send({ type: 'facilitator.mergeImport' }),
    'button button-primary',
  );
  const box = confirmBox(
    'Workshop name taken',
    `A workshop called “${existing.name}” is already on this computer (${plural(existing.sessions.length, 'session')}). ${imported.fileName} holds ${plural(imported.workshop.sessions.length, 'session')}. Merge them (each session is kept once), or keep the file as a separate workshop?`,
    [
      merge,
      button(
        'Keep as a separate workshop',
        () => tools.send({ type: 'facilitator.importAsNew' }),
        'button',
      ),
      button(
        'Cancel',
        () => tools.send({ type: 'facilitator.cancelImport' }),
        'button button-quiet',
      ),
    ],
    [importReport(imported)],
  );
  queueMicrotask(() => merge.focus());
  return box;
}

function messageOf(context: FacilitatorContext): string {
  if (context.importStatus.kind === 'reading') return `Reading ${context.importStatus.fileName}…`;
  if (context.importStatus.kind === 'done') return context.importStatus.message;
  return context.notice ?? '';
}

function roomPlayForm(scenarios: readonly Scenario[], tools: ViewTools): HTMLElement {
  if (scenarios.length === 0) return el('p', { text: 'No scenarios are available.' });
  const picker = selectOf(
    scenarios.map((scenario) => ({ value: scenario.id, text: scenario.title })),
  );
  const start = button(
    'Start room play',
    () => tools.send({ type: 'facilitator.startRoom', scenarioId: picker.value }),
    'button button-primary',
  );
  return el('div', { className: 'fac-actions' }, [
    labelled('Scenario for the room', picker),
    start,
  ]);
}

function storageSentence(context: FacilitatorContext): string {
  return context.storage.mode === 'memory'
    ? 'Nothing you add here leaves this computer, but this browser keeps nothing: workshops last only while this tab is open.'
    : 'Nothing you add here leaves this computer; workshops are saved in this browser.';
}

const HELP = [
  'Session files: participants download theirs from the debrief (named after them, the scenario and the date). Drop many at once.',
  'Result codes: paste any text that holds them (an email, even with wrapped lines, a chat log, replies); every code in it is found. Or read the QR code on a participant’s debrief, from a photo or with the camera.',
  'The same session added twice is kept once. Files that cannot be read are listed with the reason; the rest still load.',
  LIMITS_HELP,
];

export function homeScreen(tools: ViewTools, onExit: () => void): Screen {
  const { context } = tools.snapshot();
  const heading = el('h1', { text: 'Facilitator tools', attrs: { tabindex: '-1' } });
  const lede = el('p', { className: 'fac-lede' });
  const list = el('div');
  const message = el('p', { className: 'fac-message', attrs: { role: 'status' } });
  const offer = el('div');
  const element = el('div', { className: 'fac-home' }, [
    el('div', { className: 'fac-actions' }, [
      button('Back to the game', onExit, 'button button-quiet'),
    ]),
    heading,
    lede,
    el('section', { className: 'fac-section' }, [
      el('h2', { text: 'Workshops' }),
      list,
      createForm(tools),
      importForm(tools),
      message,
      offer,
    ]),
    el('section', { className: 'fac-section' }, [
      el('h2', { text: 'Room play' }),
      el('p', {
        text: 'Play a scenario on the projector; at each decision, enter how the room voted. The majority goes on.',
      }),
      roomPlayForm(context.scenarios, tools),
    ]),
    liveSection(context, tools),
    el('details', { className: 'fac-section fac-help' }, [
      el('summary', { text: 'What the tools accept' }),
      el(
        'ul',
        {},
        HELP.map((text) => el('li', { text })),
      ),
    ]),
  ]);
  const drawList = whenChanged((ctx: FacilitatorContext, _w: unknown, _l: unknown, _m: unknown) => {
    list.replaceChildren(workshopList(ctx, tools));
  });
  const drawStatus = whenChanged((ctx: FacilitatorContext, _i: unknown, _n: unknown) => {
    message.textContent = messageOf(ctx);
    offer.replaceChildren(mergeOffer(ctx, tools) ?? '');
    const done = ctx.importStatus.kind === 'done' ? ctx.importStatus.imported : undefined;
    const report = done ? importReport(done) : null;
    if (report) offer.append(report);
  });
  const update = (snapshot: FacilitatorSnapshot) => {
    const ctx = snapshot.context;
    lede.textContent = `Gather a group’s session files or result codes into a workshop, see how the room decided, replay any run, or play a scenario together. ${storageSentence(ctx)}`;
    drawList(ctx, ctx.workshops, ctx.listProblem, ctx.storage.mode);
    drawStatus(ctx, ctx.importStatus, ctx.notice);
  };
  update(tools.snapshot());
  queueMicrotask(() => heading.focus());
  return { element, update, dispose: () => undefined };
}
