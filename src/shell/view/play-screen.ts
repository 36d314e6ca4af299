/**
 * The play screen drawn from the shell's snapshot: the DOM layer (every word and control), the
 * Phaser picture once its code has loaded, and the sounds that follow the run. The run itself
 * (clock, countdown, autosave) is the shell's child actor; this only shows it and sends inputs.
 * Between a decision and the next node it shows the consequence beat; at the ending, the
 * ending's moment (its text and the cast's reaction) before the way into the debrief.
 */
import type { Beat } from '../../engine/run/beat';
import type { NodeView } from '../../engine/run/types';
import { createPlayScreen, type PlayHandlers, type PlayScreen } from '../../ui/screens/play';
import type { Stage } from '../../services/stage';
import { describeScene, endingReaction, reactionOf, stageViewOf } from '../../services/stage-view';
import type { CreateStage } from '../../services/stage';
import type { PlayableScenario } from '../../services/library-types';
import type { PlayState } from '../types';
import type { PageServices, ScreenHandle, ScreenRenderer, Send, ShellSnapshot } from './types';

const TICK_SOUND_FROM_SECONDS = 10;

/** The meters as they stand after the beat's decision (a chance event after it comes later). */
function metersAfter(meters: NodeView['meters'], beat: Beat): NodeView['meters'] {
  return meters.map((meter) => {
    const moved = beat.meters.find((move) => move.id === meter.id);
    return moved ? { ...meter, value: moved.value } : meter;
  });
}

/** The player's inputs become shell events, each with its sound. */
function inputHandlers(send: Send, page: PageServices): PlayHandlers {
  return {
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
  };
}

/** The beat on screen, if the shell is pausing on one. */
/** Solo play and a live room's play have the same run states (machine-play.ts). */
function playingIn(snapshot: ShellSnapshot, state: 'beat' | 'ended'): boolean {
  return (
    snapshot.matches({ playing: state }) ||
    snapshot.matches({ live: { connected: { playing: state } } })
  );
}

function beatOnScreen(snapshot: ShellSnapshot, play: PlayState): Beat | null {
  return playingIn(snapshot, 'beat') ? play.beat : null;
}

/** How the cast takes the beat's decision (practice reacts to the scores it shows). */
function beatReaction(play: PlayState, beat: Beat): 'positive' | 'negative' | 'neutral' {
  const change = play.view.lastChange ?? {
    scoreDelta: beat.practice?.scores ?? { customerFocus: 0, adaptability: 0, empowerment: 0 },
    meterDelta: {},
    timedOut: beat.timedOut,
  };
  return reactionOf(
    beat.practice ? { ...change, scoreDelta: beat.practice.scores } : change,
    play.mode,
  );
}

class PlayScreenView implements ScreenHandle {
  private readonly screen: PlayScreen;
  private stage: Stage | null = null;
  private stageRequested = false;
  private destroyed = false;
  /** `step:beat` or `step:node`: what is drawn, so a tick does not redraw it. */
  private shownKey = '';
  /** The last node drawn (the decision a beat follows), for the picture during the beat. */
  private shownNode: NodeView | null = null;
  private lastTickSecond = -1;

  constructor(
    root: HTMLElement,
    private latest: ShellSnapshot,
    send: Send,
    private readonly page: PageServices,
    private readonly scenario: PlayableScenario['scenario'],
  ) {
    this.screen = createPlayScreen(root, {
      scenarioTitle: scenario.title,
      stageLabel: `Scene of ${scenario.title}`,
      ...(page.inPackage ? {} : { onQuit: () => send({ type: 'ui.quit' }) }),
      onDownload: () => {
        const log = this.latest.context.lastLog;
        if (log) page.download(log);
      },
    });
    this.screen.bind(inputHandlers(send, page));
    page.sound.ambient(true);
  }

