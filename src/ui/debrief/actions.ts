/**
 * What a leader can take away from the debrief: a printed report, the session file and the
 * result code (text, copy button and QR code), plus a reader that checks a pasted code.
 */
import { decodeResultCode, encodeResultCode } from '../../engine/session/result-code';
import type { SessionLog } from '../../engine/session/types';
import { button, element, paragraph } from './dom';
import { planQrCode, qrModules, qrSvg } from './qr';

let panelCount = 0;

export function sessionFileName(log: SessionLog): string {
  const day = log.startedAt.slice(0, 10).replace(/[^0-9-]/g, '');
  return `session-${log.scenarioId}${day ? `-${day}` : ''}.json`;
}

export function downloadSessionFile(doc: Document, log: SessionLog): void {
  const blob = new Blob([`${JSON.stringify(log, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = element(doc, 'a', { attributes: { href: url, download: sessionFileName(log) } });
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start the download only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function copyText(doc: Document, field: HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(field.value);
    return true;
  } catch {
    // Clipboard API refused (insecure context, permissions): fall back to a selection.
    field.select();
    return doc.execCommand?.('copy') ?? false;
  }
}

function qrBlock(doc: Document, code: string): HTMLElement {
  const plan = planQrCode(code.length);
  if (!plan.fits) return paragraph(doc, plan.message, 'debrief-note');
  const block = element(doc, 'figure', { className: 'debrief-qr-figure' });
  block.append(qrSvg(doc, qrModules(code, plan.level), 'QR code of your result code'));
  const note = plan.large
    ? `QR code (error correction ${plan.level}). It is dense: scan it from close up.`
    : `QR code (error correction ${plan.level}).`;
  block.append(element(doc, 'figcaption', { text: note }));
  return block;
}

/** The code as text with a copy button and its QR code; built when first shown. */
function resultCodePanel(doc: Document, log: SessionLog, id: string): HTMLElement {
  const code = encodeResultCode(log);
  const panel = element(doc, 'div', { className: 'debrief-code-panel', attributes: { id } });
  const fieldId = `${id}-text`;
  const field = element(doc, 'textarea', {
    className: 'debrief-code-text',
    attributes: { id: fieldId, readonly: '', rows: '4', spellcheck: 'false' },
  });
  field.value = code;
  const status = element(doc, 'p', { className: 'debrief-status', attributes: { role: 'status' } });
  const copy = button(doc, 'Copy code', () => {
    void copyText(doc, field).then((copied) => {
      status.textContent = copied
        ? 'Result code copied.'
        : 'Could not copy: select the code and copy it yourself.';
    });
  });
  panel.append(
    element(doc, 'label', { text: 'Your result code', attributes: { for: fieldId } }),
    field,
    paragraph(
      doc,
      'Send this code to your facilitator, or keep it: it holds your whole session.',
      'debrief-note',
    ),
    copy,
    status,
    qrBlock(doc, code),
  );
  return panel;
}

export interface ActionsOptions {
  log: SessionLog;
  /** Label prefix when several sessions share a screen (a track): "Part 2: ". */
  labelPrefix?: string;
  print?: boolean;
}

export function actionsBar(doc: Document, options: ActionsOptions): HTMLElement {
  panelCount += 1;
  const panelId = `debrief-code-${panelCount}`;
  const prefix = options.labelPrefix ?? '';
  const bar = element(doc, 'div', { className: 'debrief-actions' });
  const buttons = element(doc, 'div', { className: 'debrief-buttons' });
  if (options.print !== false) buttons.append(button(doc, 'Print report', () => window.print()));
  buttons.append(
    button(doc, `${prefix}Download session file`, () => downloadSessionFile(doc, options.log)),
  );
  let panel: HTMLElement | null = null;
  const toggle = button(doc, `${prefix}Show result code`, () => {
    if (!panel) {
      panel = resultCodePanel(doc, options.log, panelId);
      bar.append(panel);
    } else {
      panel.hidden = !panel.hidden;
    }
    toggle.setAttribute('aria-expanded', String(!panel.hidden));
    toggle.textContent = `${prefix}${panel.hidden ? 'Show' : 'Hide'} result code`;
  });
  toggle.setAttribute('aria-expanded', 'false');
  toggle.setAttribute('aria-controls', panelId);
  buttons.append(toggle);
  bar.append(buttons);
  return bar;
}

/**
 * A form that reads a pasted result code: refuses a damaged or foreign code with a plain
 * message, or hands the session log to `onOpen`. The debrief uses it to let a leader check a
 * code they copied; the shell or facilitator screens can mount it to open a code.
 */
export function resultCodeReader(
  doc: Document,
  onOpen: (log: SessionLog) => string,
  title = 'Check a result code',
): HTMLElement {
  panelCount += 1;
  const fieldId = `debrief-reader-${panelCount}`;
  const form = element(doc, 'form', {
    className: 'debrief-reader',
    attributes: { 'aria-label': title },
  });
  const field = element(doc, 'textarea', {
    attributes: { id: fieldId, rows: '3', spellcheck: 'false' },
  });
  const message = element(doc, 'p', {
    className: 'debrief-status',
    attributes: { role: 'status' },
  });
  form.append(
    element(doc, 'label', { text: 'Paste a result code', attributes: { for: fieldId } }),
    field,
    element(doc, 'button', {
      text: 'Check code',
      className: 'debrief-button',
      attributes: { type: 'submit' },
    }),
    message,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const decoded = decodeResultCode(field.value);
    message.dataset.result = decoded.ok ? 'ok' : 'refused';
    message.textContent = decoded.ok ? onOpen(decoded.log) : `Code refused. ${decoded.message}`;
  });
  return form;
}
