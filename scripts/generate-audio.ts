/**
 * Synthesises the game's sounds (no downloads, no samples): a seamless room-tone loop and
 * five short UI sounds, written as 16-bit PCM mono WAV at 22.05 kHz into assets/audio/.
 * Deterministic: a seeded generator for the noise, so every run writes the same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nextRandom, rngStateFromSeed } from '../src/engine/run/rng';

const SAMPLE_RATE = 22_050;
const BUDGET_BYTES = 500 * 1024;
const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'audio');

/** The engine's seeded PRNG (mulberry32), so the noise (and the file) is the same every run. */
function seededRandom(seed: number): () => number {
  let state = rngStateFromSeed(seed);
  return () => {
    const step = nextRandom(state);
    state = step.state;
    return step.value;
  };
}

type Samples = Float64Array;

interface Bell {
  start: number;
  frequency: number;
  duration: number;
  level: number;
  decay?: number;
  octave?: number;
}

const seconds = (count: number): number => Math.round(count * SAMPLE_RATE);
const TAU = Math.PI * 2;

/** A bell-ish tone: sine plus a quiet octave, quick attack, exponential decay. */
function bell(
  buffer: Samples,
  { start, frequency, duration, level, decay = 6, octave = 0.25 }: Bell,
): void {
  const first = seconds(start);
  const length = seconds(duration);
  for (let i = 0; i < length && first + i < buffer.length; i += 1) {
    const t = i / SAMPLE_RATE;
    const attack = Math.min(1, t / 0.006);
    const envelope = attack * Math.exp(-decay * t);
    const tone = Math.sin(TAU * frequency * t) + octave * Math.sin(TAU * frequency * 2 * t);
    buffer[first + i] = (buffer[first + i] ?? 0) + level * envelope * tone;
  }
}

function click(): Samples {
  const buffer = new Float64Array(seconds(0.05));
  const random = seededRandom(11);
  for (let i = 0; i < buffer.length; i += 1) {
    const t = i / SAMPLE_RATE;
    const envelope = Math.exp(-t * 140);
    buffer[i] = envelope * (0.7 * Math.sin(TAU * 2200 * t) + 0.3 * (random() * 2 - 1));
  }
  return buffer;
}

function tick(): Samples {
  const buffer = new Float64Array(seconds(0.07));
  for (let i = 0; i < buffer.length; i += 1) {
    const t = i / SAMPLE_RATE;
    buffer[i] =
      Math.exp(-t * 90) * (0.6 * Math.sin(TAU * 1450 * t) + 0.4 * Math.sin(TAU * 3120 * t));
  }
  return buffer;
}

function confirm(): Samples {
  const buffer = new Float64Array(seconds(0.32));
  bell(buffer, { start: 0, frequency: 660, duration: 0.3, level: 0.6, decay: 16 });
  bell(buffer, { start: 0.09, frequency: 990, duration: 0.23, level: 0.6, decay: 14 });
  return buffer;
}

function positive(): Samples {
  const buffer = new Float64Array(seconds(0.9));
  [523.25, 659.25, 783.99, 1046.5].forEach((frequency, index) =>
    bell(buffer, {
      start: index * 0.085,
      frequency,
      duration: 0.9 - index * 0.085,
      level: 0.42,
      decay: 5.5,
    }),
  );
  return buffer;
}

/** A soft descending minor figure through a one-pole low-pass: clear, not punishing. */
function negative(): Samples {
  const buffer = new Float64Array(seconds(0.75));
  const notes: Array<[frequency: number, start: number]> = [
    [392, 0],
    [369.99, 0.13],
    [293.66, 0.26],
  ];
  notes.forEach(([frequency, start]) => {
    const first = seconds(start);
    for (let i = 0; first + i < buffer.length; i += 1) {
      const t = i / SAMPLE_RATE;
      const envelope = Math.min(1, t / 0.01) * Math.exp(-7 * t);
      const triangle = (2 / Math.PI) * Math.asin(Math.sin(TAU * frequency * t));
      buffer[first + i] = (buffer[first + i] ?? 0) + 0.45 * envelope * triangle;
    }
  });
  let smoothed = 0;
  for (let i = 0; i < buffer.length; i += 1) {
    smoothed += 0.35 * ((buffer[i] ?? 0) - smoothed);
    buffer[i] = smoothed;
  }
  return buffer;
}

