/**
 * The app's side of sound: the Howler sound board is loaded lazily (its own chunk) and only
 * after the first gesture; until then, and if it never loads, every call is a quiet no-op.
 */
import type { Settings } from './settings';

export type SoundKey = 'click' | 'confirm' | 'positive' | 'negative' | 'tick' | 'ambient';

export interface SoundBoard {
  unlock(): void;
  play(key: SoundKey): void;
  startAmbient(): void;
  stopAmbient(): void;
  setMuted(muted: boolean): void;
  setVolume(volume: number): void;
}

export interface SoundPlayer {
  play(key: SoundKey): void;
  ambient(on: boolean): void;
  apply(settings: Settings): void;
  /** Call on the first user gesture: loads the board and unlocks audio. */
  unlock(): void;
}

export function createSoundPlayer(initial: Settings): SoundPlayer {
  let board: SoundBoard | null = null;
  let loading = false;
  let settings = initial;
  let ambientWanted = false;

  const configure = () => {
    if (!board) return;
    board.setMuted(!settings.soundOn);
    board.setVolume(settings.volume);
    if (ambientWanted && settings.soundOn) board.startAmbient();
    else board.stopAmbient();
  };

  const load = async () => {
    if (loading) return;
    loading = true;
    try {
      const mod = await import('../audio/index');
      board = mod.createSoundBoard();
      board?.unlock();
      configure();
    } catch {
      board = null; // no sound is better than no game
    }
  };

  return {
    play(key) {
      if (settings.soundOn) board?.play(key);
    },
    ambient(on) {
      ambientWanted = on;
      configure();
    },
    apply(next) {
      settings = next;
      configure();
    },
    unlock() {
      if (board) board.unlock();
      else void load();
    },
  };
}
