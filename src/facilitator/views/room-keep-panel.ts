/**
 * "Add this room's run to a workshop" at the end of room play: pick a workshop on this
 * computer or name a new one, and the name the room goes by in it.
 */
import type { Scenario } from '../../engine/scenario/schema';
import type { SessionLog } from '../../engine/session/types';
import type { Workshop } from '../types';
import type { RoomKeepStatus } from '../machine-types';
import { ROOM_ALIAS, type KeepRoomRequest, type RoomTarget } from '../room-keep';
import { ALIAS_MAX_LENGTH } from '../../services/settings';
import { button, el, labelled, selectOf } from '../../ui/kit';

export interface RoomKeepOptions {
  /** The workshops on this computer, as the facilitator machine knows them now. */
  workshops: () => readonly Workshop[];
  /** Keeps the run (the machine saves it) and answers what came of it. */
  keep: (request: Omit<KeepRoomRequest, 'now'>) => RoomKeepStatus;
  /** Opens a workshop (offered once the run is in it). */
  onOpenWorkshop?: (workshopId: string) => void;
}

const NEW_WORKSHOP = '';

function textInput(value: string, maxlength = 200): HTMLInputElement {
  return el('input', { attrs: { type: 'text', maxlength, autocomplete: 'off', value } });
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
  const alias = textInput(ROOM_ALIAS, ALIAS_MAX_LENGTH);
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
  const { picker, newName, alias, form, syncNewName } = keepControls(workshops, scenario);
  const message = el('p', { className: 'fac-message', attrs: { role: 'status' } });
  const after = el('div', { className: 'fac-actions' });

  const kept = (workshopId: string, workshopName: string, name: string): void => {
    form.dataset.keptIn = workshopId;
    message.textContent = `Added to “${workshopName}” as ${name}.`;
    // A workshop made here becomes a choice, so adding again goes to it, not to a twin.
    if (![...picker.options].some((option) => option.value === workshopId))
      picker.prepend(el('option', { text: workshopName, attrs: { value: workshopId } }));
    picker.value = workshopId;
    syncNewName();
    const open = options.onOpenWorkshop;
    if (open)
      after.replaceChildren(button(`Open ${workshopName}`, () => open(workshopId), 'button'));
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const target: RoomTarget =
      picker.value === NEW_WORKSHOP
        ? { kind: 'new', name: newName.value }
        : { kind: 'existing', workshopId: picker.value };
    const result = options.keep({
      log,
      target,
      alias: alias.value,
      source: `Room play: ${scenario.title}`,
    });
    if (result.kind === 'kept') kept(result.workshopId, result.workshopName, result.alias);
    else if (result.kind === 'refused') message.textContent = result.message;
  });
  return el('div', {}, [form, message, after]);
}

/** The section: where to keep the room's run, and under which name. */
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
  section.append(keepForm(options.workshops(), scenario, log, options));
  return section;
}
