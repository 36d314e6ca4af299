/**
 * The play screen drawn from the shell's snapshot: the DOM layer (every word and control), the
 * Phaser picture once its code has loaded, and the sounds that follow the run. The run itself
 * (clock, countdown, autosave) is the shell's child actor; this only shows it and sends inputs.
 * Between a decision and the next node it shows the consequence beat; at the ending, the
 * ending's moment (its text and the cast's reaction) before the way into the debrief.
 */
import type { Beat } from '../../engine/run/beat';
import type { NodeView } from '../../engine/run/types';
import { createPlayScreen, type PlayScreen } from '../../ui/screens/play';
import type { Stage } from '../../services/stage';
import { describeScene, endingReaction, reactionOf, stageViewOf } from '../../services/stage-view';
import type { CreateStage } from '../../services/stage';
import type { PlayState } from '../types';
import type { ScreenRenderer, ShellSnapshot } from './types';

const TICK_SOUND_FROM_SECONDS = 10;

/** The meters as they stand after the beat's decision (a chance event after it comes later). */
function metersAfter(meters: NodeView['meters'], beat: Beat): NodeView['meters'] {
  return meters.map((meter) => {
    const moved = beat.meters.find((move) => move.id === meter.id);
    return moved ? { ...meter, value: moved.value } : meter;
  });
}

export const playScreen: ScreenRenderer = (root, first, send, page) => {
  const playable = first.context.playable;
  if (!playable) return;
  const { scenario } = playable;
  const screen: PlayScreen = createPlayScreen(root, {
    scenarioTitle: scenario.title,
    stageLabel: `Scene of ${scenario.title}`,
    ...(page.inPackage ? {} : { onQuit: () => send({ type: 'ui.quit' }) }),
    onDownload: () => {
      const log = latest.context.lastLog;
      if (log) page.download(log);
    },
  });
  let stage: Stage | null = null;
  let stageRequested = false;
  let destroyed = false;
  let shownKey = '';
  /** The last node drawn (the decision a beat follows), for the picture during the beat. */
  let shownNode: NodeView | null = null;
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
    stepBack: () => {
      page.sound.play('click');
      send({ type: 'ui.stepBack' });
    },
    openDebrief: () => {
      page.sound.play('confirm');
      send({ type: 'ui.openDebrief' });
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
      if (play) stage.show(stageViewOf(scenario, shownNode ?? play.view));
    } catch {
      screen.stageHost.classList.add('stage-unavailable');
    }
  };

  const react = (kind: 'positive' | 'negative' | 'neutral') => {
    stage?.react(kind);
    if (kind !== 'neutral') page.sound.play(kind);
  };

  const showBeat = (play: PlayState, beat: Beat) => {
    const decision = shownNode ?? play.view;
    const meters = metersAfter(decision.meters, beat);
    screen.showBeat(beat, {
      canStepBack: play.canStepBack,
      toEnding: play.view.kind === 'ending',
      meters,
    });
    const change = play.view.lastChange ?? {
      scoreDelta: beat.practice?.scores ?? { customerFocus: 0, adaptability: 0, empowerment: 0 },
      meterDelta: {},
      timedOut: beat.timedOut,
    };
    react(
      reactionOf(
        beat.practice ? { ...change, scoreDelta: beat.practice.scores } : change,
        play.mode,
      ),
    );
    const pictured = { ...decision, meters };
    screen.setStageLabel(describeScene(scenario, pictured));
    stage?.show(stageViewOf(scenario, pictured));
  };

  const showNode = (play: PlayState, reacted: boolean) => {
    const { view } = play;
    if (!reacted && view.lastChange && view.kind !== 'ending')
      react(reactionOf(view.lastChange, play.mode));
    if (view.ending) react(endingReaction(view.ending.outcome));
    shownNode = view;
    screen.show(view, play.mode === 'practice');
    screen.setStageLabel(describeScene(scenario, view));
    stage?.show(stageViewOf(scenario, view));
  };

  const update = (snapshot: ShellSnapshot) => {
    latest = snapshot;
    const { play, createStage } = snapshot.context;
    if (createStage && !stageRequested) void attachStage(createStage, snapshot);
    if (!play) return;
    // Solo play and a live room's play both pause on a beat (see machine.ts, machine-live.ts).
    const inBeat =
      snapshot.matches({ playing: 'beat' }) ||
      snapshot.matches({ live: { connected: { playing: 'beat' } } });
    const beat = inBeat ? play.beat : null;
    const key = `${play.step}:${beat ? 'beat' : 'node'}`;
    if (key !== shownKey) {
      const previousKey = shownKey;
      shownKey = key;
      if (beat) showBeat(play, beat);
      // The first node of a run reacts to nothing; a node after its beat has reacted there.
      else showNode(play, previousKey === '' || previousKey === `${play.step}:beat`);
    }
    // No clock over a beat or the ending's moment: nothing is being decided there.
    const countdown = beat || snapshot.matches({ playing: 'ended' }) ? null : play.countdown;
    screen.setCountdown(countdown);
    stage?.setCountdown(countdown);
    screen.markSaved(play.savedInputs);
    const seconds = countdown ? Math.ceil(countdown.remainingMs / 1000) : -1;
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
