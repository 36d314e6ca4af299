/**
 * What each line of the library claims about the run so far, for `continuity.test.ts`.
 *
 * Each scenario's notes live in `notes/<scenario id>.ts` (field `continuity`).
 * Format: scenario id → location → note. A location is
 * - `node` for a node's text (read on arriving there),
 * - `node#2` for the text of an event's third outcome (read after its effects),
 * - `node:choice` for a choice's `consequence` (read after the choice's effects).
 *
 * A note is either `{ claims: [...] }`, which the test checks on every complete run that
 * reaches the line, or `{ noClaim: 'why the line asserts nothing about the run' }`.
 * A claim is
 * - `{ meter, moved: 'up' | 'down' | 'not-up' | 'not-down', since? }`: the meter is above
 *   (below, not above, not below) where it was `since` a node visited earlier on the run
 *   (`'start'`, the default, is the run's start; `'step'` is just before this choice or outcome);
 * - `{ flag, is }`: the flag has that value here (a flag never set is false);
 * - `{ anyOf: [claims] }`: at least one of the claims holds.
 *
 * Which lines need a note: every line (node text, outcome text, consequence) that mentions
 * money, costs, growth, trust, morale, sign-ups or the like (`MOVEMENT_WORDS` in the test),
 * and every node text reached by runs that disagree on a flag (the line must not assume a
 * flag one way when a run can reach it the other way).
 */
import { LIBRARY_NOTES } from './notes';

export type Claim =
  | { meter: string; moved: 'up' | 'down' | 'not-up' | 'not-down'; since?: string }
  | { flag: string; is: boolean }
  | { anyOf: Claim[] };

export type Note = { claims: Claim[] } | { noClaim: string };

export const CONTINUITY_NOTES: Record<string, Record<string, Note>> = Object.fromEntries(
  Object.entries(LIBRARY_NOTES).map(([id, notes]) => [id, notes.continuity]),
);
