/**
 * Where the workshops are kept, said plainly at the top of every facilitator screen: memory
 * only (the browser blocks storage), a write that failed (and what it did and did not keep),
 * a list that could not be read. Each offers "Export this workshop", so nothing is lost.
 */
import './storage-notice.css';
import { button, el, plural } from '../../ui/kit';
import { downloadText } from '../../services/download';
import type { FacilitatorContext } from '../machine-types';
import type { Workshop } from '../types';
import { unsavedChanges } from '../workshop-update';
import { workshopFileName, workshopToFile } from '../workshop-file';

export function exportWorkshop(workshop: Workshop): void {
  downloadText(workshopFileName(workshop), workshopToFile(workshop), 'application/json');
}

function exportButton(workshop: Workshop, only: boolean): HTMLButtonElement {
  return button(
    only ? 'Export this workshop' : `Export “${workshop.name}”`,
    () => exportWorkshop(workshop),
    'button button-primary',
  );
}

/** "Kept: … Not kept: …" for one workshop whose last write failed. */
function keptLine(context: FacilitatorContext, workshop: Workshop): string {
  const saved = context.saved[workshop.id] ?? null;
  const missing = unsavedChanges(workshop, saved);
  const kept = saved
    ? `Kept in this browser: “${saved.name}” as it was, with ${plural(saved.sessions.length, 'session')}.`
    : `Nothing of “${workshop.name}” is kept in this browser yet.`;
  return `${kept} Not kept: ${missing.join(', ') || 'the latest change'}. It is on screen, and lost if this tab closes.`;
}

function saveFailed(context: FacilitatorContext, retry: () => void): HTMLElement {
  const waiting = Object.values(context.unsaved);
  const only = waiting.length === 1;
  return el(
    'div',
    {
      className: 'fac-notice fac-notice-problem',
      attrs: { role: 'alert', 'data-storage': 'save-failed' },
    },
    [
      el('p', {
        className: 'fac-notice-title',
        text: `Could not save to this browser’s storage: ${context.saveProblem ?? 'unknown problem'}.`,
      }),
      ...waiting.map((workshop) => el('p', { text: keptLine(context, workshop) })),
      el('p', {
        text: 'Export to keep everything, then free some space (or close other tabs) and try again.',
      }),
      el('div', { className: 'fac-actions' }, [
        ...waiting.map((workshop) => exportButton(workshop, only)),
        button('Try saving again', retry, 'button'),
      ]),
    ],
  );
}

function memoryOnly(context: FacilitatorContext): HTMLElement {
  const open = context.workshop;
  return el(
    'div',
    {
      className: 'fac-notice fac-notice-problem',
      attrs: { role: 'status', 'data-storage': 'memory' },
    },
    [
      el('p', {
        className: 'fac-notice-title',
        text: `Workshops are kept in this tab only: ${context.storage.problem ?? 'the browser keeps nothing'}.`,
      }),
      el('p', {
        text: 'They are lost when this tab closes or reloads. Export each workshop to keep it, and import the file next time.',
      }),
      open ? el('div', { className: 'fac-actions' }, [exportButton(open, true)]) : null,
    ],
  );
}

function listUnreadable(context: FacilitatorContext): HTMLElement {
  return el(
    'div',
    {
      className: 'fac-notice fac-notice-problem',
      attrs: { role: 'alert', 'data-storage': 'unreadable' },
    },
    [
      el('p', {
        className: 'fac-notice-title',
        text: `The workshops saved in this browser could not be read: ${context.listProblem}.`,
      }),
      el('p', {
        text: 'Nothing was changed or deleted. Workshops you make now may not be saved: export them to be sure.',
      }),
    ],
  );
}

/** The notice for the current state of storage, or null when all is well. */
export function storageNotice(context: FacilitatorContext, retry: () => void): HTMLElement | null {
  if (context.saveProblem && Object.keys(context.unsaved).length > 0)
    return saveFailed(context, retry);
  if (context.storage.mode === 'memory') return memoryOnly(context);
  if (context.listProblem) return listUnreadable(context);
  return null;
}