/**
 * Room tone: low-passed brown noise plus a faint hum chord. Every periodic part completes a
 * whole number of cycles in the loop, and the noise's tail is cross-faded into its head, so
 * the loop has no seam.
 */
function ambient(): Samples {
  const loopLength = seconds(4);
  const fade = seconds(0.5);
  const random = seededRandom(2024);
  const noise = new Float64Array(loopLength + fade);
  let brown = 0;
  let smoothed = 0;
  for (let i = 0; i < noise.length; i += 1) {
    brown = (brown + 0.02 * (random() * 2 - 1)) * 0.996;
    smoothed += 0.08 * (brown - smoothed);
    noise[i] = smoothed;
  }
  const buffer = new Float64Array(loopLength);
  for (let i = 0; i < loopLength; i += 1) {
    const t = i / SAMPLE_RATE;
    let sample = (noise[i] ?? 0) * 4;
    if (i < fade) {
      const mixIn = i / fade;
      sample = mixIn * sample + (1 - mixIn) * (noise[loopLength + i] ?? 0) * 4;
    }
    const swell = 0.75 + 0.25 * Math.sin(TAU * 0.25 * t);
    const hum =
      0.05 * Math.sin(TAU * 110 * t) +
      0.035 * Math.sin(TAU * 165 * t) +
      0.02 * Math.sin(TAU * 220.5 * t);
    buffer[i] = sample + swell * hum;
  }
  return buffer;
}

/** Scales to a peak level and fades the last few ms of one-shots, so no sound ends in a click. */
function finish(
  buffer: Samples,
  { peak, fadeOut = true }: { peak: number; fadeOut?: boolean },
): Samples {
  const loudest = buffer.reduce((max, value) => Math.max(max, Math.abs(value)), 0) || 1;
  const gain = peak / loudest;
  const fadeLength = fadeOut ? Math.min(seconds(0.012), buffer.length) : 0;
  return buffer.map((value, i) => {
    const remaining = buffer.length - 1 - i;
    const fade = remaining < fadeLength ? remaining / fadeLength : 1;
    return value * gain * fade;
  });
}

function wav(samples: Samples): Buffer {
  const dataBytes = samples.length * 2;
  const file = Buffer.alloc(44 + dataBytes);
  file.write('RIFF', 0, 'ascii');
  file.writeUInt32LE(36 + dataBytes, 4);
  file.write('WAVEfmt ', 8, 'ascii');
  file.writeUInt32LE(16, 16); // fmt chunk size
  file.writeUInt16LE(1, 20); // PCM
  file.writeUInt16LE(1, 22); // mono
  file.writeUInt32LE(SAMPLE_RATE, 24);
  file.writeUInt32LE(SAMPLE_RATE * 2, 28); // byte rate
  file.writeUInt16LE(2, 32); // block align
  file.writeUInt16LE(16, 34); // bits per sample
  file.write('data', 36, 'ascii');
  file.writeUInt32LE(dataBytes, 40);
  samples.forEach((value, i) => {
    const clamped = Math.max(-1, Math.min(1, value));
    file.writeInt16LE(Math.round(clamped * 32767), 44 + i * 2);
  });
  return file;
}

const SOUNDS: Record<string, () => Samples> = {
  click: () => finish(click(), { peak: 0.5 }),
  tick: () => finish(tick(), { peak: 0.5 }),
  confirm: () => finish(confirm(), { peak: 0.7 }),
  positive: () => finish(positive(), { peak: 0.75 }),
  negative: () => finish(negative(), { peak: 0.7 }),
  ambient: () => finish(ambient(), { peak: 0.3, fadeOut: false }),
};

mkdirSync(OUT_DIR, { recursive: true });
let total = 0;
for (const [name, make] of Object.entries(SOUNDS)) {
  const file = wav(make());
  writeFileSync(join(OUT_DIR, `${name}.wav`), file);
  total += file.length;
  console.log(`assets/audio/${name}.wav  ${(file.length / 1024).toFixed(1)} KB`);
}
console.log(`total audio: ${(total / 1024).toFixed(1)} KB (budget ${BUDGET_BYTES / 1024} KB)`);
if (total > BUDGET_BYTES) {
  console.error('Audio is over budget: shorten a sound or lower the sample rate.');
  process.exit(1);
}
