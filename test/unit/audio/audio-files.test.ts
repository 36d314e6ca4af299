import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SOUND_EFFECTS } from '../../../src/audio/sound-keys';

const audioDir = join(import.meta.dirname, '../../../assets/audio');
const files = [...SOUND_EFFECTS, 'ambient'].map((name) => `${name}.wav`);

function header(bytes: Buffer) {
  return {
    riff: bytes.toString('ascii', 0, 4),
    wave: bytes.toString('ascii', 8, 12),
    format: bytes.readUInt16LE(20),
    channels: bytes.readUInt16LE(22),
    sampleRate: bytes.readUInt32LE(24),
    bits: bytes.readUInt16LE(34),
    dataBytes: bytes.readUInt32LE(40),
  };
}

describe('generated audio (npm run gen:assets)', () => {
  it('has a file for every sound and nothing else', () => {
    expect(
      readdirSync(audioDir)
        .filter((name) => name.endsWith('.wav'))
        .sort(),
    ).toEqual([...files].sort());
  });

  it.each(files)('%s is 16-bit PCM mono WAV at 22.05 kHz', (file) => {
    const bytes = readFileSync(join(audioDir, file));
    expect(header(bytes)).toEqual({
      riff: 'RIFF',
      wave: 'WAVE',
      format: 1,
      channels: 1,
      sampleRate: 22_050,
      bits: 16,
      dataBytes: bytes.length - 44,
    });
  });

  it('stays within the 500 KB audio budget', () => {
    const total = files.reduce((sum, file) => sum + readFileSync(join(audioDir, file)).length, 0);
    expect(total).toBeLessThanOrEqual(500 * 1024);
  });

  it('loops the room tone without a click at the seam', () => {
    const bytes = readFileSync(join(audioDir, 'ambient.wav'));
    const first = bytes.readInt16LE(44);
    const last = bytes.readInt16LE(bytes.length - 2);
    const step = Math.abs(bytes.readInt16LE(46) - first);
    // The jump from the last sample back to the first is no bigger than an ordinary step.
    expect(Math.abs(first - last)).toBeLessThanOrEqual(Math.max(200, step * 4));
  });
});
