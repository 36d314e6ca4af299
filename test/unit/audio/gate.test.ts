import { describe, expect, it } from 'vitest';
import { SoundGate, clampVolume } from '../../../src/audio/gate';
import { SOUND_LEVELS, isSoundEffect } from '../../../src/audio/sound-keys';

describe('the sound gate', () => {
  it('keeps everything silent until the first gesture unlocks it', () => {
    const gate = new SoundGate();
    gate.wantAmbient(true);
    expect(gate.canPlay('click')).toBe(false);
    expect(gate.ambientShouldRun()).toBe(false);
    expect(gate.unlock()).toBe(true);
    expect(gate.canPlay('click')).toBe(true);
    expect(gate.ambientShouldRun()).toBe(true);
  });

  it('reports the unlock once, so sounds load once', () => {
    const gate = new SoundGate();
    expect(gate.unlock()).toBe(true);
    expect(gate.unlock()).toBe(false);
  });

  it('silences effects and the room tone when muted or at zero volume', () => {
    const gate = new SoundGate();
    gate.unlock();
    gate.wantAmbient(true);
    gate.setMuted(true);
    expect(gate.canPlay('positive')).toBe(false);
    expect(gate.ambientShouldRun()).toBe(false);
    gate.setMuted(false);
    gate.setVolume(0);
    expect(gate.canPlay('positive')).toBe(false);
    expect(gate.ambientShouldRun()).toBe(false);
  });

  it('runs the room tone only while it is wanted', () => {
    const gate = new SoundGate();
    gate.unlock();
    expect(gate.ambientShouldRun()).toBe(false);
    gate.wantAmbient(true);
    expect(gate.ambientShouldRun()).toBe(true);
    gate.wantAmbient(false);
    expect(gate.ambientShouldRun()).toBe(false);
  });

  it('refuses unknown keys and everything after dispose', () => {
    const gate = new SoundGate();
    gate.unlock();
    expect(gate.canPlay('ambient')).toBe(false);
    expect(gate.canPlay('boom')).toBe(false);
    gate.dispose();
    expect(gate.canPlay('click')).toBe(false);
    expect(gate.unlock()).toBe(false);
  });

  it('scales each sound by its mix level and the clamped master volume', () => {
    const gate = new SoundGate();
    gate.setVolume(0.5);
    expect(gate.levelOf('confirm')).toBeCloseTo(SOUND_LEVELS.confirm * 0.5);
    gate.setVolume(7);
    expect(gate.snapshot.volume).toBe(1);
  });
});

describe('volume and keys', () => {
  it('clamps volume to 0..1 and treats nonsense as full volume', () => {
    expect(clampVolume(-1)).toBe(0);
    expect(clampVolume(0.3)).toBe(0.3);
    expect(clampVolume(2)).toBe(1);
    expect(clampVolume(Number.NaN)).toBe(1);
  });

  it('knows the effect keys', () => {
    expect(isSoundEffect('tick')).toBe(true);
    expect(isSoundEffect('ambient')).toBe(false);
    expect(isSoundEffect(3)).toBe(false);
  });
});
