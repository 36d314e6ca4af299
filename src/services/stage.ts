/**
 * The contract between the app shell (DOM, flow) and the Phaser picture (src/game).
 * The shell loads the game lazily (`import('../game')`) after the title screen is up, so
 * nothing here may import phaser.
 */
import type { Look, Mood, Setting } from '../engine/scenario/schema';

export interface StageMeter {
  id: string;
  label: string;
  value: number;
  min?: number;
  max?: number;
}

export interface StageView {
  setting?: Setting;
  nodeKind: 'narrative' | 'decision' | 'event' | 'ending';
  /** `look`: how the scenario describes the speaker; the picture derives the rest from `id`. */
  speaker?: { id: string; name: string; role: string; mood: Mood; look?: Look };
  meters: StageMeter[];
  outcome?: 'positive' | 'mixed' | 'negative';
}

export interface Stage {
  /** Transition to a node: backdrop, portrait and mood, meters animate to their new values. */
  show(view: StageView): void;
  /** A choice landed: a short positive / negative / neutral reaction. */
  react(kind: 'positive' | 'negative' | 'neutral'): void;
  /** Countdown ring for a timed decision; null hides it. */
  setCountdown(countdown: { remainingMs: number; totalMs: number } | null): void;
  setReducedMotion(reduced: boolean): void;
  /** Release listeners, tweens, textures and the WebGL context. */
  destroy(): void;
}

export interface StageOptions {
  reducedMotion: boolean;
  /** Accessible label for the canvas (role="img"). */
  label: string;
}

export type CreateStage = (parent: HTMLElement, options: StageOptions) => Promise<Stage>;
