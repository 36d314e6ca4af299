/**
 * The end screen's two uses: right after a run (with the track's next step when there is one)
 * and a past run reopened from the history. Both draw the same debrief under the same actions.
 */
import type { RunContext } from '../engine/run/types';
import type { SessionLog } from '../engine/session/types';
import { renderEnd } from '../ui/screens/end';
import { button } from '../ui/kit';
import { downloadSessionLog } from '../services/download';
import { renderRunDebrief } from './end-view';
import type { PastRun } from './past-runs';
import type { Playing } from './play-controller';
import type { FinishedRun, RunStore } from '../services/run-store';

export interface RunEndOptions {
  playing: Playing;
  log: SessionLog;
  context: RunContext;
  store: RunStore;
  /** Present when the run is a track step with another scenario after it. */
  onNextInTrack?: () => void;
  /** Present when the run finished its track. */
  onTrackProfile?: () => void;
  onBack(): void;
  onPlayAgain(): void;
}

export async function renderRunEnd(root: HTMLElement, options: RunEndOptions): Promise<void> {
  const { playing, log } = options;
  const screen = renderEnd(root, {
    scenarioTitle: playing.scenario.title,
    ...(options.onNextInTrack
      ? { next: { label: 'Next scenario in the track', onNext: options.onNextInTrack } }
      : {}),
    onBack: options.onBack,
    onDownload: () => downloadSessionLog(log),
    onPlayAgain: options.onPlayAgain,
  });
  if (options.onTrackProfile) {
    const open = button('See your track profile', options.onTrackProfile, 'button button-primary');
    screen.debriefHost.before(open);
  }
  // Earlier attempts at the same scenario, for the debrief's comparison.
  const finished = await options.store.finishedRuns(playing.scenario.id);
  const shown = await renderRunDebrief(screen.debriefHost, playing, log, options.context, finished);
  if (shown.full) screen.hideDownload();
}

export interface PastRunEndOptions {
  run: FinishedRun;
  past: Extract<PastRun, { ok: true }>;
  onBackToHistory(): void;
  onBack(): void;
}

export async function renderPastRunEnd(root: HTMLElement, options: PastRunEndOptions) {
  const { run, past } = options;
  const screen = renderEnd(root, {
    scenarioTitle: past.playable.scenario.title,
    back: { label: 'Back to your past runs', onBack: options.onBackToHistory },
    onBack: options.onBack,
    onDownload: () => downloadSessionLog(run.log),
  });
  const shown = await renderRunDebrief(
    screen.debriefHost,
    past.playable,
    run.log,
    past.context,
    past.earlier,
  );
  if (shown.full) screen.hideDownload();
}
