/**
 * Loads the Phaser picture lazily (Phaser is ~360 KB gzip; the title never waits for it).
 * When it cannot load or start (no WebGL, an old device), the game plays in the DOM alone.
 */
import type { CreateStage, Stage, StageOptions } from './stage';

let pending: Promise<CreateStage | null> | null = null;

/** Starts downloading the picture's code; safe to call many times. Null when it cannot load. */
export function preloadStage(): Promise<CreateStage | null> {
  pending ??= import('../game/index').then(
    (mod) => mod.createStage,
    () => null,
  );
  return pending;
}

export async function createStageIn(
  parent: HTMLElement,
  options: StageOptions,
): Promise<Stage | null> {
  const createStage = await preloadStage();
  if (!createStage) return null;
  try {
    return await createStage(parent, options);
  } catch {
    parent.classList.add('stage-unavailable');
    return null;
  }
}
