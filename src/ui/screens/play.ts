/**
 * The play screen's DOM layer: every word and control of a node. The Phaser picture sits in
 * `stageHost` (role="img"); this layer works without it.
 */
import type { NodeView } from '../../engine/run/types';
import { button, el, focusHeading } from '../kit';
import { playKeyAction } from '../keyboard';
import { countdownText, nextAnnouncement, type AnnouncementState } from '../countdown';

export interface PlayOptions {
  scenarioTitle: string;
  stageLabel: string;
  onQuit(): void;
  onDownload(): void;
}

/** What the player's inputs do; bound by the run once it exists. */
export interface PlayHandlers {
  choose(choiceId: string): void;
  continue(): void;
}

export interface PlayScreen {
  bind(handlers: PlayHandlers): void;
  /** Where the Phaser canvas goes. */
  stageHost: HTMLElement;
  show(view: NodeView): void;
  setCountdown(countdown: { remainingMs: number; totalMs: number } | null): void;
  setStageLabel(label: string): void;
  /** Autosave finished with this many inputs in the log (tests wait on it before a reload). */
  markSaved(inputCount: number): void;
  destroy(): void;
}

function nodeHeading(view: NodeView): string {
  if (view.title) return view.title;
  if (view.kind === 'decision') return 'Your decision';
  if (view.kind === 'event') return 'Something happens';
  return view.speaker ? view.speaker.name : 'What happens next';
}

function meterItems(view: NodeView): HTMLElement[] {
  return view.meters.map((meter) => {
    const min = meter.min ?? 0;
    const max = meter.max ?? 100;
    const share = max > min ? Math.min(1, Math.max(0, (meter.value - min) / (max - min))) : 0;
    const bar = el('span', { className: 'meter-fill' });
    bar.style.width = `${Math.round(share * 100)}%`;
    return el(
      'li',
      { className: 'meter', attrs: { 'data-meter-id': meter.id, 'data-value': meter.value } },
      [
        el('span', { className: 'meter-label', text: `${meter.label}: ${meter.value}` }),
        el('span', { className: 'meter-bar', attrs: { 'aria-hidden': 'true' } }, [bar]),
      ],
    );
  });
}

export function createPlayScreen(root: HTMLElement, options: PlayOptions): PlayScreen {
  const stageHost = el('div', {
    className: 'stage',
    attrs: { role: 'img', 'aria-label': options.stageLabel },
  });
  const heading = el('h2', { className: 'node-heading' });
  const speaker = el('p', { className: 'speaker' });
  const narration = el('section', {
    className: 'narration',
    attrs: { 'aria-label': 'Narration', 'aria-live': 'polite', 'aria-atomic': 'true' },
  });
  const countdown = el('p', {
    className: 'countdown',
    attrs: { role: 'timer', 'aria-label': 'Time left', hidden: true },
  });
  const announcer = el('p', { className: 'visually-hidden', attrs: { role: 'status' } });
  const controls = el('div', { className: 'controls' });
  const meters = el('ul', { className: 'meters', attrs: { 'aria-label': 'Meters' } });
  const panel = el(
    'section',
    { className: 'panel', attrs: { 'aria-label': 'Story and choices' } },
    [heading, speaker, narration, countdown, announcer, controls, meters],
  );
  let current: NodeView | null = null;
  let handlers: PlayHandlers = { choose: () => undefined, continue: () => undefined };
  let announcement: AnnouncementState = { startAnnounced: false, warningAnnounced: false };

  const onKey = (event: KeyboardEvent) => {
    if (!current) return;
    const target = event.target instanceof HTMLElement ? event.target.tagName : undefined;
    const canContinue = current.kind === 'narrative' || current.kind === 'event';
    const key = {
      key: event.key,
      repeat: event.repeat,
      altKey: event.altKey,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
    };
    const action = playKeyAction(
      { ...key, targetTag: target },
      current.choices.length,
      canContinue,
    );
    if (!action) return;
    event.preventDefault();
    if (action.type === 'continue') handlers.continue();
    else {
      const choice = current.choices.find((c) => c.number === action.number);
      if (choice) handlers.choose(choice.id);
    }
  };
  document.addEventListener('keydown', onKey);

  root.append(
    el('section', { className: 'screen play-screen' }, [
      el('div', { className: 'play-top' }, [
        el('h1', { className: 'play-title', text: options.scenarioTitle }),
        el('div', { className: 'play-tools' }, [
          button('Download session file', options.onDownload, 'button button-quiet'),
          button('Save and quit', options.onQuit, 'button button-quiet'),
        ]),
      ]),
      el('div', { className: 'stage-frame' }, [stageHost]),
      panel,
    ]),
  );

  function renderControls(view: NodeView): void {
    if (view.kind === 'decision') {
      const list = el('ol', {
        className: 'choices',
        attrs: { 'aria-label': 'Choices (press 1 to ' + view.choices.length + ')' },
      });
      for (const choice of view.choices) {
        const choiceButton = el(
          'button',
          {
            className: 'choice',
            attrs: { type: 'button', 'data-choice-id': choice.id },
            on: { click: () => handlers.choose(choice.id) },
          },
          [
            el('span', { className: 'choice-number', text: String(choice.number) }),
            el('span', { text: choice.text }),
          ],
        );
        list.append(el('li', {}, [choiceButton]));
      }
      controls.replaceChildren(list);
    } else if (view.kind === 'ending') {
      controls.replaceChildren();
    } else {
      controls.replaceChildren(
        button('Continue', () => handlers.continue(), 'button button-primary continue'),
      );
    }
  }

  return {
    stageHost,
    bind(newHandlers) {
      handlers = newHandlers;
    },
    show(view) {
      current = view;
      announcement = { startAnnounced: false, warningAnnounced: false };
      announcer.textContent = '';
      panel.dataset.nodeId = view.nodeId;
      panel.dataset.nodeKind = view.kind;
      panel.dataset.scores = JSON.stringify(view.scores);
      heading.textContent = nodeHeading(view);
      speaker.textContent = view.speaker ? `${view.speaker.name}, ${view.speaker.role}` : '';
      speaker.hidden = !view.speaker;
      const paragraphs = [el('p', { className: 'node-text', text: view.text })];
      if (view.outcomeText)
        paragraphs.push(el('p', { className: 'outcome-text', text: view.outcomeText }));
      narration.replaceChildren(...paragraphs);
      renderControls(view);
      meters.replaceChildren(...meterItems(view));
      meters.hidden = view.meters.length === 0;
      focusHeading(heading);
    },
    setCountdown(state) {
      if (!state) {
        countdown.hidden = true;
        delete countdown.dataset.remainingMs;
        return;
      }
      countdown.hidden = false;
      countdown.textContent = `Time: ${countdownText(state.remainingMs)}`;
      countdown.dataset.remainingMs = String(Math.round(state.remainingMs));
      const next = nextAnnouncement(announcement, state.remainingMs, state.totalMs);
      announcement = next.state;
      if (next.text) announcer.textContent = next.text;
    },
    markSaved(inputCount) {
      panel.dataset.savedInputs = String(inputCount);
    },
    setStageLabel(label) {
      stageHost.setAttribute('aria-label', label);
    },
    destroy() {
      document.removeEventListener('keydown', onKey);
      current = null;
    },
  };
}