  update(snapshot: ShellSnapshot): void {
    this.latest = snapshot;
    const { play, createStage } = snapshot.context;
    if (createStage && !this.stageRequested) void this.attachStage(createStage, snapshot);
    if (!play) return;
    const beat = beatOnScreen(snapshot, play);
    this.showChanged(play, beat);
    // No clock over a beat or the ending's moment: nothing is being decided there.
    const countdown = beat || playingIn(snapshot, 'ended') ? null : play.countdown;
    this.screen.setCountdown(countdown);
    this.stage?.setCountdown(countdown);
    this.screen.markSaved(play.savedInputs);
    this.tickSound(countdown);
  }

  destroy(): void {
    this.destroyed = true;
    this.screen.destroy();
    this.stage?.destroy();
    this.stage = null;
    this.page.sound.ambient(false);
  }

  /** The picture boots asynchronously; a screen that has gone meanwhile throws it away. */
  private async attachStage(createStage: CreateStage, snapshot: ShellSnapshot): Promise<void> {
    this.stageRequested = true;
    const { screen, scenario } = this;
    try {
      const created = await createStage(screen.stageHost, {
        reducedMotion: snapshot.context.settings.reducedMotion,
        label: screen.stageHost.getAttribute('aria-label') ?? '',
      });
      if (this.destroyed) return created.destroy();
      this.stage = created;
      const play = snapshot.context.play;
      if (play) created.show(stageViewOf(scenario, this.shownNode ?? play.view));
    } catch {
      screen.stageHost.classList.add('stage-unavailable');
    }
  }

  /** Draws the beat or the node when the step or the beat changed, not on every tick. */
  private showChanged(play: PlayState, beat: Beat | null): void {
    const key = `${play.step}:${beat ? 'beat' : 'node'}`;
    if (key === this.shownKey) return;
    const previousKey = this.shownKey;
    this.shownKey = key;
    if (beat) this.showBeat(play, beat);
    // The first node of a run reacts to nothing; a node after its beat has reacted there.
    else this.showNode(play, previousKey === '' || previousKey === `${play.step}:beat`);
  }

  private react(kind: 'positive' | 'negative' | 'neutral'): void {
    this.stage?.react(kind);
    if (kind !== 'neutral') this.page.sound.play(kind);
  }

  private showBeat(play: PlayState, beat: Beat): void {
    const decision = this.shownNode ?? play.view;
    const meters = metersAfter(decision.meters, beat);
    this.screen.showBeat(beat, {
      canStepBack: play.canStepBack,
      toEnding: play.view.kind === 'ending',
      meters,
    });
    this.react(beatReaction(play, beat));
    this.picture({ ...decision, meters });
  }

  private showNode(play: PlayState, reacted: boolean): void {
    const { view } = play;
    if (!reacted && view.lastChange && view.kind !== 'ending')
      this.react(reactionOf(view.lastChange, play.mode));
    if (view.ending) this.react(endingReaction(view.ending.outcome));
    this.shownNode = view;
    this.screen.show(view, play.mode === 'practice');
    this.picture(view);
  }

  /** The picture and its words for people who cannot see it. */
  private picture(view: NodeView): void {
    this.screen.setStageLabel(describeScene(this.scenario, view));
    this.stage?.show(stageViewOf(this.scenario, view));
  }

  /** A tick each second of the last ten, once per second however often the snapshot changes. */
  private tickSound(countdown: PlayState['countdown']): void {
    const seconds = countdown ? Math.ceil(countdown.remainingMs / 1000) : -1;
    if (seconds > 0 && seconds <= TICK_SOUND_FROM_SECONDS && seconds !== this.lastTickSecond) {
      this.lastTickSecond = seconds;
      this.page.sound.play('tick');
    }
  }
}

export const playScreen: ScreenRenderer = (root, first, send, page) => {
  const playable = first.context.playable;
  if (!playable) return;
  const view = new PlayScreenView(root, first, send, page, playable.scenario);
  view.update(first);
  return view;
};
