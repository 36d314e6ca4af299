/**
 * DOM helpers for the facilitator's screens. Every word from a session or scenario goes in
 * with textContent (through `el`), never through an HTML parser.
 */
import { el } from '../ui/dom';
import { DIMENSION_NAMES } from '../engine/profile/archetypes';
import { DIMENSIONS, type Scores } from '../engine/scenario/schema';

export { el, button } from '../ui/dom';

export function table(
  caption: string,
  headers: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number>>,
): HTMLTableElement {
  const head = el('thead', {}, [
    el(
      'tr',
      {},
      headers.map((header) => el('th', { text: header, attrs: { scope: 'col' } })),
    ),
  ]);
  const body = el(
    'tbody',
    {},
    rows.map((row) =>
      el(
        'tr',
        {},
        row.map((cell) => el('td', { text: String(cell) })),
      ),
    ),
  );
  return el('table', { className: 'fac-table' }, [el('caption', { text: caption }), head, body]);
}

/** A labelled form control: the label wraps the control, so the pair can't come apart. */
export function labelled(
  text: string,
  control: HTMLElement,
  className = 'fac-field',
): HTMLLabelElement {
  return el('label', { className }, [el('span', { className: 'fac-label', text }), control]);
}

export function selectOf(
  options: ReadonlyArray<{ value: string; text: string }>,
  selected?: string,
): HTMLSelectElement {
  const select = el('select');
  for (const option of options) {
    const item = el('option', { text: option.text, attrs: { value: option.value } });
    if (option.value === selected) item.selected = true;
    select.append(item);
  }
  return select;
}

export function signed(value: number): string {
  return value > 0 ? `+${value}` : String(value);
}

/** "CF +2, AD 0, EM −1" in words a facilitator reads aloud. */
export function scoresText(scores: Scores): string {
  return DIMENSIONS.map(
    (dimension) => `${DIMENSION_NAMES[dimension]} ${signed(scores[dimension])}`,
  ).join(', ');
}

export function secondsText(ms: number | null): string {
  if (ms === null) return '–';
  return `${(ms / 1000).toFixed(1)} s`;
}

export function oneDecimal(value: number | null): string {
  return value === null ? '–' : value.toFixed(1);
}

/** Saves text as a file on the facilitator's machine (nothing leaves the device). */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = el('a', { attrs: { href: url, download: fileName } });
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
