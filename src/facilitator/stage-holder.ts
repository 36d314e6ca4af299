/**
 * Holds a Phaser picture that is still loading: remembers the latest view so the stage shows
 * it the moment it is ready, never starts a countdown (a replay has no timer), and destroys a
 * stage that arrives after its view was left. DOM-free, so it is tested without a browser.
 */
import type { Stage, StageView } from '../services/stage';

export interface StageHolder {
  show(view: StageView): void;
  setReducedMotion(reduced: boolean): void;
  destroy(): void;
  /** Resolves true once a stage is showing, false when none could start (or it was left first). */
  readonly settled: Promise<boolean>;
}

export function holdStage(loading: Promise<Stage | null>, reducedMotion: boolean): StageHolder {
  let stage: Stage | null = null;
  let latest: StageView | null = null;
  let reduced = reducedMotion;
  let destroyed = false;

  const settled = loading.then(
    (created) => {
      if (!created) return false;
      if (destroyed) {
        created.destroy();
        return false;
      }
      stage = created;
      created.setCountdown(null);
      created.setReducedMotion(reduced);
      if (latest) created.show(latest);
      return true;
    },
    // A picture that fails to start leaves the replay in the DOM alone, quietly.
    () => false,
  );

  return {
    show(view) {
      if (destroyed) return;
      latest = view;
      stage?.show(view);
    },
    setReducedMotion(next) {
      reduced = next;
      stage?.setReducedMotion(next);
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      stage?.destroy();
      stage = null;
    },
    settled,
  };
}
