/** The sounds the game makes, their files and how loud each sits in the mix. */
export const SOUND_EFFECTS = ['click', 'confirm', 'positive', 'negative', 'tick'] as const;
export type SoundEffect = (typeof SOUND_EFFECTS)[number];
export type SoundKey = SoundEffect | 'ambient';

/** Relative loudness (0..1) before the player's master volume; the room tone stays underneath. */
export const SOUND_LEVELS: Record<SoundKey, number> = {
  click: 0.5,
  confirm: 0.7,
  positive: 0.8,
  negative: 0.75,
  tick: 0.45,
  ambient: 0.35,
};

export function isSoundEffect(key: unknown): key is SoundEffect {
  return typeof key === 'string' && (SOUND_EFFECTS as readonly string[]).includes(key);
}
