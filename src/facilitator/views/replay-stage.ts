/**
 * The game's picture above a replayed step: the same Phaser stage the participant saw, fed
 * the same StageView, with no countdown. When WebGL or Phaser is unavailable the frame hides
 * and the replay carries on in the DOM.
 */
import type { Scenario } from '../../engine/scenario/schema';
import type { NodeView } from '../../engine/run/types';
import type { Stage, StageOptions } from '../../services/stage';
import { createStageIn } from '../../game/load';
import { describeScene, stageViewOf } from '../../services/stage-view';
import { loadSettings } from '../../services/settings';
import { el } from '../../ui/kit';
import { holdStage } from '../stage-holder';

export interface ReplayStage {
  /** The framed picture, to place above the replayed step. */
  element: HTMLElement;
  /** Shows a step; `position` ("Step 3 of 12") starts the accessible label. */
  show(scenario: Scenario, view: NodeView, position: string): void;
  destroy(): void;
}

export type StageFactory = (parent: HTMLElement, options: StageOptions) => Promise<Stage | null>;

/** The player's reduced-motion setting, or the system preference when none is stored. */
export function replayReducedMotion(): boolean {
  const prefers =
    typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  try {
    return loadSettings(localStorage, prefers).reducedMotion;
  } catch {
    // Storage itself can be off limits (some private modes); the system preference still counts.
    return prefers;
  }
}

/** The host is the picture's one role="img"; the picture inside carries no label of its own. */
function relabelPicture(host: HTMLElement, label: string): void {
  host.setAttribute('aria-label', label);
}

export function createReplayStage(
  reducedMotion = replayReducedMotion(),
  create: StageFactory = createStageIn,
): ReplayStage {
  const label = 'Scene of the replayed step';
  const host = el('div', {
    className: 'stage fac-stage',
    attrs: { role: 'img', 'aria-label': label },
  });
  const element = el('div', { className: 'stage-frame fac-stage-frame' }, [host]);
  const holder = holdStage(create(host, { reducedMotion, label }), reducedMotion);
  void holder.settled.then((showing) => {
    if (!showing) element.hidden = true;
  });
  return {
    element,
    show(scenario, view, position) {
      relabelPicture(host, `${position}. ${describeScene(scenario, view)}`);
      holder.show(stageViewOf(scenario, view));
    },
    destroy() {
      holder.destroy();
      element.hidden = true;
    },
  };
}
