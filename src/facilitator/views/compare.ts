/**
 * Two sessions of one scenario side by side, from the step where they part ways: the shared
 * start is summed up in one line, then each column shows its own path.
 */
import { el, labelled, plural, selectOf } from '../../ui/kit';
import { divergenceIndex, replaySteps, type ReplayStep } from '../replay-steps';
import type { CohortEntry } from '../types';
import { entryLabel } from './replay';
import { stepView } from './step-view';

function column(entry: CohortEntry, steps: readonly ReplayStep[], from: number): HTMLElement {
  return el(
    'section',
    { className: 'fac-compare-column', attrs: { 'data-session-id': entry.id } },
    [el('h3', { text: entry.alias }), ...steps.slice(from).map((step) => stepView(step))],
  );
}

function comparison(left: CohortEntry, right: CohortEntry): HTMLElement {
  if (left.scenario.id !== right.scenario.id) {
    return el('p', {
      text: 'These sessions are of different scenarios; pick two sessions of the same scenario.',
    });
  }
  const leftSteps = replaySteps(left);
  const rightSteps = replaySteps(right);
  const from = divergenceIndex(leftSteps, rightSteps);
  if (from === null) {
    return el('p', {
      attrs: { 'data-diverge': 'none' },
      text: 'These two sessions took exactly the same path.',
    });
  }
  const shared =
    from === 0
      ? 'They differ from the first step.'
      : `They follow the same path for the first ${plural(from, 'step')}, then part ways at step ${from + 1}.`;
  return el('div', { attrs: { 'data-diverge': from } }, [
    el('p', { className: 'fac-compare-summary', text: shared }),
    el('div', { className: 'fac-compare' }, [
      column(left, leftSteps, from),
      column(right, rightSteps, from),
    ]),
  ]);
}

export function renderCompare(host: HTMLElement, entries: readonly CohortEntry[]): void {
  if (entries.length < 2) {
    host.replaceChildren(el('p', { text: 'Comparing needs at least two sessions.' }));
    return;
  }
  const options = entries.map((entry) => ({ value: entry.id, text: entryLabel(entry) }));
  const first = selectOf(options, entries[0]?.id);
  const second = selectOf(options, entries[1]?.id);
  const body = el('div');
  const show = () => {
    const left = entries.find((entry) => entry.id === first.value);
    const right = entries.find((entry) => entry.id === second.value);
    if (left && right) body.replaceChildren(comparison(left, right));
  };
  first.addEventListener('change', show);
  second.addEventListener('change', show);
  host.replaceChildren(
    el('div', { className: 'fac-actions' }, [
      labelled('First session', first),
      labelled('Second session', second),
    ]),
    body,
  );
  show();
}
