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

const NO_HANDLERS: PlayHandlers = {
  choose: () => undefined,
  continue: () => undefined,
  stepBack: () => undefined,
  openDebrief: () => undefined,
};

const FRESH_ANNOUNCEMENT: AnnouncementState = { startAnnounced: false, warningAnnounced: false };

/** The screen around the run view: title and tools, the picture with its meters, the panel. */
function playLayout(
  options: PlayOptions,
  stageHost: HTMLElement,
  meters: HTMLElement,
  panel: HTMLElement,
): HTMLElement {
  return el('section', { className: 'screen play-screen' }, [
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
  ]);
}

class PlayScreenDom implements PlayScreen {
  readonly stageHost: HTMLElement;
  private readonly runView = createRunView({ live: true, label: 'Story and choices' });
  private readonly panel = this.runView.element;
  private readonly countdown = el('p', {
    className: 'countdown',
    attrs: { role: 'timer', 'aria-label': 'Time left', hidden: true },
  });
  private readonly announcer = el('p', {
    className: 'visually-hidden',
    attrs: { role: 'status' },
  });
  // Present from the start so the announcement is heard: an alert region added with its text
  // may not be read.
  private readonly timeoutAlert = el('p', { className: 'timeout-alert', attrs: { role: 'alert' } });
  private readonly meters = el('ul', {
    className: 'gauges meters',
    attrs: { 'aria-label': 'Meters' },
  });
  private current: NodeView | null = null;
  private inBeat = false;
  private handlers: PlayHandlers = NO_HANDLERS;
  private announcement: AnnouncementState = FRESH_ANNOUNCEMENT;

  constructor(root: HTMLElement, options: PlayOptions) {
    this.stageHost = el('div', {
      className: 'stage',
      attrs: { role: 'img', 'aria-label': options.stageLabel },
    });
    this.panel.querySelector('.controls')?.before(this.countdown, this.announcer);
    this.panel.querySelector('.narration')?.before(this.timeoutAlert);
    document.addEventListener('keydown', this.onKey);
    root.append(playLayout(options, this.stageHost, this.meters, this.panel));
  }

  bind(handlers: PlayHandlers): void {
    this.handlers = handlers;
  }

  show(view: NodeView, practice = false): void {
    const { panel } = this;
    this.current = view;
    this.inBeat = false;
    this.announcement = FRESH_ANNOUNCEMENT;
    this.announcer.textContent = '';
    this.timeoutAlert.textContent = '';
    if (practice) panel.dataset.scores = JSON.stringify(view.scores);
    else delete panel.dataset.scores;
    this.runView.show(view, this.controlsFor(view));
    this.showMeters(view.meters);
    focusHeading(this.runView.heading);
  }

  showBeat(beat: Beat, options: BeatShowOptions): void {
    this.inBeat = true;
    this.announcer.textContent = '';
    const parts = renderBeat(beat, options, {
      continue: () => this.handlers.continue(),
      stepBack: () => this.handlers.stepBack(),
    });
    this.timeoutAlert.textContent = beat.timedOut ? timeoutAnnouncement(beat) : '';
    this.runView.showMoment(
      { nodeId: beat.nodeId, kind: 'beat', heading: parts.heading },
      parts.words,
      parts.controls,
    );
    this.showMeters(options.meters);
    parts.continueButton.focus();
  }

  setCountdown(state: { remainingMs: number; totalMs: number } | null): void {
    const { countdown } = this;
    if (!state) {
      countdown.hidden = true;
      delete countdown.dataset.remainingMs;
      return;
    }
    countdown.hidden = false;
    countdown.textContent = `Time: ${countdownText(state.remainingMs)}`;
    countdown.dataset.remainingMs = String(Math.round(state.remainingMs));
    const next = nextAnnouncement(this.announcement, state.remainingMs, state.totalMs);
    this.announcement = next.state;
    if (next.text) this.announcer.textContent = next.text;
  }

  markSaved(inputCount: number): void {
    this.panel.dataset.savedInputs = String(inputCount);
  }

  setStageLabel(label: string): void {
    this.stageHost.setAttribute('aria-label', label);
  }

  destroy(): void {
    document.removeEventListener('keydown', this.onKey);
    this.current = null;
  }

  private showMeters(meters: NodeView['meters']): void {
    this.meters.replaceChildren(...meterItems({ meters }));
    this.meters.hidden = meters.length === 0;
  }

  private controlsFor(view: NodeView): HTMLElement | null {
    if (view.kind === 'decision') return choiceButtons(view, (id) => this.handlers.choose(id));
    if (view.kind === 'ending')
      return button('See your debrief', () => this.handlers.openDebrief(), 'button button-primary');
    return button('Continue', () => this.handlers.continue(), 'button button-primary continue');
  }

  /** Number keys choose, Enter or Space continues (keyboard.ts decides which key is what). */
  private readonly onKey = (event: KeyboardEvent): void => {
    const { current, handlers } = this;
    if (!current) return;
    const action = this.inBeat
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
}

export function createPlayScreen(root: HTMLElement, options: PlayOptions): PlayScreen {
  return new PlayScreenDom(root, options);
}
