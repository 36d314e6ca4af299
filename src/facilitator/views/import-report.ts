/** What came of reading a workshop file: the sessions left out (with why) and those it held twice. */
import { el } from '../../ui/kit';
import type { ImportedWorkshop } from '../machine-types';

export function importReport(imported: ImportedWorkshop): HTMLElement | null {
  if (imported.rejected.length === 0 && imported.duplicates.length === 0) return null;
  return el(
    'div',
    {
      className: 'fac-report fac-import-report',
      attrs: { 'data-rejected': imported.rejected.length },
    },
    [
      imported.rejected.length > 0 ? el('h3', { text: `Left out of ${imported.fileName}` }) : null,
      imported.rejected.length > 0
        ? el(
            'ul',
            { className: 'fac-rejected', attrs: { 'aria-label': 'Sessions left out' } },
            imported.rejected.map((item) =>
              el('li', {}, [
                el('strong', { text: `${item.source}: ` }),
                el('span', { text: item.reason }),
              ]),
            ),
          )
        : null,
      imported.duplicates.length > 0 ? el('h3', { text: 'In the file twice (kept once)' }) : null,
      imported.duplicates.length > 0
        ? el(
            'ul',
            { className: 'fac-duplicates' },
            imported.duplicates.map((item) =>
              el('li', { text: `${item.source}: same session as ${item.sameAs}` }),
            ),
          )
        : null,
    ],
  );
}
