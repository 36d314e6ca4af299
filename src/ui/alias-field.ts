/**
 * "Your name or alias (optional)": one small field the briefing and the debrief both show.
 * Its value is remembered on this device (when storage allows) and travels in the session log,
 * hence in the result code, the file name and the facilitator's tables.
 */
import './alias-field.css';
import { el } from './kit';
import {
  ALIAS_MAX_LENGTH,
  browserStorage,
  cleanAlias,
  loadAlias,
  saveAlias,
} from '../services/settings';

export interface AliasFieldOptions {
  /** Where the alias is remembered; defaults to the browser's localStorage (when allowed). */
  storage?: Storage | undefined;
  /** Called with the cleaned alias ("" for none) whenever the field changes. */
  onChange?: (alias: string) => void;
  /** Tells the two places apart when both are on one page (ids must be unique). */
  idPrefix?: string;
}

export interface AliasField {
  element: HTMLElement;
  /** The cleaned alias, "" when none was given. */
  value(): string;
}

let fieldCount = 0;

export function aliasField(options: AliasFieldOptions = {}): AliasField {
  const storage = 'storage' in options ? options.storage : browserStorage();
  fieldCount += 1;
  const id = `${options.idPrefix ?? 'alias'}-${fieldCount}`;
  const input = el('input', {
    className: 'alias-input',
    attrs: {
      id,
      type: 'text',
      name: 'alias',
      maxlength: ALIAS_MAX_LENGTH,
      autocomplete: 'nickname',
      spellcheck: 'false',
      'aria-describedby': `${id}-hint`,
    },
  });
  input.value = loadAlias(storage);
  const hint = el('p', {
    className: 'alias-hint',
    attrs: { id: `${id}-hint` },
    text: `Shown to your facilitator with your results and used in your file's name. Up to ${ALIAS_MAX_LENGTH} characters; leave it empty to stay anonymous. Remembered on this device only.`,
  });
  const commit = (): void => {
    const clean = cleanAlias(input.value);
    if (clean !== input.value.trim()) input.value = clean;
    saveAlias(storage, clean);
    options.onChange?.(clean);
  };
  input.addEventListener('change', commit);
  input.addEventListener('input', () => options.onChange?.(cleanAlias(input.value)));
  const element = el('div', { className: 'field alias-field' }, [
    el('label', { text: 'Your name or alias (optional)', attrs: { for: id } }),
    input,
    hint,
  ]);
  return {
    element,
    value: () => {
      // Read at run start, perhaps before the field lost focus: remember it now too.
      const clean = cleanAlias(input.value);
      saveAlias(storage, clean);
      return clean;
    },
  };
}
