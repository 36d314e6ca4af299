/**
 * How each scenario of the library opens, for `openings.test.ts`. Every file in `scenarios/`
 * needs an entry (the test fails for a missing or stale one).
 *
 * Each scenario's entry lives in `notes/<scenario id>.ts` (field `opening`).
 * Format: scenario id → `{ beat, speaker, firstDecisionTimed, firstAsker }`:
 * - `beat`: the dramatic situation of the first screen (at most two scenarios share one);
 * - `speaker`: the cast id speaking on the start node, or null for none (checked);
 * - `firstDecisionTimed`: whether the first decision on every path has a time limit (checked);
 * - `firstAsker`: who puts the first decision to the player: a `customer`, a `colleague`, or
 *   `nobody` (no speaker on that decision; checked). A colleague asking under a timer is the
 *   beat `colleague-asks-permission`, whatever else the opening does (checked).
 */
import { LIBRARY_NOTES } from './notes';

export type OpeningBeat =
  | 'colleague-asks-permission'
  | 'customer-on-the-phone'
  | 'customer-in-person'
  | 'dashboard-figure'
  | 'board-question'
  | 'interview'
  | 'social-media-storm'
  | 'internal-customer-complaint'
  | 'coaching-conversation'
  | 'walking-the-floor'
  | 'customer-letter'
  | 'team-meeting';

export interface Opening {
  beat: OpeningBeat;
  speaker: string | null;
  firstDecisionTimed: boolean;
  firstAsker: 'customer' | 'colleague' | 'nobody';
}

export const OPENINGS: Record<string, Opening> = Object.fromEntries(
  Object.entries(LIBRARY_NOTES).map(([id, notes]) => [id, notes.opening]),
);
