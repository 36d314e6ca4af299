/**
 * What a leader can take away from the debrief: a printed report, the session file and the
 * result code (text, copy button and QR code), plus a reader that checks a pasted code.
 */
import { decodeResultCode, encodeResultCode } from '../../engine/session/result-code';
import type { SessionLog } from '../../engine/session/types';
import { button, el, paragraph } from '../kit';
import { downloadSessionLog } from '../../services/download';
import { planQrCode, qrModules, qrSvg } from './qr';

let panelCount = 0;

async function copyText(field: HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(field.value);
    return true;
  } catch {
    // Clipboard API refused (insecure context, permissions): fall back to a selection.
    field.select();
    return document.execCommand?.('copy') ?? false;
  }
}

function qrBlock(code: string): HTMLElement {
  const plan = planQrCode(code.length);
  if (!plan.fits) return paragraph(plan.message, 'debrief-note');
  const block = el('figure', { className: 'debrief-qr-figure' });
  block.append(qrSvg(qrModules(code, plan.level), 'QR code of your result code'));
  const note = plan.large
    ? `QR code (error correction ${plan.level}). It is dense: scan it from close up.`
    : `QR code (error correction ${plan.level}).`;
  block.append(el('figcaption', { text: note }));
  return block;
}

/** The code as text with a copy button and its QR code; built when first shown. */
function resultCodePanel(log: SessionLog, id: string): HTMLElement {
  const code = encodeResultCode(log);
  const panel = el('div', { className: 'debrief-code-panel', attrs: { id } });
  const fieldId = `${id}-text`;
  const field = el('textarea', {
    className: 'debrief-code-text',
    attrs: { id: fieldId, readonly: '', rows: '4', spellcheck: 'false' },
  });
  field.value = code;
  const status = el('p', { className: 'debrief-status', attrs: { role: 'status' } });
  const copy = button(
    'Copy code',
    () => {
      void copyText(field).then((copied) => {
        status.textContent = copied
          ? 'Result code copied.'
          : 'Could not copy: select the code and copy it yourself.';
      });
    },
    'debrief-button',
  );
  panel.append(
    el('label', { text: 'Your result code', attrs: { for: fieldId } }),
    field,
    paragraph(
      'Send this code to your facilitator, or keep it: it holds your whole session.',
      'debrief-note',
    ),
    copy,
    status,
    qrBlock(code),
  );
  return panel;
}

export interface ActionsOptions {
  log: SessionLog;
  /** Label prefix when several sessions share a screen (a track): "Part 2: ". */
  labelPrefix?: string;
  print?: boolean;
}

export function actionsBar(options: ActionsOptions): HTMLElement {
  panelCount += 1;
  const panelId = `debrief-code-${panelCount}`;
  const prefix = options.labelPrefix ?? '';
  const bar = el('div', { className: 'debrief-actions' });
  const buttons = el('div', { className: 'debrief-buttons' });
  if (options.print !== false)
    buttons.append(button('Print report', () => window.print(), 'debrief-button'));
  buttons.append(
    button(
      `${prefix}Download session file`,
      () => downloadSessionLog(options.log),
      'debrief-button',
    ),
  );
  let panel: HTMLElement | null = null;
  const toggle = button(
    `${prefix}Show result code`,
    () => {
      if (!panel) {
        panel = resultCodePanel(options.log, panelId);
        bar.append(panel);
      } else {
        panel.hidden = !panel.hidden;
      }
      toggle.setAttribute('aria-expanded', String(!panel.hidden));
      toggle.textContent = `${prefix}${panel.hidden ? 'Show' : 'Hide'} result code`;
    },
    'debrief-button',
  );
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
  onOpen: (log: SessionLog) => string,
  title = 'Check a result code',
): HTMLElement {
  panelCount += 1;
  const fieldId = `debrief-reader-${panelCount}`;
  const form = el('form', {
    className: 'debrief-reader',
    attrs: { 'aria-label': title },
  });
  const field = el('textarea', {
    attrs: { id: fieldId, rows: '3', spellcheck: 'false' },
  });
  const message = el('p', {
    className: 'debrief-status',
    attrs: { role: 'status' },
  });
  form.append(
    el('label', { text: 'Paste a result code', attrs: { for: fieldId } }),
    field,
    el('button', {
      text: 'Check code',
      className: 'debrief-button',
      attrs: { type: 'submit' },
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
