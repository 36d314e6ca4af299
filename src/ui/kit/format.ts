/** The one way numbers and counts are written on screen and in exports. */
import { DIMENSION_NAMES } from '../../engine/profile/archetypes';
import { DIMENSIONS, type Scores } from '../../engine/scenario/schema';

/** "+5", "−3", "0": a true minus sign, which reads better than a hyphen in a comparison. */
export function signed(value: number): string {
  if (value > 0) return `+${value}`;
  if (value < 0) return `\u2212${Math.abs(value)}`;
  return '0';
}

/** "1 session", "3 sessions"; `many` for irregular plurals ("1 person", "2 people"). */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "12.4 s" from milliseconds; "–" when unknown. */
export function secondsText(ms: number | null): string {
  return ms === null ? '–' : `${(ms / 1000).toFixed(1)} s`;
}

/** One decimal, "–" when unknown. */
export function oneDecimal(value: number | null): string {
  return value === null ? '–' : value.toFixed(1);
}

/** Whole milliseconds, for exports (timers give fractions that mean nothing to a reader). */
export function wholeMs(ms: number): number {
  return Math.round(ms);
}

/** "Customer focus +2, Adaptability 0, Empowerment −1": a choice's scores in words read aloud. */
export function scoresText(scores: Scores): string {
  return DIMENSIONS.map(
    (dimension) => `${DIMENSION_NAMES[dimension]} ${signed(scores[dimension])}`,
  ).join(', ');
}
