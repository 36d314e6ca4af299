/**
 * The workshop's sessions: who (stable number and name), which scenario, where they ended, and
 * what to do with each (rename, replay, remove). Sessions that no longer replay are listed apart.
 */
import { ALIAS_MAX_LENGTH } from '../../services/settings';
import { button, el, sideScrolling } from '../../ui/kit';
import type { Cohort } from '../cohort';
import { participantLabel } from '../participants';
import type { CohortEntry } from '../types';
import type { ViewTools } from './snapshot';
import { modeOfLog, stepBacksOf, type SessionLog } from '../../engine/session/types';

function endingOf(entry: CohortEntry): string {
  if (!entry.ended) return 'Not finished';
  const node = entry.scenario.nodes[entry.final.nodeId];
  return node?.title ?? (node?.kind === 'ending' ? `An ending (${node.outcome})` : 'Ended');
}

function renameForm(entry: CohortEntry, cell: HTMLElement, tools: ViewTools): void {
  const label = participantLabel(entry.participant);
  const input = el('input', {
    attrs: {
      type: 'text',
      maxlength: ALIAS_MAX_LENGTH,
      autocomplete: 'off',
      'aria-label': `New name for ${label}`,
    },
  });
  input.value = entry.alias === label ? '' : entry.alias;
  const form = el('form', { className: 'fac-rename' }, [
    input,
    el('button', {
      className: 'button button-small',
      text: 'Save name',
      attrs: { type: 'submit' },
    }),
  ]);
  const restore = Array.from(cell.childNodes);
  form.append(
    button('Cancel', () => cell.replaceChildren(...restore), 'button button-small button-quiet'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    tools.send({ type: 'facilitator.renameParticipant', id: entry.id, name: input.value });
  });
  cell.replaceChildren(form);
  input.focus();
}

/** A short visible word, with the participant in its accessible name ("Remove Participant 7"). */
function smallButton(text: string, name: string, onClick: () => void, extra = ''): HTMLElement {
  return el('button', {
    className: `button button-small ${extra}`.trim(),
    text,
    attrs: { type: 'button', 'aria-label': name },
    on: { click: () => onClick() },
  });
}

/** "Assessment", or "Practice (2 step-backs)": how the run was played. */
export function modeText(log: SessionLog): string {
  if (modeOfLog(log) === 'assessment') return 'Assessment';
  const backs = stepBacksOf(log);
  return backs === 0 ? 'Practice' : `Practice (${backs} step-back${backs === 1 ? '' : 's'})`;
}

function row(entry: CohortEntry, anonymous: boolean, tools: ViewTools): HTMLTableRowElement {
  const label = participantLabel(entry.participant);
  const name = el('td', {
    className: 'fac-name',
    text: anonymous ? 'Hidden (anonymous view)' : entry.alias === label ? '–' : entry.alias,
  });
  const actions = el('td', { className: 'fac-row-actions' }, [
    anonymous
      ? null
      : smallButton('Rename', `Rename ${label}`, () => renameForm(entry, name, tools)),
    smallButton('Replay', `Replay ${label}`, () =>
      tools.send({ type: 'facilitator.replaySession', id: entry.id }),
    ),
    smallButton(
      'Remove',
      `Remove ${label}`,
      () => tools.send({ type: 'facilitator.removeSession', id: entry.id }),
      'button-quiet',
    ),
  ]);
  return el(
    'tr',
    { attrs: { 'data-session-id': entry.id, 'data-participant': entry.participant } },
    [
      el('th', { text: label, attrs: { scope: 'row' } }),
      name,
      el('td', { text: entry.scenario.title }),
      el('td', { text: endingOf(entry) }),
      el('td', { className: 'fac-mode', text: modeText(entry.log) }),
      el('td', { className: 'fac-source', text: anonymous ? 'Hidden' : entry.source }),
      el('td', { text: entry.scenarioChanged ? 'Scenario changed since recorded' : '' }),
      actions,
    ],
  );
}

function unusableList(cohort: Cohort): HTMLElement | null {
  if (cohort.unusable.length === 0) return null;
  return el(
    'div',
    { className: 'fac-warning', attrs: { 'data-unusable': cohort.unusable.length } },
    [
      el('p', {
        text: 'These stored sessions no longer replay against the scenarios in this version:',
      }),
      el(
        'ul',
        {},
        cohort.unusable.map((item) => el('li', { text: `${item.source}: ${item.reason}` })),
      ),
    ],
  );
}

export function sessionsList(cohort: Cohort, anonymous: boolean, tools: ViewTools): HTMLElement {
  const head = el(
    'tr',
    {},
    ['Participant', 'Name', 'Scenario', 'Ending', 'Mode', 'File or code', 'Note', 'Actions'].map(
      (text) => el('th', { text, attrs: { scope: 'col' } }),
    ),
  );
  const table = el('table', { className: 'table fac-table fac-sessions' }, [
    el('caption', { text: 'Sessions in this workshop' }),
    el('thead', {}, [head]),
    el(
      'tbody',
      {},
      cohort.entries.map((entry) => row(entry, anonymous, tools)),
    ),
  ]);
  return el('div', {}, [unusableList(cohort), sideScrolling(table)]);
}
