/** Player settings, remembered in localStorage (a failure to store never stops the game). */
import type { TimePressure } from '../engine/run/types';
import { THEME_NAMES, type ThemeName } from './theme';
import { PLAY_MODES, type PlayMode } from '../engine/session/types';

export interface Settings {
  timePressure: TimePressure;
  soundOn: boolean;
  /** 0..1 */
  volume: number;
  reducedMotion: boolean;
  /** Dark for screens, light for projectors and print. */
  theme: ThemeName;
  /** The mode last chosen for a single scenario (a track starts in assessment). */
  playMode: PlayMode;
}

const STORAGE_KEY = 'leadership-sim.settings.v1';
const TIME_PRESSURES: readonly TimePressure[] = ['normal', 'double', 'off'];

export function defaultSettings(prefersReducedMotion: boolean): Settings {
  return {
    timePressure: 'normal',
    soundOn: true,
    volume: 0.7,
    reducedMotion: prefersReducedMotion,
    theme: 'dark',
    playMode: 'assessment',
  };
}

/** Keeps only well-formed fields from stored data; anything else falls back to the default. */
export function mergeSettings(defaults: Settings, stored: unknown): Settings {
  if (typeof stored !== 'object' || stored === null) return defaults;
  const s = stored as Record<string, unknown>;
  const volume =
    typeof s.volume === 'number' && s.volume >= 0 && s.volume <= 1 ? s.volume : defaults.volume;
  return {
    timePressure: TIME_PRESSURES.includes(s.timePressure as TimePressure)
      ? (s.timePressure as TimePressure)
      : defaults.timePressure,
    soundOn: typeof s.soundOn === 'boolean' ? s.soundOn : defaults.soundOn,
    volume,
    reducedMotion: typeof s.reducedMotion === 'boolean' ? s.reducedMotion : defaults.reducedMotion,
    theme: THEME_NAMES.includes(s.theme as ThemeName) ? (s.theme as ThemeName) : defaults.theme,
    playMode: PLAY_MODES.includes(s.playMode as PlayMode)
      ? (s.playMode as PlayMode)
      : defaults.playMode,
  };
}

export function loadSettings(
  storage: Storage | undefined,
  prefersReducedMotion: boolean,
): Settings {
  const defaults = defaultSettings(prefersReducedMotion);
  try {
    const text = storage?.getItem(STORAGE_KEY);
    return text ? mergeSettings(defaults, JSON.parse(text)) : defaults;
  } catch {
    return defaults;
  }
}

export function saveSettings(storage: Storage | undefined, settings: Settings): void {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(settings));
  } catch {
    // Private mode or a full quota: the settings still apply for this visit.
  }
}

export function describeTimePressure(timePressure: TimePressure): string {
  switch (timePressure) {
    case 'normal':
      return 'Normal: timed decisions use the time the scenario sets.';
    case 'double':
      return 'Double time: timed decisions give you twice as long.';
    case 'off':
      return 'Off: no decision is timed; take as long as you need.';
  }
}

/** Longest name or alias kept (in characters): room for "Anna Berg-Johansson (Sales)". */
export const ALIAS_MAX_LENGTH = 40;
const ALIAS_KEY = 'leadership-sim.alias.v1';

/**
 * A name as text only: control and invisible format characters dropped, runs of spaces made
 * one, trimmed, and cut to ALIAS_MAX_LENGTH characters (whole characters, never half an emoji).
 */
export function cleanAlias(text: string): string {
  const plain = text
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const characters = Array.from(plain);
  return characters.length <= ALIAS_MAX_LENGTH
    ? plain
    : characters.slice(0, ALIAS_MAX_LENGTH).join('').trimEnd();
}

/** The alias the player gave last time on this device, or "" (also when storage is blocked). */
export function loadAlias(storage: Storage | undefined): string {
  try {
    return cleanAlias(storage?.getItem(ALIAS_KEY) ?? '');
  } catch {
    return '';
  }
}

/** Remembers the alias; an empty one is forgotten. Never throws (blocked storage, full quota). */
export function saveAlias(storage: Storage | undefined, alias: string): void {
  try {
    const clean = cleanAlias(alias);
    if (clean) storage?.setItem(ALIAS_KEY, clean);
    else storage?.removeItem(ALIAS_KEY);
  } catch {
    // The alias still travels with this run; it is only not remembered.
  }
}

/** `window.localStorage`, or undefined where reading it throws (blocked storage). */
export function browserStorage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}
