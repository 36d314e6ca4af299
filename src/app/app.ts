/**
 * The app shell: which screen is up and the order of screens
 * (title → list → briefing → play → end → list), settings, autosave and the error screen.
 * Screens are plain DOM (src/ui/screens); this file only wires them. The play screen's moving
 * parts live in PlayController, the end screens in run-end, a track's place in TrackProgress.
 */
import type { Track } from '../engine/scenario/schema';
import type { RunContext } from '../engine/run/types';
import type { SessionLog } from '../engine/session/types';
import { renderTitle } from '../ui/screens/title';
import { renderList, renderFileProblems } from '../ui/screens/list';
import { renderBriefing } from '../ui/screens/briefing';
import { renderSettings } from '../ui/screens/settings';
import { renderError } from '../ui/screens/error';
import { renderHistory } from '../ui/screens/history';
import { catalogue, findEntry, loadLibraryScenario } from '../services/library';
import type { CatalogueEntry } from '../services/library-types';
import { checkOwnScenarioFile, formatProblem, type CheckedOwnFile } from '../services/own-file';
import { saveSettings, type Settings } from '../services/settings';
import type { FinishedRun, RunStore, SavedRun } from '../services/run-store';
import { preloadStage } from '../services/stage-host';
import type { SoundPlayer } from '../services/sound';
import { downloadSessionLog } from '../services/download';
import { renderTrackEnd } from './track-end';
import { historyRows, loadPastRun } from './past-runs';
import { PlayController, type Playing, type ResumePoint } from './play-controller';
import { reopenSavedRun, savedRunTitle } from './saved-run';
import { TrackProgress } from './track-progress';
import { renderPastRunEnd, renderRunEnd } from './run-end';

/** A library scenario as the briefing takes it; missing from the build reads as a file problem. */
async function openLibrary(scenarioId: string): Promise<CheckedOwnFile> {
  const found = await loadLibraryScenario(scenarioId);
  if (found) return { playable: found };
  return {
    problems: [{ file: scenarioId, path: '', message: 'The file is missing from this build.' }],
  };
}

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

export class App {
  private settings: Settings;
  private readonly playController: PlayController;
  private track: TrackProgress | null = null;
  private screenToken = 0;

  constructor(private readonly deps: AppDeps) {
    this.settings = deps.settings;
    this.playController = new PlayController({
      store: deps.store,
      sound: deps.sound,
      isCurrentScreen: (token) => token === this.screenToken,
    });
  }

  currentLog(): SessionLog | null {
    return this.playController.currentLog();
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
    await this.playController.leave();
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

  async showTitle(): Promise<void> {
    const saved = await this.deps.store.loadCurrent();
    await this.enter('title', (root) => {
      renderTitle(root, {
        savedRunTitle: saved ? savedRunTitle(saved) : null,
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
    this.playController.setReducedMotion(settings.reducedMotion);
    document.documentElement.dataset.reducedMotion = String(settings.reducedMotion);
  }

  private startTrack(track: Track): Promise<void> {
    this.track = TrackProgress.start(track);
    return this.openTrackStep();
  }

  private advanceTrack(step: TrackProgress): Promise<void> {
    this.track = step.next();
    return this.openTrackStep();
  }

  private openTrackStep(): Promise<void> {
    const step = this.track;
    const entry = step ? findEntry(step.scenarioId() ?? '') : undefined;
    if (!step || !entry) return this.showList();
    return this.openChecked(openLibrary(entry.id), step.briefingNote());
  }

  private openLibrary(entry: CatalogueEntry): Promise<void> {
    return this.openChecked(openLibrary(entry.id));
  }

  private async openFile(file: File): Promise<void> {
    const text = await file.text();
    return this.openChecked(checkOwnScenarioFile(file.name, text));
  }

  /** A checked file goes to its briefing; one with mistakes to the list of its problems. */
  private async openChecked(checking: Promise<CheckedOwnFile>, trackNote?: string) {
    this.deps.root.setAttribute('aria-busy', 'true');
    const checked = await checking;
    if ('problems' in checked) {
      const lines = checked.problems.map(formatProblem);
      return this.enter('problems', (root) =>
        renderFileProblems(root, lines, () => void this.showList()),
      );
    }
    return this.showBriefing(checked.playable, trackNote);
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
    const reopened = await reopenSavedRun(saved);
    if (!reopened.ok) {
      await this.deps.store.clearCurrent();
      return this.showError(null, reopened.message);
    }
    return this.play(reopened.playing, reopened.resume);
  }

  private play(playing: Playing, resume?: ResumePoint): Promise<void> {
    return this.enter('play', (root, token) => {
      this.playController.start(root, token, {
        playing,
        settings: this.settings,
        ...(resume ? { resume } : {}),
        onQuit: () => void this.showList(),
        onDownload: () => void this.downloadCurrentLog(),
        onEnded: (log, context) => void this.showEnd(playing, log, context),
      });
    });
  }

  private showEnd(playing: Playing, log: SessionLog, context: RunContext): Promise<void> {
    const step = this.track;
    step?.recordFinished(playing, log);
    const hasNext = step?.hasNext() ?? false;
    return this.enter('end', (root) =>
      renderRunEnd(root, {
        playing,
        log,
        context,
        store: this.deps.store,
        ...(step && hasNext ? { onNextInTrack: () => void this.advanceTrack(step) } : {}),
        ...(step && !hasNext ? { onTrackProfile: () => void this.showTrackEnd(step) } : {}),
        onBack: () => void this.showList(),
        onPlayAgain: () => void this.showBriefing(playing),
      }),
    );
  }

  private showTrackEnd(step: TrackProgress): Promise<void> {
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
    return this.enter('end', (root) =>
      renderPastRunEnd(root, {
        run,
        past,
        onBackToHistory: () => void this.showHistory(),
        onBack: () => void this.showList(),
      }),
    );
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
      this.playController.setScreenCleanup(cleanup);
    });
  }

  /** The friendly error screen; never a stack trace. */
  showError(_error: unknown, message?: string): void {
    const { root } = this.deps;
    ++this.screenToken;
    void this.playController.leave();
    root.dataset.screen = 'error';
    root.replaceChildren();
    renderError(root, () => void this.showList(), message);
    root.setAttribute('aria-busy', 'false');
  }
}
