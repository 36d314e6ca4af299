/**
 * The lines of a scenario that the continuity notes must cover: every node text, event outcome
 * text and choice consequence, with its location in the notes' naming, and which of them need
 * a note (they mention a movement, or their node is reached by runs that disagree on a flag).
 */
import type { Scenario } from '../../src/engine/scenario/schema';
import type { EnumeratedRun } from '../support/enumerate-runs';

/** Words that talk about money, growth, trust, mood or customers coming and going. */
export const MOVEMENT_WORDS =
  /\b(money|cost|spend|spent|budget|pric|revenue|margin|profit|discount|afford|expens|cheap|thousand|overtime|wage|growth|grow|sign-up|signup|trust|morale|satisf|confiden|complain|cancel|retention|wellbeing|burn|resign|quit|churn|loyal|sales)|[$€£]\d/i;

export interface Line {
  location: string;
  text: string;
}

/** Every line of the scenario with its location, in the notes' naming. */
export function lines(scenario: Scenario): Line[] {
  return Object.entries(scenario.nodes).flatMap(([id, node]) => {
    const own = [{ location: id, text: node.text }];
    if (node.kind === 'event')
      return [
        ...own,
        ...node.outcomes.map((o, i) => ({ location: `${id}#${i}`, text: o.text ?? '' })),
      ];
    if (node.kind === 'decision')
      return [
        ...own,
        ...node.choices.map((c) => ({ location: `${id}:${c.id}`, text: c.consequence ?? '' })),
      ];
    return own;
  });
}

/** Node ids whose arrival world differs in some flag between the runs that reach them. */
export function flagDependentNodes(runs: EnumeratedRun[]): Set<string> {
  const seen = new Map<string, Map<string, Set<boolean>>>();
  for (const run of runs) {
    run.visited.forEach((id, index) => {
      const flags = run.worlds[index]?.flags ?? {};
      const byFlag = seen.get(id) ?? new Map<string, Set<boolean>>();
      for (const name of new Set([...byFlag.keys(), ...Object.keys(flags)])) {
        const values = byFlag.get(name) ?? new Set<boolean>();
        values.add(flags[name] === true);
        byFlag.set(name, values);
      }
      seen.set(id, byFlag);
    });
  }
  return new Set(
    [...seen]
      .filter(([, byFlag]) => [...byFlag.values()].some((v) => v.size > 1))
      .map(([id]) => id),
  );
}

/** The lines that need a note in `continuity-notes.ts`. */
export function linesNeedingNotes(scenario: Scenario, runs: EnumeratedRun[]): Line[] {
  const flagged = flagDependentNodes(runs);
  return lines(scenario).filter(
    ({ location, text }) => MOVEMENT_WORDS.test(text) || flagged.has(location),
  );
}
