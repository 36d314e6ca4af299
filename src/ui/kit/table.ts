/**
 * The one data table: a caption, one header row and text cells. With `rowHeaders` the first
 * cell of each row is its header (`<th scope="row">`), which screen readers announce per cell.
 */
import { el } from './dom';

export type Cell = string | number;

export interface TableOptions {
  rowHeaders?: boolean;
  className?: string;
  /** Data attributes per row, e.g. `{ dimension: 'empowerment' }` → `data-dimension`. */
  rowData?: ReadonlyArray<Record<string, string> | undefined>;
}

export function table(
  caption: string,
  headers: readonly string[],
  rows: ReadonlyArray<readonly Cell[]>,
  options: TableOptions = {},
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
    rows.map((cells, rowIndex) => {
      const row = el(
        'tr',
        {},
        cells.map((cell, index) =>
          index === 0 && options.rowHeaders
            ? el('th', { text: String(cell), attrs: { scope: 'row' } })
            : el('td', { text: String(cell) }),
        ),
      );
      for (const [name, value] of Object.entries(options.rowData?.[rowIndex] ?? {}))
        row.dataset[name] = value;
      return row;
    }),
  );
  const className = options.className ? `table ${options.className}` : 'table';
  return el('table', { className }, [el('caption', { text: caption }), head, body]);
}

/** A wide table in a box that scrolls sideways on a narrow screen, so the page never does. */
export function sideScrolling(content: HTMLElement): HTMLElement {
  return el('div', { className: 'table-scroll' }, [content]);
}
