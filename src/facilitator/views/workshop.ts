/**
 * One workshop: its sessions (add, list, remove), the cohort dashboard, replay and compare.
 * Every change is saved to the facilitator's own IndexedDB database at once.
 */
import {
  CohortBuilder,
  checkInBatches,
  sessionKey,
  type IntakeReport,
  type Submission,
} from '../intake';
import { newId, type WorkshopStore } from '../store';
import type { CohortEntry, Library, RejectedItem, Workshop } from '../types';
import { workshopFileName, workshopToFile } from '../workshop-file';
import { button, el } from '../../ui/kit';
import { downloadText } from '../../services/download';
import { intakePanel } from './intake-panel';
import { renderDashboard } from './dashboard';
import { renderReplay } from './replay';
import { renderCompare } from './compare';

/**
 * Yields to the event loop so the browser can paint the progress text during a big import
 * (a task, not an animation frame: frames stop in a background tab and would stall the import).
 */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export type WorkshopTab = 'sessions' | 'dashboard' | 'replay' | 'compare';

export interface WorkshopViewOptions {
  workshop: Workshop;
  library: Library;
  store: WorkshopStore;
  onBack: () => void;
  onDeleted: () => void;
}

const TABS: Array<{ id: WorkshopTab; label: string }> = [
  { id: 'sessions', label: 'Sessions' },
  { id: 'dashboard', label: 'Dashboard' },
  { id: 'replay', label: 'Replay' },
  { id: 'compare', label: 'Compare' },
];

function sessionsTable(
  entries: readonly CohortEntry[],
  onReplay: (id: string) => void,
  onRemove: (id: string) => void,
): HTMLElement {
  const rows = entries.map((entry) => {
    const ending = entry.ended
      ? (entry.scenario.nodes[entry.final.nodeId]?.title ?? entry.final.nodeId)
      : 'Not finished';
    return el('tr', { attrs: { 'data-session-id': entry.id } }, [
      el('td', { text: entry.alias }),
      el('td', { text: entry.scenario.title }),
      el('td', { text: ending }),
      el('td', { text: entry.scenarioChanged ? 'Scenario changed since recorded' : '' }),
      el('td', {}, [
        button(`Replay ${entry.alias}`, () => onReplay(entry.id), 'button button-small'),
        button(
          `Remove ${entry.alias}`,
          () => onRemove(entry.id),
          'button button-small button-quiet',
        ),
      ]),
    ]);
  });
  const head = el(
    'tr',
    {},
    ['Participant', 'Scenario', 'Ending', 'Note', 'Actions'].map((text) =>
      el('th', { text, attrs: { scope: 'col' } }),
    ),
  );
  return el('table', { className: 'fac-table fac-sessions' }, [
    el('caption', { text: 'Sessions in this workshop' }),
    el('thead', {}, [head]),
    el('tbody', {}, rows),
  ]);
}

function unusableList(unusable: readonly RejectedItem[]): HTMLElement | null {
  if (unusable.length === 0) return null;
  return el('div', { className: 'fac-warning' }, [
    el('p', {
      text: 'These stored sessions no longer replay against the scenarios in this version:',
    }),
    el(
      'ul',
      {},
      unusable.map((item) => el('li', { text: `${item.source}: ${item.reason}` })),
    ),
  ]);
}

