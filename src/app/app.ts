/**
 * The app shell: which screen is up and the order of screens
 * (title → list → briefing → play → end → list), settings, autosave and the error screen.
 * Screens are plain DOM (src/ui/screens); this file only wires them.
 */
import type { Scenario, Track } from '../engine/scenario/schema';
import type { SessionLog } from '../engine/session/types';
import { renderTitle } from '../ui/screens/title';
import { renderList, renderFileProblems } from '../ui/screens/list';
import { renderBriefing } from '../ui/screens/briefing';
import { renderSettings } from '../ui/screens/settings';
import { createPlayScreen } from '../ui/screens/play';
import { renderEnd } from '../ui/screens/end';
import { renderError } from '../ui/screens/error';
import { catalogue, findEntry, loadLibraryScenario } from './catalogue';
import type { CatalogueEntry } from './catalogue-types';
import { checkScenarioFile, formatProblem, type CheckedScenario } from './checker';
import { saveSettings, type Settings } from './settings';
import type { RunStore, SavedRun } from './storage';
import { beginPlay, type PlaySession } from './play-session';
import { createStageIn, preloadStage } from './stage-host';
import type { SoundPlayer } from './sound';
import { downloadSessionLog } from './download';
import { renderRunDebrief } from './end-view';
import { replay } from '../engine/session/replay';
import type { Stage } from './stage';
import { renderTrackEnd, type FinishedTrackStep } from './track-end';
import { historyRows, loadPastRun } from './past-runs';
import { renderHistory } from '../ui/screens/history';
import type { FinishedRun } from './storage';
import { button } from '../ui/dom';

export type ScreenName =
  | 'title'
  | 'list'
  | 'briefing'
  | 'play'
  | 'end'
  | 'track-end'
  | 'settings'
  | 'problems'
  | 'error'
  | 'history'
  | 'facilitator';

export interface AppDeps {
  root: HTMLElement;
  store: RunStore;
  settings: Settings;
  sound: SoundPlayer;
  storage: Storage | undefined;
  /** Development build: show files left out of the list. */
  isDev: boolean;
}

interface Playing {
  scenario: Scenario;
  text?: string;
}

export class App {
  private settings: Settings;
  private session: PlaySession | null = null;
  private stage: Stage | null = null;
  private lastLog: SessionLog | null = null;
  private track: { track: Track; index: number; finished: FinishedTrackStep[] } | null = null;
  private screenToken = 0;
  private cleanupScreen: (() => void) | null = null;

  constructor(private readonly deps: AppDeps) {
    this.settings = deps.settings;
  }

  currentLog(): SessionLog | null {
    return this.session?.log() ?? this.lastLog;
  }

  downloadCurrentLog(): boolean {
    const log = this.currentLog();
    if (log) downloadSessionLog(log);
    return log !== null;
  }

  /** Swaps the screen; `render` may be async, and errors in it land on the error screen. */
  private async enter(
    name: ScreenName,
    render: (root: HTMLElement, token: number) => void | Promise<void>,
  ) {
    const token = ++this.screenToken;
    await this.leavePlay();
    const { root } = this.deps;
    root.setAttribute('aria-busy', 'true');
    root.dataset.screen = name;
    root.replaceChildren();
    try {
      await render(root, token);
    } catch (error) {
      this.showError(error);
      return;
    }
    if (token === this.screenToken) root.setAttribute('aria-busy', 'false');
  }

  private async leavePlay(): Promise<void> {
    const session = this.session;
    this.session = null;
    this.cleanupScreen?.();
    this.cleanupScreen = null;
    this.stage?.destroy();
    this.stage = null;
    this.deps.sound.ambient(false);
    if (session) {
      this.lastLog = session.log();
      await session.stop();
    }
  }

  async showTitle(): Promise<void> {
    const saved = await this.deps.store.loadCurrent();
    await this.enter('title', (root) => {
      renderTitle(root, {
        savedRunTitle: saved ? this.savedRunTitle(saved) : null,
        onPlay: () => void this.showList(),
        onResume: () => saved && void this.resume(saved),
        onStartOver: () => void this.deps.store.clearCurrent().then(() => this.showList()),
        onSettings: () => void this.showSettings(() => this.showTitle()),
        onHistory: () => void this.showHistory(),
        onFacilitator: () => void this.showFacilitator(),
      });
    });
    // The picture's code downloads after the title is interactive, never before.
    void preloadStage();
  }

  private savedRunTitle(saved: SavedRun): string {
    const entry = findEntry(saved.scenarioId);
    if (entry) return entry.title;
    try {
      return (
        (JSON.parse(saved.scenarioText ?? '{}') as { title?: string }).title ?? saved.scenarioId
      );
    } catch {
      return saved.scenarioId;
    }
  }

