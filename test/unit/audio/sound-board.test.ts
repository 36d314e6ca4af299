import { beforeEach, describe, expect, it, vi } from 'vitest';

interface FakeHowlOptions {
  src: string[];
  loop?: boolean;
  volume?: number;
}

const howls: FakeHowl[] = [];

class FakeHowl {
  readonly calls: string[] = [];
  constructor(readonly options: FakeHowlOptions) {
    howls.push(this);
  }
  play() {
    this.calls.push('play');
    return 1;
  }
  stop() {
    this.calls.push('stop');
    return this;
  }
  fade(from: number, to: number) {
    this.calls.push(`fade ${from}->${to.toFixed(3)}`);
    return this;
  }
  volume(level?: number) {
    if (level !== undefined) this.calls.push(`volume ${level.toFixed(3)}`);
    return this;
  }
  mute(muted: boolean) {
    this.calls.push(`mute ${muted}`);
    return this;
  }
  unload() {
    this.calls.push('unload');
  }
}

vi.mock('howler', () => ({ Howl: FakeHowl }));

const { createSoundBoard } = await import('../../../src/audio');

const howlFor = (name: string) => howls.find((howl) => howl.options.src[0]?.includes(name));

describe('createSoundBoard', () => {
  beforeEach(() => {
    howls.length = 0;
  });

  it('loads nothing and plays nothing before unlock', () => {
    const board = createSoundBoard();
    board.play('click');
    board.startAmbient();
    expect(howls).toHaveLength(0);
  });

  it('loads every sound on unlock and plays effects by key', () => {
    const board = createSoundBoard();
    board.unlock();
    expect(howls).toHaveLength(6);
    board.play('confirm');
    expect(howlFor('confirm')?.calls).toEqual(['play']);
    expect(howlFor('click')?.calls).toEqual([]);
  });

  it('starts the wanted room tone at unlock with a fade, looping, and stops it on request', () => {
    const board = createSoundBoard();
    board.startAmbient();
    board.unlock();
    const ambient = howlFor('ambient');
    expect(ambient?.options.loop).toBe(true);
    expect(ambient?.calls.slice(0, 3)).toEqual(['volume 0.000', 'play', 'fade 0->0.350']);
    board.stopAmbient();
    expect(ambient?.calls.at(-1)).toBe('stop');
  });

  it('mutes every sound and stops the room tone while muted', () => {
    const board = createSoundBoard();
    board.unlock();
    board.startAmbient();
    board.setMuted(true);
    board.play('positive');
    expect(howlFor('positive')?.calls).toEqual(['mute true']);
    expect(howlFor('ambient')?.calls.at(-1)).toBe('stop');
  });

  it('applies the master volume to each sound', () => {
    const board = createSoundBoard();
    board.unlock();
    board.setVolume(0.5);
    expect(howlFor('tick')?.calls).toContain('volume 0.225');
  });

  it('unloads everything on dispose and stays silent afterwards', () => {
    const board = createSoundBoard();
    board.unlock();
    board.dispose();
    expect(howls.every((howl) => howl.calls.includes('unload'))).toBe(true);
    const before = howls.length;
    board.unlock();
    board.play('click');
    expect(howls).toHaveLength(before);
  });
});
