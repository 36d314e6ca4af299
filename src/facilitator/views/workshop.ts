/**
 * One workshop on screen: its header (name, how many sessions, export, delete, the anonymous
 * view), its tabs and the open tab. Drawn from the machine's snapshot; a part is redrawn only
 * when what it shows changed, so typed text, the replay's picture and focus stay put.
 */
import { askInPlace } from './confirm';
import { button, el, plural } from '../../ui/kit';
import { cohortOf, type Cohort } from '../cohort';
import type { FacilitatorContext } from '../machine-types';
import { WORKSHOP_TABS, type WorkshopTab } from '../route';
import type { Library, Workshop } from '../types';
import { importReport } from './import-report';
import { intakePanel } from './intake-panel';
import { renderDashboard } from './dashboard';
import { renderReplay } from './replay';
import { renderCompare } from './compare';
import { sessionsList } from './sessions-tab';
import { exportWorkshop } from './storage-notice';
import { whenChanged, type FacilitatorSnapshot, type Screen, type ViewTools } from './snapshot';

const TAB_LABELS: Record<WorkshopTab, string> = {
  sessions: 'Sessions',
  dashboard: 'Dashboard',
  replay: 'Replay',
  compare: 'Compare',
};

export function currentTab(snapshot: FacilitatorSnapshot): WorkshopTab {
  return (
    WORKSHOP_TABS.find((tab) => snapshot.matches({ screen: { workshop: { open: { tab } } } })) ??
    'sessions'
  );
}

function deleteConfirm(workshop: Workshop, host: HTMLElement, tools: ViewTools): void {
  askInPlace(
    host,
    `Delete “${workshop.name}” and its ${plural(workshop.sessions.length, 'session')} from this computer? This cannot be undone.`,
    button(
      'Yes, delete this workshop',
      () => tools.send({ type: 'facilitator.deleteWorkshop' }),
      'button button-danger',
    ),
  );
}

function countText(cohort: Cohort): string {
  const extra = cohort.unusable.length;
  const more =
    extra > 0
      ? ` (and ${extra} that no longer ${extra === 1 ? 'replays' : 'replay'}, listed under Sessions)`
      : '';
  return `${plural(cohort.entries.length, 'session')}${more}.`;
}

function anonymousToggle(tools: ViewTools): HTMLInputElement {
  const box = el('input', { attrs: { type: 'checkbox' } });
  box.addEventListener('change', () =>
    tools.send({ type: 'facilitator.setAnonymous', anonymous: box.checked }),
  );
  return box;
}

interface Parts {
  heading: HTMLElement;
  count: HTMLElement;
  anonymous: HTMLInputElement;
  notes: HTMLElement;
  nav: HTMLElement;
  body: HTMLElement;
  confirm: HTMLElement;
}

function layout(workshop: Workshop, tools: ViewTools): { element: HTMLElement; parts: Parts } {
  const parts: Parts = {
    heading: el('h2', { attrs: { tabindex: '-1' } }),
    count: el('p', { className: 'fac-workshop-count fac-muted' }),
    anonymous: anonymousToggle(tools),
    notes: el('div', { attrs: { role: 'status' } }),
    nav: el('nav', { className: 'fac-tabs', attrs: { 'aria-label': 'Workshop sections' } }),
    body: el('div', { className: 'fac-tab-body' }),
    confirm: el('div'),
  };
  const current = () => tools.snapshot().context.workshop ?? workshop;
  const element = el(
    'div',
    { className: 'fac-workshop', attrs: { 'data-workshop-id': workshop.id } },
    [
      el('div', { className: 'fac-actions' }, [
        button(
          'Back to workshops',
          () => tools.send({ type: 'facilitator.back' }),
          'button button-quiet',
        ),
        button('Export this workshop', () => exportWorkshop(current()), 'button'),
        button(
          'Delete workshop',
          () => deleteConfirm(current(), parts.confirm, tools),
          'button button-quiet',
        ),
      ]),
      parts.confirm,
      parts.heading,
      parts.count,
      el('label', { className: 'fac-toggle' }, [
        parts.anonymous,
        el('span', {
          text: 'Anonymous view for the room: no names on screen, only “Participant 1”, “Participant 2”…',
        }),
      ]),
      parts.notes,
      parts.nav,
      parts.body,
    ],
  );
  return { element, parts };
}

