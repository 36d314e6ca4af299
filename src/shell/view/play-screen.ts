/**
 * The play screen drawn from the shell's snapshot: the DOM layer (every word and control), the
 * Phaser picture once its code has loaded, and the sounds that follow the run. The run itself
 * (clock, countdown, autosave) is the shell's child actor; this only shows it and sends inputs.
 */
import { createPlayScreen, type PlayScreen } from '../../ui/screens/play';
import type { Stage } from '../../services/stage';
import { describeScene, reactionOf, stageViewOf } from '../../services/stage-view';
import type { CreateStage } from '../../services/stage';
import type { ScreenRenderer, ShellSnapshot } from './types';

const TICK_SOUND_FROM_SECONDS = 10;

export const playScreen: ScreenRenderer = (root, first, send, page) => {
  const playable = first.context.playable;
  if (!playable) return;
  const { scenario } = playable;
  const screen: PlayScreen = createPlayScreen(root, {
    scenarioTitle: scenario.title,
    stageLabel: `Scene of ${scenario.title}`,
    onQuit: () => send({ type: 'ui.quit' }),
    onDownload: () => {
      const log = latest.context.lastLog;
      if (log) page.download(log);
    },
  });
  let stage: Stage | null = null;
  let stageRequested = false;
  let destroyed = false;
  let shownStep = -1;
  let lastTickSecond = -1;
  let latest = first;

  screen.bind({
    choose: (choiceId) => {
      page.sound.play('click');
      send({ type: 'ui.choose', choiceId });
    },
    continue: () => {
      page.sound.play('confirm');
      send({ type: 'ui.continue' });
    },
  });
  page.sound.ambient(true);

  /** The picture boots asynchronously; a screen that has gone meanwhile throws it away. */
  const attachStage = async (createStage: CreateStage, snapshot: ShellSnapshot) => {
    stageRequested = true;
    try {
      const created = await createStage(screen.stageHost, {
        reducedMotion: snapshot.context.settings.reducedMotion,
        label: screen.stageHost.getAttribute('aria-label') ?? '',
      });
      if (destroyed) return created.destroy();
      stage = created;
      const play = snapshot.context.play;
      if (play) stage.show(stageViewOf(scenario, play.view));
    } catch {
      screen.stageHost.classList.add('stage-unavailable');
    }
  };

  const update = (snapshot: ShellSnapshot) => {
    latest = snapshot;
    const { play, createStage } = snapshot.context;
    if (createStage && !stageRequested) void attachStage(createStage, snapshot);
    if (!play) return;
    if (play.step !== shownStep) {
      const isFirst = shownStep === -1;
      shownStep = play.step;
      if (!isFirst && play.view.lastChange) {
        const reaction = reactionOf(play.view.lastChange);
        stage?.react(reaction);
        if (reaction !== 'neutral') page.sound.play(reaction);
      }
      screen.show(play.view);
      screen.setStageLabel(describeScene(scenario, play.view));
      stage?.show(stageViewOf(scenario, play.view));
    }
    screen.setCountdown(play.countdown);
    stage?.setCountdown(play.countdown);
    screen.markSaved(play.savedInputs);
    const seconds = play.countdown ? Math.ceil(play.countdown.remainingMs / 1000) : -1;
    if (seconds > 0 && seconds <= TICK_SOUND_FROM_SECONDS && seconds !== lastTickSecond) {
      lastTickSecond = seconds;
      page.sound.play('tick');
    }
  };

  update(first);
  return {
    update,
    destroy() {
      destroyed = true;
      screen.destroy();
      stage?.destroy();
      stage = null;
      page.sound.ambient(false);
    },
  };
};