  showList(): Promise<void> {
    this.track = null;
    return this.enter('list', (root) => {
      renderList(root, {
        entries: catalogue.entries,
        tracks: catalogue.tracks,
        notes: catalogue.notes,
        showNotes: this.deps.isDev,
        titleOf: (id) => findEntry(id)?.title ?? id,
        onPick: (entry) => void this.openLibrary(entry),
        onPickTrack: (track) => void this.startTrack(track),
        onFile: (file) => void this.openFile(file),
        onBack: () => void this.showTitle(),
      });
    });
  }

  showSettings(back: () => Promise<void>): Promise<void> {
    return this.enter('settings', (root) => {
      renderSettings(root, {
        settings: this.settings,
        onChange: (settings) => this.applySettings(settings),
        onBack: () => void back(),
      });
    });
  }

  applySettings(settings: Settings): void {
    this.settings = settings;
    saveSettings(this.deps.storage, settings);
    this.deps.sound.apply(settings);
    this.stage?.setReducedMotion(settings.reducedMotion);
    document.documentElement.dataset.reducedMotion = String(settings.reducedMotion);
  }

  private async startTrack(track: Track): Promise<void> {
    this.track = { track, index: 0, finished: [] };
    await this.openTrackStep();
  }

  private async openTrackStep(): Promise<void> {
    const step = this.track;
    const entry = step ? findEntry(step.track.scenarios[step.index] ?? '') : undefined;
    if (!step || !entry) return this.showList();
    const note = `Scenario ${step.index + 1} of ${step.track.scenarios.length} in the track “${step.track.title}”`;
    return this.openChecked(loadLibraryScenario(entry), note);
  }

  private openLibrary(entry: CatalogueEntry): Promise<void> {
    return this.openChecked(loadLibraryScenario(entry));
  }

  private async openFile(file: File): Promise<void> {
    const text = await file.text();
    return this.openChecked(checkScenarioFile(file.name, text), undefined, true);
  }

  private async openChecked(checking: Promise<CheckedScenario>, trackNote?: string, own = false) {
    this.deps.root.setAttribute('aria-busy', 'true');
    const checked = await checking;
    if ('problems' in checked) {
      const lines = checked.problems.map(formatProblem);
      return this.enter('problems', (root) =>
        renderFileProblems(root, lines, () => void this.showList()),
      );
    }
    const playing: Playing = own
      ? { scenario: checked.scenario, text: checked.text }
      : { scenario: checked.scenario };
    return this.showBriefing(playing, trackNote);
  }

  private showBriefing(playing: Playing, trackNote?: string): Promise<void> {
    return this.enter('briefing', (root) => {
      renderBriefing(root, {
        scenario: playing.scenario,
        timePressure: this.settings.timePressure,
        ...(trackNote ? { trackNote } : {}),
        onTimePressure: (timePressure) => this.applySettings({ ...this.settings, timePressure }),
        onStart: () => void this.play(playing),
        onBack: () => void this.showList(),
      });
    });
  }

  private async resume(saved: SavedRun): Promise<void> {
    const entry = findEntry(saved.scenarioId);
    const checking = saved.scenarioText
      ? checkScenarioFile('your scenario file', saved.scenarioText)
      : entry
        ? loadLibraryScenario(entry)
        : null;
    const checked = checking ? await checking : null;
    if (!checked || 'problems' in checked) {
      await this.deps.store.clearCurrent();
      return this.showError(
        null,
        'The saved run cannot be resumed: its scenario is no longer available.',
      );
    }
    const replayed = replay(checked.scenario, saved.log);
    if (!replayed.ok || !replayed.hashMatches || replayed.ended) {
      await this.deps.store.clearCurrent();
      return this.showError(
        null,
        'The saved run cannot be resumed: the scenario has changed since it was saved.',
      );
    }
    const playing: Playing = saved.scenarioText
      ? { scenario: checked.scenario, text: saved.scenarioText }
      : { scenario: checked.scenario };
    return this.play(playing, { log: saved.log, elapsedMs: saved.elapsedMs });
  }

  private play(playing: Playing, resume?: { log: SessionLog; elapsedMs: number }): Promise<void> {
    return this.enter('play', (root, token) => {
      const screen = createPlayScreen(root, {
        scenarioTitle: playing.scenario.title,
        stageLabel: `Scene of ${playing.scenario.title}`,
        onQuit: () => void this.showList(),
        onDownload: () => void this.downloadCurrentLog(),
      });
      this.session = beginPlay({
        scenario: playing.scenario,
        ...(playing.text ? { scenarioText: playing.text } : {}),
        settings: this.settings,
        store: this.deps.store,
        screen,
        sound: this.deps.sound,
        ...(resume ? { resume } : {}),
        onEnded: (log, context) => {
          this.lastLog = log;
          this.session = null;
          screen.destroy();
          void this.showEnd(playing, log, context);
        },
      });
      this.cleanupScreen = () => screen.destroy();
      this.deps.sound.ambient(true);
      void this.attachStage(screen.stageHost, token);
    });
  }

