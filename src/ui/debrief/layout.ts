/**
 * The debrief's two layout pieces on top of the UI kit: sections with the debrief's classes
 * (print rules hang on them) and tables whose first cell is the row's header.
 */
import { section, table, type Cell } from '../kit';

export function debriefSection(id: string, title: string, level: 2 | 3 = 2): HTMLElement {
  return section(id, title, { level, className: `debrief-section debrief-${id}` });
}

export function debriefTable(
  caption: string,
  headers: readonly string[],
  rows: ReadonlyArray<readonly Cell[]>,
): HTMLTableElement {
  return table(caption, headers, rows, { rowHeaders: true, className: 'debrief-table' });
}
