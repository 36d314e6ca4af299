/**
 * Howler-backed sound board. Sounds are synthesised by scripts/generate-audio.ts (no
 * downloads) and fetched only after `unlock()`, which the shell calls on the first gesture.
 */
import { Howl } from 'howler';
import ambientUrl from '../../assets/audio/ambient.wav';
import clickUrl from '../../assets/audio/click.wav';
import confirmUrl from '../../assets/audio/confirm.wav';
import negativeUrl from '../../assets/audio/negative.wav';
import positiveUrl from '../../assets/audio/positive.wav';
import tickUrl from '../../assets/audio/tick.wav';
import { SoundGate } from './gate';
import { SOUND_EFFECTS, type SoundEffect, type SoundKey } from './sound-keys';

export type { SoundEffect, SoundKey } from './sound-keys';

export interface SoundBoard {
  /** Call after the first user gesture; nothing loads or plays before it. */
  unlock(): void;
  play(key: SoundEffect): void;
  startAmbient(): void;
  stopAmbient(): void;
  setMuted(muted: boolean): void;
  /** 0..1, clamped. */
  setVolume(volume: number): void;
  dispose(): void;
}

const SOURCES: Record<SoundKey, string> = {
  click: clickUrl,
  confirm: confirmUrl,
  positive: positiveUrl,
  negative: negativeUrl,
  tick: tickUrl,
  ambient: ambientUrl,
};

const AMBIENT_FADE_MS = 900;

function loadHowls(gate: SoundGate): Map<SoundKey, Howl> {
  const howls = new Map<SoundKey, Howl>();
  for (const key of [...SOUND_EFFECTS, 'ambient'] as const) {
    howls.set(
      key,
      new Howl({
        src: [SOURCES[key]],
        format: ['wav'],
        loop: key === 'ambient',
        volume: gate.levelOf(key),
        // A sound that fails to load is simply absent: the game never depends on audio.
        onloaderror: () => howls.delete(key),
      }),
    );
  }
  return howls;
}

export function createSoundBoard(): SoundBoard {
  const gate = new SoundGate();
  let howls = new Map<SoundKey, Howl>();
  let ambientPlaying = false;

  const syncAmbient = () => {
    const ambient = howls.get('ambient');
    if (!ambient) return;
    if (gate.ambientShouldRun() && !ambientPlaying) {
      ambientPlaying = true;
      ambient.volume(0);
      ambient.play();
      ambient.fade(0, gate.levelOf('ambient'), AMBIENT_FADE_MS);
    } else if (!gate.ambientShouldRun() && ambientPlaying) {
      ambientPlaying = false;
      ambient.stop();
    }
  };

  const syncVolumes = () => {
    for (const [key, howl] of howls) howl.volume(gate.levelOf(key));
  };

  return {
    unlock() {
      if (gate.unlock()) howls = loadHowls(gate);
      syncAmbient();
    },
    play(key) {
      if (gate.canPlay(key)) howls.get(key)?.play();
    },
    startAmbient() {
      gate.wantAmbient(true);
      syncAmbient();
    },
    stopAmbient() {
      gate.wantAmbient(false);
      syncAmbient();
    },
    setMuted(muted) {
      gate.setMuted(muted);
      for (const howl of howls.values()) howl.mute(muted);
      syncAmbient();
    },
    setVolume(volume) {
      gate.setVolume(volume);
      syncVolumes();
      syncAmbient();
    },
    dispose() {
      gate.dispose();
      for (const howl of howls.values()) howl.unload();
      howls = new Map();
      ambientPlaying = false;
    },
  };
}