  private async attachStage(host: HTMLElement, token: number): Promise<void> {
    const stage = await createStageIn(host, {
      reducedMotion: this.settings.reducedMotion,
      label: host.getAttribute('aria-label') ?? '',
    });
    if (!stage) return;
    if (token !== this.screenToken || !this.session) {
      stage.destroy();
      return;
    }
    this.stage = stage;
    this.session.attachStage(stage);
  }

  private showEnd(
    playing: Playing,
    log: SessionLog,
    context: Parameters<typeof renderRunDebrief>[3],
  ): Promise<void> {
    const step = this.track;
    step?.finished.push({ scenario: playing.scenario, log });
    const hasNext = step !== null && step.index + 1 < step.track.scenarios.length;
    const trackDone = step !== null && !hasNext;
    return this.enter('end', async (root) => {
      const screen = renderEnd(root, {
        scenarioTitle: playing.scenario.title,
        ...(hasNext && step
          ? {
              next: {
                label: 'Next scenario in the track',
                onNext: () => void this.advanceTrack(step),
              },
            }
          : {}),
        onBack: () => void this.showList(),
        onDownload: () => downloadSessionLog(log),
        onPlayAgain: () => void this.showBriefing(playing),
      });
      if (trackDone && step) {
        const open = button(
          'See your track profile',
          () => void this.showTrackEnd(step),
          'button button-primary',
        );
        screen.debriefHost.before(open);
      }
      const finished = await this.deps.store.finishedRuns(playing.scenario.id);
      const shown = await renderRunDebrief(
        screen.debriefHost,
        playing.scenario,
        log,
        context,
        finished,
      );
      if (shown.full) screen.hideDownload();
    });
  }

  private showTrackEnd(step: { track: Track; finished: FinishedTrackStep[] }): Promise<void> {
    return this.enter('track-end', (root) =>
      renderTrackEnd(root, step.track, step.finished, () => void this.showList()),
    );
  }

  /** Every finished run on this device; each reopens its debrief. */
  async showHistory(): Promise<void> {
    const runs = await this.deps.store.allFinishedRuns();
    return this.enter('history', (root) => {
      renderHistory(root, {
        rows: historyRows(runs),
        onOpen: (key) => {
          const run = runs[Number(key)];
          if (run) void this.showPastRun(run, runs);
        },
        onBack: () => void this.showTitle(),
      });
    });
  }

  private async showPastRun(run: FinishedRun, all: FinishedRun[]): Promise<void> {
    const past = await loadPastRun(run, all);
    if (!past.ok) return this.showError(null, past.message);
    return this.enter('end', async (root) => {
      const screen = renderEnd(root, {
        scenarioTitle: past.scenario.title,
        back: { label: 'Back to your past runs', onBack: () => void this.showHistory() },
        onBack: () => void this.showList(),
        onDownload: () => downloadSessionLog(run.log),
      });
      const shown = await renderRunDebrief(
        screen.debriefHost,
        past.scenario,
        run.log,
        past.context,
        past.earlier,
      );
      if (shown.full) screen.hideDownload();
    });
  }

  /** The facilitator area (workshops, dashboard, replay, room play), loaded on demand. */
  showFacilitator(): Promise<void> {
    if (window.location.hash !== '#facilitator') history.pushState(null, '', '#facilitator');
    return this.enter('facilitator', async (root) => {
      const { renderFacilitator } = await import('../facilitator/index');
      const cleanup = renderFacilitator(root, {
        navigateHome: () => {
          history.replaceState(null, '', window.location.pathname + window.location.search);
          void this.showTitle();
        },
      });
      this.cleanupScreen = cleanup;
    });
  }

  private advanceTrack(step: {
    track: Track;
    index: number;
    finished: FinishedTrackStep[];
  }): Promise<void> {
    this.track = { track: step.track, index: step.index + 1, finished: step.finished };
    return this.openTrackStep();
  }

  /** The friendly error screen; never a stack trace. */
  showError(_error: unknown, message?: string): void {
    const { root } = this.deps;
    ++this.screenToken;
    void this.leavePlay();
    root.dataset.screen = 'error';
    root.replaceChildren();
    renderError(root, () => void this.showList(), message);
    root.setAttribute('aria-busy', 'false');
  }
}
