/**
 * "Add this room's run to a workshop" at the end of room play: pick a workshop on this
 * computer or name a new one, and the name the room goes by in it.
 */
import type { Scenario } from '../../engine/scenario/schema';
import type { SessionLog } from '../../engine/session/types';
import type { WorkshopStore } from '../store';
import type { Workshop } from '../types';
import { ROOM_ALIAS, keepRoomRun, type RoomTarget } from '../room-keep';
import { button, el, labelled, selectOf } from '../../ui/kit';

export interface RoomKeepOptions {
  store: WorkshopStore;
  /** Opens a workshop (offered once the run is in it). */
  onOpenWorkshop?: (workshopId: string) => void;
}

const NEW_WORKSHOP = '';

function textInput(value: string): HTMLInputElement {
  return el('input', { attrs: { type: 'text', maxlength: 200, autocomplete: 'off', value } });
}

/** The form's controls; the new-name field shows only while "A new workshop…" is picked. */
function keepControls(workshops: readonly Workshop[], scenario: Scenario) {
  const picker = selectOf(
    [
      ...workshops.map((workshop) => ({ value: workshop.id, text: workshop.name })),
      { value: NEW_WORKSHOP, text: 'A new workshop…' },
    ],
    workshops[workshops.length - 1]?.id ?? NEW_WORKSHOP,
  );
  const newName = textInput(`Room play: ${scenario.title}`);
  const newNameField = labelled('New workshop name', newName);
  const alias = textInput(ROOM_ALIAS);
  const submit = el('button', {
    className: 'button button-primary',
    text: "Add this room's run to a workshop",
    attrs: { type: 'submit' },
  });
  const form = el('form', { className: 'fac-room-keep-form' }, [
    labelled('Workshop to add it to', picker),
    newNameField,
    labelled('Name in the workshop', alias),
    submit,
  ]);
  const syncNewName = () => {
    newNameField.hidden = picker.value !== NEW_WORKSHOP;
  };
  picker.addEventListener('change', syncNewName);
  syncNewName();
  return { picker, newName, alias, submit, form, syncNewName };
}

function keepForm(
  workshops: readonly Workshop[],
  scenario: Scenario,
  log: SessionLog,
  options: RoomKeepOptions,
): HTMLElement {
  const { picker, newName, alias, submit, form, syncNewName } = keepControls(workshops, scenario);
  const message = el('p', { className: 'fac-message', attrs: { role: 'status' } });
  const after = el('div', { className: 'fac-actions' });

  const kept = (workshop: Workshop, name: string): void => {
    form.dataset.keptIn = workshop.id;
    message.textContent = `Added to “${workshop.name}” as ${name}.`;
    // A workshop made here becomes a choice, so adding again goes to it, not to a twin.
    if (![...picker.options].some((option) => option.value === workshop.id))
      picker.prepend(el('option', { text: workshop.name, attrs: { value: workshop.id } }));
    picker.value = workshop.id;
    syncNewName();
    const open = options.onOpenWorkshop;
    if (open)
      after.replaceChildren(button(`Open ${workshop.name}`, () => open(workshop.id), 'button'));
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const target: RoomTarget =
      picker.value === NEW_WORKSHOP
        ? { kind: 'new', name: newName.value }
        : { kind: 'existing', workshopId: picker.value };
    submit.disabled = true;
    void keepRoomRun(options.store, {
      log,
      target,
      alias: alias.value,
      source: `Room play: ${scenario.title}`,
      now: new Date().toISOString(),
    })
      .then(
        (result) => {
          if (result.ok) kept(result.workshop, result.alias);
          else message.textContent = result.message;
        },
        (error: unknown) => {
          message.textContent = `The run could not be stored: ${error instanceof Error ? error.message : String(error)}`;
        },
      )
      .finally(() => {
        submit.disabled = false;
      });
  });
  return el('div', {}, [form, message, after]);
}

/** The section, filled in once the workshop list has been read. */
export function roomKeepPanel(
  scenario: Scenario,
  log: SessionLog,
  options: RoomKeepOptions,
): HTMLElement {
  const section = el('section', { className: 'fac-section fac-room-keep' }, [
    el('h3', { text: 'Keep this run in a workshop' }),
    el('p', {
      className: 'fac-muted',
      text: "The room's run joins the workshop like an imported session: it shows in the dashboard and can be replayed.",
    }),
  ]);
  void options.store.list().then(
    (workshops) => section.append(keepForm(workshops, scenario, log, options)),
    () => section.append(el('p', { text: 'The workshops on this computer could not be read.' })),
  );
  return section;
}
