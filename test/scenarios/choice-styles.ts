/**
 * Which habit each choice of the library follows, for the rule-of-thumb players in
 * `judgement.test.ts`. Every choice of every file in `scenarios/` must be listed here, with an
 * empty list when it follows none of the habits; `judgement.test.ts` fails for a choice that
 * is missing and for an entry whose scenario, decision or choice does not exist.
 *
 * Format: scenario id → decision node id → choice id → styles. Each scenario's entry lives in
 * `notes/<scenario id>.ts` (field `styles`), registered in `notes/index.ts`.
 *
 * The styles (a choice may have several):
 * - `delegate`: the leader hands the decision or the work to the front line or the team and
 *   steps out ("your call", "let the team decide", "ask X to handle it"). Coaching someone
 *   through it with the leader beside them is not `delegate`.
 * - `give`: the customer gets what they asked or demanded, as they put it (a supervisor, a
 *   router, the date they want), or is paid off: a refund, a discount, a credit, a voucher, a
 *   free extra, for them or for everyone who complains. Meeting a need the customer did not
 *   name (lending a hotspot to someone who asked for a router) is not `give`.
 * - `ask`: the leader's move is to ask, consult, survey, study figures or wait for more
 *   information before acting (a report, a survey, "what would you change?", "find out first").
 *
 * Classify by what the choice does, as a player reading it would see it, not by its scores.
 */
import { LIBRARY_NOTES } from './notes';

export type ChoiceStyle = 'delegate' | 'give' | 'ask';

/** Decision node id → choice id → styles, for one scenario. */
export type ScenarioStyles = Record<string, Record<string, ChoiceStyle[]>>;

export const CHOICE_STYLES: Record<string, ScenarioStyles> = Object.fromEntries(
  Object.entries(LIBRARY_NOTES).map(([id, notes]) => [id, notes.styles]),
);