/** Renders the workshop; the returned cleanup releases what the open tab holds (the picture). */
export function renderWorkshop(host: HTMLElement, options: WorkshopViewOptions): () => void {
  const { workshop, library, store } = options;
  const builder = new CohortBuilder(library);
  let cohort = builder.cohort(workshop.sessions);
  let tab: WorkshopTab = 'sessions';
  let replayId: string | undefined;
  let leaveTab: () => void = () => undefined;
  const heading = el('h2', { text: workshop.name, attrs: { tabindex: '-1' } });
  const count = el('p', { className: 'fac-muted' });
  const nav = el('nav', { className: 'fac-tabs', attrs: { 'aria-label': 'Workshop sections' } });
  const body = el('div', { className: 'fac-tab-body' });
  const confirmHost = el('div');

  const save = async (): Promise<void> => {
    await store.put(workshop);
    cohort = builder.cohort(workshop.sessions);
  };

  const addItems = async (
    items: Submission[],
    progress: (done: number) => void,
  ): Promise<IntakeReport> => {
    const known = new Map(
      workshop.sessions.map((session) => [sessionKey(session.log), session.source]),
    );
    const report = await checkInBatches(items, library, known, (done) => {
      progress(done);
      return nextFrame();
    });
    const addedAt = new Date().toISOString();
    for (const item of report.accepted) {
      const session = { id: newId('session'), source: item.source, addedAt, log: item.log };
      workshop.sessions.push(session);
      builder.addReplayed(session, item);
    }
    if (report.accepted.length > 0) await save();
    refreshHeader();
    sessionsHost.replaceChildren(sessionsList());
    return report;
  };

  const sessionsHost = el('div');
  const intake = intakePanel({ onSubmit: addItems });
  const sessionsList = (): HTMLElement =>
    el('div', {}, [
      unusableList(cohort.unusable),
      sessionsTable(
        cohort.entries,
        (id) => {
          replayId = id;
          select('replay');
        },
        (id) => void removeSession(id),
      ),
    ]);

  async function removeSession(id: string): Promise<void> {
    workshop.sessions = workshop.sessions.filter((session) => session.id !== id);
    await save();
    refreshHeader();
    sessionsHost.replaceChildren(sessionsList());
  }

  function refreshHeader(): void {
    count.textContent = `${workshop.sessions.length} ${workshop.sessions.length === 1 ? 'session' : 'sessions'}`;
    host.dataset.sessions = String(workshop.sessions.length);
  }

  function select(next: WorkshopTab): void {
    leaveTab();
    leaveTab = () => undefined;
    tab = next;
    nav.replaceChildren(
      ...TABS.map((item) => {
        const control = button(item.label, () => select(item.id), 'button fac-tab');
        if (item.id === tab) control.setAttribute('aria-current', 'page');
        return control;
      }),
    );
    body.dataset.tab = tab;
    if (tab === 'sessions') {
      sessionsHost.replaceChildren(sessionsList());
      body.replaceChildren(intake, sessionsHost);
    } else if (tab === 'dashboard') renderDashboard(body, cohort.entries);
    else if (tab === 'replay') leaveTab = renderReplay(body, cohort.entries, replayId);
    else renderCompare(body, cohort.entries);
  }

  const askDelete = () => {
    const yes = button(
      'Yes, delete this workshop',
      () => {
        void store.remove(workshop.id).then(options.onDeleted);
      },
      'button button-danger',
    );
    confirmHost.replaceChildren(
      el(
        'div',
        {
          className: 'fac-confirm',
          attrs: { role: 'alertdialog', 'aria-label': 'Confirm deletion' },
        },
        [
          el('p', {
            text: `Delete “${workshop.name}” and its ${workshop.sessions.length} sessions from this computer? This cannot be undone.`,
          }),
          yes,
          button('Cancel', () => confirmHost.replaceChildren(), 'button'),
        ],
      ),
    );
    yes.focus();
  };

  host.replaceChildren(
    el('div', { className: 'fac-workshop', attrs: { 'data-workshop-id': workshop.id } }, [
      el('div', { className: 'fac-actions' }, [
        button('Back to workshops', options.onBack, 'button button-quiet'),
        button(
          'Export workshop',
          () =>
            downloadText(workshopFileName(workshop), workshopToFile(workshop), 'application/json'),
          'button',
        ),
        button('Delete workshop', askDelete, 'button button-quiet'),
      ]),
      confirmHost,
      heading,
      count,
      nav,
      body,
    ]),
  );
  refreshHeader();
  select('sessions');
  heading.focus();
  return () => leaveTab();
}
