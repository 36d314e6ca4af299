/**
 * The play screen's DOM layer: every word and control of a node. The Phaser picture sits in
 * `stageHost` (role="img"); this layer works without it.
 */
import type { NodeView } from '../../engine/run/types';
import { button, el, focusHeading } from '../kit';
import { choiceButtons, createRunView } from '../run-view';
import { playKeyAction } from '../keyboard';
import { countdownText, nextAnnouncement, type AnnouncementState } from '../countdown';
import { gauge } from '../components';
import type { Beat } from '../../engine/run/beat';
import { renderBeat, timeoutAnnouncement } from '../beat';

export interface PlayOptions {
  scenarioTitle: string;
  stageLabel: string;
  /** Absent inside an LMS package: the leader leaves by closing the course, which keeps the place. */
  onQuit?(): void;
  onDownload(): void;
}

/** What the player's inputs do; bound by the run once it exists. */
export interface PlayHandlers {
  choose(choiceId: string): void;
  continue(): void;
  /** Practice: step back from the beat and decide again. */
  stepBack(): void;
  /** From the ending's moment into the debrief. */
  openDebrief(): void;
}

export interface BeatShowOptions {
  canStepBack: boolean;
  toEnding: boolean;
  /** Practice shows the scores on the panel (tests read them); assessment never does. */
  meters: NodeView['meters'];
}

export interface PlayScreen {
  bind(handlers: PlayHandlers): void;
  /** Where the Phaser canvas goes. */
  stageHost: HTMLElement;
  /** `practice`: the run may show its scores (assessment never puts them on the page). */
  show(view: NodeView, practice?: boolean): void;
  /** The consequence beat of the decision just taken, before `show` draws the next node. */
  showBeat(beat: Beat, options: BeatShowOptions): void;
  setCountdown(countdown: { remainingMs: number; totalMs: number } | null): void;
  setStageLabel(label: string): void;
  /** Autosave finished with this many inputs in the log (tests wait on it before a reload). */
  markSaved(inputCount: number): void;
  destroy(): void;
}

function canContinue(view: NodeView): boolean {
  return view.kind === 'narrative' || view.kind === 'event';
}

function keyInfo(event: KeyboardEvent) {
  const target = event.target instanceof HTMLElement ? event.target.tagName : undefined;
  return {
    key: event.key,
    repeat: event.repeat,
    altKey: event.altKey,
    ctrlKey: event.ctrlKey,
    metaKey: event.metaKey,
    targetTag: target,
  };
}

function meterItems(view: Pick<NodeView, 'meters'>): HTMLElement[] {
  return view.meters.map((meter) =>
    gauge({ id: meter.id, label: meter.label, value: meter.value, min: meter.min, max: meter.max }),
  );
}

export function createPlayScreen(root: HTMLElement, options: PlayOptions): PlayScreen {
  const stageHost = el('div', {
    className: 'stage',
    attrs: { role: 'img', 'aria-label': options.stageLabel },
  });
  const runView = createRunView({ live: true, label: 'Story and choices' });
  const panel = runView.element;
  const countdown = el('p', {
    className: 'countdown',
    attrs: { role: 'timer', 'aria-label': 'Time left', hidden: true },
  });
  const announcer = el('p', { className: 'visually-hidden', attrs: { role: 'status' } });
  // Present from the start so the announcement is heard: an alert region added with its text
  // may not be read.
  const timeoutAlert = el('p', { className: 'timeout-alert', attrs: { role: 'alert' } });
  const meters = el('ul', { className: 'gauges meters', attrs: { 'aria-label': 'Meters' } });
  panel.querySelector('.controls')?.before(countdown, announcer);
  panel.querySelector('.narration')?.before(timeoutAlert);
  let current: NodeView | null = null;
  let inBeat = false;
  let handlers: PlayHandlers = {
    choose: () => undefined,
    continue: () => undefined,
    stepBack: () => undefined,
    openDebrief: () => undefined,
  };
  let announcement: AnnouncementState = { startAnnounced: false, warningAnnounced: false };

  const onKey = (event: KeyboardEvent) => {
    if (!current) return;
    const action = inBeat
      ? playKeyAction(keyInfo(event), 0, true)
      : playKeyAction(keyInfo(event), current.choices.length, canContinue(current));
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
          options.onQuit ? button('Save and quit', options.onQuit, 'button button-quiet') : null,
        ]),
      ]),
      // The picture and the meters share one column; the story and choices take the other.
      el('div', { className: 'stage-column' }, [
        el('div', { className: 'stage-frame' }, [stageHost]),
        meters,
      ]),
      panel,
    ]),
  );

  function controlsFor(view: NodeView): HTMLElement | null {
    if (view.kind === 'decision') return choiceButtons(view, (id) => handlers.choose(id));
    if (view.kind === 'ending')
      return button('See your debrief', () => handlers.openDebrief(), 'button button-primary');
    return button('Continue', () => handlers.continue(), 'button button-primary continue');
  }

  return {
    stageHost,
    bind(newHandlers) {
      handlers = newHandlers;
    },
    show(view, practice = false) {
      current = view;
      inBeat = false;
      announcement = { startAnnounced: false, warningAnnounced: false };
      announcer.textContent = '';
      timeoutAlert.textContent = '';
      if (practice) panel.dataset.scores = JSON.stringify(view.scores);
      else delete panel.dataset.scores;
      runView.show(view, controlsFor(view));
      meters.replaceChildren(...meterItems(view));
      meters.hidden = view.meters.length === 0;
      focusHeading(runView.heading);
    },
    showBeat(beat, beatOptions) {
      inBeat = true;
      announcer.textContent = '';
      const parts = renderBeat(beat, beatOptions, {
        continue: () => handlers.continue(),
        stepBack: () => handlers.stepBack(),
      });
      timeoutAlert.textContent = beat.timedOut ? timeoutAnnouncement(beat) : '';
      runView.showMoment(
        { nodeId: beat.nodeId, kind: 'beat', heading: parts.heading },
        parts.words,
        parts.controls,
      );
      meters.replaceChildren(...meterItems({ meters: beatOptions.meters }));
      meters.hidden = beatOptions.meters.length === 0;
      parts.continueButton.focus();
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