function tabButtons(tab: WorkshopTab, tools: ViewTools): HTMLElement[] {
  return WORKSHOP_TABS.map((item) => {
    const control = button(
      TAB_LABELS[item],
      () => tools.send({ type: 'facilitator.showTab', tab: item }),
      'button fac-tab',
    );
    if (item === tab) control.setAttribute('aria-current', 'page');
    return control;
  });
}

/** What came of an import that led here, and any problem with this workshop (a failed delete). */
function notes(context: FacilitatorContext): HTMLElement[] {
  const shown: HTMLElement[] = [];
  if (context.notice) shown.push(el('p', { className: 'fac-message', text: context.notice }));
  if (context.importStatus.kind !== 'done' || !context.importStatus.imported) return shown;
  const report = importReport(context.importStatus.imported);
  shown.push(el('p', { className: 'fac-message', text: context.importStatus.message }));
  return report ? [...shown, report] : shown;
}

export function workshopScreen(tools: ViewTools, library: Library): Screen {
  const first = tools.snapshot().context.workshop as Workshop;
  const { element, parts } = layout(first, tools);
  const intake = intakePanel((sources) => tools.send({ type: 'facilitator.addSessions', sources }));
  let leaveTab: () => void = () => undefined;
  let cohort: Cohort = { entries: [], unusable: [] };
  const rebuild = whenChanged((sessions: Workshop['sessions'], anonymous: boolean) => {
    cohort = cohortOf(sessions, library, anonymous);
  });
  const drawHeader = whenChanged((workshop: Workshop, shown: Cohort) => {
    parts.heading.textContent = workshop.name;
    parts.count.textContent = countText(shown);
    parts.count.dataset.sessions = String(shown.entries.length);
    parts.anonymous.checked = Boolean(workshop.anonymous);
    element.dataset.anonymous = String(Boolean(workshop.anonymous));
  });
  const drawBody = whenChanged((tab: WorkshopTab, shown: Cohort, replayId: string | null) => {
    leaveTab();
    leaveTab = () => undefined;
    parts.nav.replaceChildren(...tabButtons(tab, tools));
    parts.body.dataset.tab = tab;
    const anonymous = Boolean(tools.snapshot().context.workshop?.anonymous);
    if (tab === 'sessions')
      parts.body.replaceChildren(intake.element, sessionsList(shown, anonymous, tools));
    else if (tab === 'dashboard') renderDashboard(parts.body, shown.entries, anonymous);
    else if (tab === 'replay')
      leaveTab = renderReplay(parts.body, shown.entries, replayId ?? undefined);
    else renderCompare(parts.body, shown.entries);
  });
  const drawNotes = whenChanged(
    (context: FacilitatorContext, _status: unknown, _notice: unknown) => {
      parts.notes.replaceChildren(...notes(context));
    },
  );
  const update = (snapshot: FacilitatorSnapshot) => {
    const { context } = snapshot;
    const workshop = context.workshop;
    if (!workshop) return;
    rebuild(workshop.sessions, Boolean(workshop.anonymous));
    drawHeader(workshop, cohort);
    drawNotes(context, context.importStatus, context.notice);
    drawBody(currentTab(snapshot), cohort, context.replayId);
    intake.update(context.intake);
  };
  update(tools.snapshot());
  queueMicrotask(() => parts.heading.focus());
  return {
    element,
    update,
    dispose: () => {
      leaveTab();
      intake.dispose();
    },
  };
}
