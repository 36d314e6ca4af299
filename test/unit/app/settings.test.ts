import { describe, expect, it } from 'vitest';
import {
  defaultSettings,
  loadSettings,
  mergeSettings,
  saveSettings,
} from '../../../src/services/settings';

function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (index) => [...data.keys()][index] ?? null,
    removeItem: (key) => void data.delete(key),
    setItem: (key, value) => void data.set(key, value),
  };
}

describe('settings', () => {
  it('defaults reduce motion to the system preference', () => {
    expect(defaultSettings(true).reducedMotion).toBe(true);
    expect(defaultSettings(false).reducedMotion).toBe(false);
    expect(defaultSettings(false).timePressure).toBe('normal');
  });

  it('round-trips through storage', () => {
    const storage = memoryStorage();
    const settings = {
      timePressure: 'double' as const,
      soundOn: false,
      volume: 0.25,
      reducedMotion: true,
      theme: 'light' as const,
      playMode: 'practice' as const,
    };
    saveSettings(storage, settings);
    expect(loadSettings(storage, false)).toEqual(settings);
  });

  it('keeps only well-formed stored fields', () => {
    const defaults = defaultSettings(false);
    const merged = mergeSettings(defaults, {
      timePressure: 'fast',
      soundOn: 'yes',
      volume: 7,
      reducedMotion: true,
      theme: 'sepia',
    });
    expect(merged).toEqual({ ...defaults, reducedMotion: true });
    expect(mergeSettings(defaults, { theme: 'light' }).theme).toBe('light');
    expect(mergeSettings(defaults, null)).toEqual(defaults);
  });

  it('survives broken or blocked storage', () => {
    const storage = memoryStorage();
    storage.setItem('leadership-sim.settings.v1', '{not json');
    expect(loadSettings(storage, true)).toEqual(defaultSettings(true));
    const throwing = {
      ...memoryStorage(),
      setItem: () => {
        throw new Error('quota');
      },
    } as Storage;
    expect(() => saveSettings(throwing, defaultSettings(false))).not.toThrow();
    expect(loadSettings(undefined, false)).toEqual(defaultSettings(false));
  });
});
