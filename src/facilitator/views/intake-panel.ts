/**
 * Adding sessions to a workshop: drop many files at once, choose files, or paste result codes
 * one per line. Each item is checked on its own and the report lists every problem plainly.
 */
import { button, el, labelled } from '../../ui/kit';
import type { IntakeReport, Submission } from '../intake';
import { splitPastedCodes } from '../intake';

export interface IntakePanelOptions {
  /** Checks and adds the items, calling `progress` with how many are checked so far. */
  onSubmit: (items: Submission[], progress: (done: number) => void) => Promise<IntakeReport>;
}

async function readFiles(files: Iterable<File>): Promise<Submission[]> {
  return Promise.all(
    [...files].map(async (file) => ({ source: file.name, text: await file.text() })),
  );
}

export function reportView(report: IntakeReport): HTMLElement {
  const added = report.accepted.length;
  const summary = `Added ${added} ${added === 1 ? 'session' : 'sessions'}. ${report.rejected.length} could not be loaded. ${report.duplicates.length} ${report.duplicates.length === 1 ? 'was a duplicate' : 'were duplicates'}.`;
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
  if (report.rejected.length > 0) {
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
  }
  if (report.duplicates.length > 0) {
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
  }
  const changed = report.accepted.filter((item) => item.scenarioChanged);
  if (changed.length > 0) {
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
  }
  return view;
}

export function intakePanel(options: IntakePanelOptions): HTMLElement {
  const status = el('div', {
    className: 'fac-intake-status',
    attrs: { role: 'status', 'aria-live': 'polite' },
  });
  const fileInput = el('input', {
    attrs: { type: 'file', multiple: true, accept: '.json,application/json,.txt' },
  });
  const codes = el('textarea', { attrs: { rows: 4, spellcheck: 'false' } });
  const zone = el('div', {
    className: 'fac-dropzone',
    attrs: { 'data-drop': 'sessions' },
    text: 'Drop session files here',
  });

  const submit = async (items: Submission[]) => {
    if (items.length === 0) return;
    status.setAttribute('aria-busy', 'true');
    const line = el('p', {
      text: `Checking ${items.length} ${items.length === 1 ? 'item' : 'items'}…`,
    });
    status.replaceChildren(line);
    const report = await options.onSubmit(items, (done) => {
      line.textContent = `Checked ${done} of ${items.length}…`;
    });
    status.replaceChildren(reportView(report));
    status.setAttribute('aria-busy', 'false');
  };

  fileInput.addEventListener('change', () => {
    const files = fileInput.files ? [...fileInput.files] : [];
    void readFiles(files)
      .then(submit)
      .finally(() => (fileInput.value = ''));
  });
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('fac-dropzone-over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('fac-dropzone-over'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('fac-dropzone-over');
    void readFiles(event.dataTransfer?.files ?? []).then(submit);
  });
  const addCodes = button(
    'Add result codes',
    () => {
      const items = splitPastedCodes(codes.value);
      void submit(items).then(() => (codes.value = ''));
    },
    'button',
  );

  return el('section', { className: 'fac-section fac-intake' }, [
    el('h3', { text: 'Add sessions' }),
    zone,
    labelled('Choose session files', fileInput),
    labelled('Paste result codes, one per line', codes),
    addCodes,
    status,
  ]);
}
