/**
 * The sound board's rules, without Howler: nothing sounds before the first user gesture
 * (browsers block it, and a page that starts talking is rude), muting silences everything,
 * the volume is clamped, and the room tone runs only while wanted, unlocked and audible.
 */
import { SOUND_LEVELS, isSoundEffect, type SoundKey } from './sound-keys';

export interface SoundGateState {
  unlocked: boolean;
  muted: boolean;
  volume: number;
  ambientWanted: boolean;
  disposed: boolean;
}

export function clampVolume(volume: number): number {
  if (!Number.isFinite(volume)) return 1;
  return Math.min(1, Math.max(0, volume));
}

export class SoundGate {
  private state: SoundGateState = {
    unlocked: false,
    muted: false,
    volume: 1,
    ambientWanted: false,
    disposed: false,
  };

  get snapshot(): Readonly<SoundGateState> {
    return { ...this.state };
  }

  /** Returns true the first time only: that is when sounds should be loaded. */
  unlock(): boolean {
    if (this.state.unlocked || this.state.disposed) return false;
    this.state.unlocked = true;
    return true;
  }

  setMuted(muted: boolean): void {
    this.state.muted = muted;
  }

  setVolume(volume: number): void {
    this.state.volume = clampVolume(volume);
  }

  wantAmbient(wanted: boolean): void {
    this.state.ambientWanted = wanted;
  }

  dispose(): void {
    this.state = { ...this.state, disposed: true, unlocked: false, ambientWanted: false };
  }

  canPlay(key: unknown): boolean {
    const { unlocked, muted, volume, disposed } = this.state;
    return isSoundEffect(key) && unlocked && !muted && !disposed && volume > 0;
  }

  ambientShouldRun(): boolean {
    const { unlocked, muted, volume, disposed, ambientWanted } = this.state;
    return ambientWanted && unlocked && !muted && !disposed && volume > 0;
  }

  /** Final Howl volume for a sound: its place in the mix times the player's volume. */
  levelOf(key: SoundKey): number {
    return SOUND_LEVELS[key] * this.state.volume;
  }
}
