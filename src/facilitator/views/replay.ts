/**
 * Replay of one session: step forward and back, scrub the timeline, jump to a decision.
 * Nothing runs on a timer; each step is rebuilt from the engine's replay snapshots.
 */
import { button, el, labelled, selectOf } from '../../ui/kit';
import { decisionSteps, replaySteps } from '../replay-steps';
import type { CohortEntry } from '../types';
import { stepView } from './step-view';
import { nodeTitle } from '../reasons';
import { createReplayStage, type ReplayStage } from './replay-stage';
import { modeText } from './sessions-tab';

function entryLabel(entry: CohortEntry): string {
  return `${entry.alias} – ${entry.scenario.title}`;
}

/** `stage`, when given, is placed above the step and shown every step the viewer lands on. */
export function replayViewer(entry: CohortEntry, stage?: ReplayStage): HTMLElement {
  const steps = replaySteps(entry);
  let index = 0;
  const status = el('p', { className: 'fac-step-status', attrs: { 'aria-live': 'polite' } });
  const timeline = el('input', {
    attrs: { type: 'range', min: 0, max: steps.length - 1, step: 1, value: 0 },
  });
  const previous = button('Previous step', () => go(index - 1), 'button');
  const next = button('Next step', () => go(index + 1), 'button');
  const jumps = decisionSteps(steps).map((step) => ({
    value: String(step.index),
    text: `Step ${step.index + 1}: ${nodeTitle(entry.scenario.nodes[step.view.nodeId])}`,
  }));
  const jump = selectOf([{ value: '', text: 'Choose a decision…' }, ...jumps]);
  const body = el('div', { className: 'fac-step-host' });
  const viewer = el(
    'div',
    { className: 'fac-replay', attrs: { 'data-session-id': entry.id, 'data-steps': steps.length } },
    [
      el('div', { className: 'fac-replay-controls' }, [
        previous,
        next,
        labelled('Timeline step', timeline, 'field fac-timeline'),
        labelled('Jump to a decision', jump),
      ]),
      el('p', { className: 'fac-replay-mode', text: `Played in: ${modeText(entry.log)}` }),
      status,
      stage?.element ?? null,
      body,
    ],
  );

  function go(target: number): void {
    const step = steps[target];
    if (!step) return;
    index = target;
    timeline.value = String(index);
    timeline.setAttribute('aria-valuetext', `Step ${index + 1} of ${steps.length}`);
    const position = `Step ${index + 1} of ${steps.length}`;
    status.textContent = position;
    stage?.show(entry.scenario, step.view, position);
    previous.disabled = index === 0;
    next.disabled = index === steps.length - 1;
    viewer.dataset.step = String(index);
    body.replaceChildren(stepView(step));
  }

  timeline.addEventListener('input', () => go(Number(timeline.value)));
  jump.addEventListener('change', () => {
    if (jump.value !== '') go(Number(jump.value));
  });
  go(0);
  return viewer;
}

/**
 * The replay tab: pick a session, then walk through it under the game's picture.
 * Returns the cleanup that releases the picture (call it when the tab or the area is left).
 */
export function renderReplay(
  host: HTMLElement,
  entries: readonly CohortEntry[],
  selectedId?: string,
  makeStage: () => ReplayStage = createReplayStage,
): () => void {
  if (entries.length === 0) {
    host.replaceChildren(el('p', { text: 'No sessions to replay yet.' }));
    return () => undefined;
  }
  // One picture for the tab: switching sessions re-points it instead of starting a new game.
  const stage = makeStage();
  const picker = selectOf(
    entries.map((entry) => ({ value: entry.id, text: entryLabel(entry) })),
    selectedId,
  );
  const body = el('div');
  const show = () => {
    const entry = entries.find((candidate) => candidate.id === picker.value) ?? entries[0];
    if (entry) body.replaceChildren(replayViewer(entry, stage));
  };
  picker.addEventListener('change', show);
  host.replaceChildren(labelled('Session to replay', picker), body);
  show();
  return () => stage.destroy();
}

export { entryLabel };
