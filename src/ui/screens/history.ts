/**
 * "Your past runs": every finished run kept on this device, newest first, each reopening its
 * full debrief. Rows are built from the session logs alone (the debrief replays them).
 */
import { button, el, focusHeading } from '../kit';

export interface HistoryRow {
  key: string;
  scenarioTitle: string;
  finishedAt: string;
  /** "Positive ending", …; null when the run no longer replays against the scenario. */
  outcome: string | null;
  /** Why a row cannot be opened (scenario gone or changed). */
  unavailable?: string;
}

export interface HistoryOptions {
  rows: HistoryRow[];
  onOpen(key: string): void;
  onBack(): void;
}

function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

function rowItem(row: HistoryRow, onOpen: () => void): HTMLElement {
  const details = [when(row.finishedAt), row.outcome].filter(Boolean).join(' · ');
  return el('li', { className: 'card history-row' }, [
    el('h2', { className: 'history-title', text: row.scenarioTitle }),
    el('p', { className: 'card-meta', text: details }),
    row.unavailable
      ? el('p', { text: row.unavailable })
      : el('button', {
          className: 'button',
          text: 'Open debrief',
          attrs: {
            type: 'button',
            'aria-label': `Open debrief: ${row.scenarioTitle}, ${when(row.finishedAt)}`,
          },
          on: { click: onOpen },
        }),
  ]);
}

export function renderHistory(root: HTMLElement, options: HistoryOptions): void {
  const heading = el('h1', { text: 'Your past runs' });
  const body =
    options.rows.length === 0
      ? el('p', { text: 'No finished runs on this device yet. Finish a scenario to see it here.' })
      : el(
          'ul',
          { className: 'cards history-list', attrs: { 'aria-label': 'Finished runs' } },
          options.rows.map((row) => rowItem(row, () => options.onOpen(row.key))),
        );
  root.append(
    el('section', { className: 'screen history-screen' }, [
      el('div', { className: 'screen-top' }, [
        heading,
        button('Back to the title', options.onBack, 'button button-quiet'),
      ]),
      el('p', {
        className: 'lede',
        text: 'Finished runs are kept in this browser only. Open one to see its debrief again.',
      }),
      body,
    ]),
  );
  focusHeading(heading);
}
