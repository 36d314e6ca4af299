/**
 * Adding sessions to a workshop: drop or choose files, paste any text holding result codes,
 * read a QR code from a photo or the camera. Each item is checked on its own and the report
 * lists every problem plainly. The panel lives as long as its workshop screen: what was typed
 * stays, and the report is drawn from the machine's snapshot.
 */
import { button, el, labelled, plural } from '../../ui/kit';
import type { IntakeReport } from '../intake';
import { MAX_SESSION_FILE_BYTES, sizeText } from '../limits';
import type { IntakeSource, IntakeStatus } from '../machine-types';
import { qrPanel } from './qr-panel';

export function reportView(report: IntakeReport): HTMLElement {
  const added = report.accepted.length;
  const summary = `Added ${plural(added, 'session')}. ${report.rejected.length} could not be loaded. ${plural(report.duplicates.length, 'duplicate')}.`;
  const view = el(
    'div',
    {
      className: 'fac-report',
      attrs: {
        'data-added': added,
        'data-rejected': report.rejected.length,
        'data-duplicates': report.duplicates.length,
      },
    },
    [el('p', { className: 'fac-report-summary', text: summary })],
  );
  if (report.rejected.length > 0)
    view.append(
      el('h4', { text: 'Not loaded' }),
      el(
        'ul',
        { className: 'fac-rejected', attrs: { 'aria-label': 'Files not loaded' } },
        report.rejected.map((item) =>
          el('li', { attrs: { 'data-source': item.source } }, [
            el('strong', { text: `${item.source}: ` }),
            el('span', { text: item.reason }),
          ]),
        ),
      ),
    );
  if (report.duplicates.length > 0)
    view.append(
      el('h4', { text: 'Duplicates (already in this workshop)' }),
      el(
        'ul',
        { className: 'fac-duplicates' },
        report.duplicates.map((item) =>
          el('li', { text: `${item.source}: same session as ${item.sameAs}` }),
        ),
      ),
    );
  const changed = report.accepted.filter((item) => item.scenarioChanged);
  if (changed.length > 0)
    view.append(
      el('h4', { text: 'Recorded on a different version of the scenario' }),
      el(
        'ul',
        { className: 'fac-changed' },
        changed.map((item) =>
          el('li', {
            text: `${item.source}: loaded, but the scenario has changed since it was played`,
          }),
        ),
      ),
    );
  return view;
}

function statusView(status: IntakeStatus): HTMLElement | string {
  if (status.kind === 'checking')
    return el('p', {
      text: status.total > 0 ? `Checked ${status.done} of ${status.total}…` : 'Reading…',
    });
  if (status.kind === 'done') return reportView(status.report);
  if (status.kind === 'failed') return el('p', { className: 'fac-message', text: status.message });
  return '';
}

export interface IntakePanel {
  element: HTMLElement;
  update(status: IntakeStatus): void;
  dispose(): void;
}

function fileSources(files: Iterable<File>): IntakeSource[] {
  return [...files].map((file) => ({ kind: 'file', file }));
}

function dropZone(submit: (sources: IntakeSource[]) => void): HTMLElement {
  const zone = el('div', {
    className: 'fac-dropzone',
    attrs: { 'data-drop': 'sessions' },
    text: 'Drop session files here',
  });
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('fac-dropzone-over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('fac-dropzone-over'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('fac-dropzone-over');
    submit(fileSources(event.dataTransfer?.files ?? []));
  });
  return zone;
}

export function intakePanel(submit: (sources: IntakeSource[]) => void): IntakePanel {
  const status = el('div', {
    className: 'fac-intake-status',
    attrs: { role: 'status', 'aria-live': 'polite' },
  });
  const fileInput = el('input', {
    attrs: { type: 'file', multiple: true, accept: '.json,application/json,.txt' },
  });
  fileInput.addEventListener('change', () => {
    const files = fileInput.files ? [...fileInput.files] : [];
    fileInput.value = '';
    if (files.length > 0) submit(fileSources(files));
  });
  const codes = el('textarea', {
    attrs: { rows: 5, spellcheck: 'false', 'aria-describedby': 'fac-paste-hint' },
  });
  const addCodes = button(
    'Add result codes',
    () => {
      if (!codes.value.trim()) return;
      submit([{ kind: 'text', source: 'Pasted text', text: codes.value }]);
      codes.value = '';
    },
    'button',
  );
  const qr = qrPanel((text, source) => submit([{ kind: 'text', source, text }]));
  const element = el('section', { className: 'fac-section fac-intake' }, [
    el('h3', { text: 'Add sessions' }),
    dropZone(submit),
    labelled('Choose session files', fileInput),
    el('p', {
      className: 'fac-muted',
      text: `A session file is about 2 KB; files over ${sizeText(MAX_SESSION_FILE_BYTES)} are refused unread.`,
    }),
    labelled('Paste result codes', codes),
    el('p', {
      className: 'fac-muted',
      attrs: { id: 'fac-paste-hint' },
      text: 'Paste anything that holds codes: an email (wrapped lines are fine), a chat log, replies. Every code in the text is found.',
    }),
    addCodes,
    qr.element,
    status,
  ]);
  let shown: IntakeStatus | null = null;
  return {
    element,
    update(next) {
      if (next === shown) return;
      shown = next;
      status.setAttribute('aria-busy', String(next.kind === 'checking'));
      status.replaceChildren(statusView(next));
    },
    dispose: () => qr.dispose(),
  };
}
