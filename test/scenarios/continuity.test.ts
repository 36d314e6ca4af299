/**
 * Continuity (library issue, point 5): a line that refers to a meter's movement is reached only
 * when that meter moved that way on the run, and no line contradicts a flag the run set. Every
 * line that could make such a claim must carry a note in `continuity-notes.ts`, so a new line
 * cannot slip past the check.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { scenarioSchema, type Scenario } from '../../src/engine/scenario/schema';
import type { WorldState } from '../../src/engine/scenario/rules';
import { enumerateRuns, type EnumeratedRun } from '../support/enumerate-runs';
import { CONTINUITY_NOTES, type Claim } from './continuity-notes';
import { SCENARIO_DIR, readJson, scenarioFileNames } from './library-files';

/** Words that talk about money, growth, trust, mood or customers coming and going. */
export const MOVEMENT_WORDS =
  /\b(money|cost|spend|spent|budget|pric|revenue|margin|profit|discount|afford|expens|cheap|thousand|overtime|wage|growth|grow|sign-up|signup|trust|morale|satisf|confiden|complain|cancel|retention|wellbeing|burn|resign|quit|churn|loyal|sales)|[$€£]\d/i;

const library = scenarioFileNames().map((fileName) => {
  const scenario = scenarioSchema.parse(readJson(join(SCENARIO_DIR, fileName)));
  return { fileName, scenario, runs: enumerateRuns(scenario) };
});

interface Line {
  location: string;
  text: string;
}

/** Every line of the scenario with its location, in the notes' naming. */
function lines(scenario: Scenario): Line[] {
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
function flagDependentNodes(runs: EnumeratedRun[]): Set<string> {
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
  const counts = new Map<string, number>();
  for (const run of runs) for (const id of run.visited) counts.set(id, (counts.get(id) ?? 0) + 1);
  return new Set(
    [...seen]
      .filter(([, byFlag]) => [...byFlag.values()].some((v) => v.size > 1))
      .map(([id]) => id),
  );
}

function holds(claim: Claim, run: EnumeratedRun, index: number, after: boolean): string | null {
  const here: WorldState | undefined = run.worlds[after ? index + 1 : index];
  if (!here) return 'no world recorded';
  if ('flag' in claim)
    return (here.flags[claim.flag] === true) === claim.is
      ? null
      : `flag ${claim.flag} is not ${claim.is}`;
  const since = claim.since ?? 'start';
  const sinceIndex = since === 'start' ? 0 : since === 'step' ? index : run.visited.indexOf(since);
  if (sinceIndex < 0 || sinceIndex > index) return `"${since}" is not visited before this line`;
  const before = run.worlds[sinceIndex]?.meters[claim.meter];
  const now = here.meters[claim.meter];
  if (before === undefined || now === undefined) return `no meter ${claim.meter}`;
  const ok = {
    up: now > before,
    down: now < before,
    'not-up': now <= before,
    'not-down': now >= before,
  };
  return ok[claim.moved]
    ? null
    : `${claim.meter} went ${before} → ${now}, not ${claim.moved} since ${since}`;
}

describe.each(library)('$fileName', ({ scenario, runs }) => {
  const notes = CONTINUITY_NOTES[scenario.id] ?? {};
  const all = lines(scenario);

  it('has a note for every line that mentions a movement or depends on a flag', () => {
    const flagged = flagDependentNodes(runs);
    const needed = all.filter(
      ({ location, text }) => MOVEMENT_WORDS.test(text) || flagged.has(location),
    );
    expect(
      needed.filter(({ location }) => !notes[location]).map((l) => `${l.location}: ${l.text}`),
    ).toEqual([]);
  });

  it('has notes only for lines that exist, naming real meters and flags', () => {
    const locations = new Set(all.map((line) => line.location));
    const meters = new Set(Object.keys(scenario.meters ?? {}));
    const flags = new Set(
      JSON.stringify(scenario)
        .match(/"set":\{[^}]*\}/g)
        ?.join(' ')
        .match(/"(\w+)":/g)
        ?.map((m) => m.slice(1, -2)) ?? [],
    );
    const problems = Object.entries(notes).flatMap(([location, note]) => {
      if (!locations.has(location)) return [`${location}: no such line`];
      if ('noClaim' in note)
        return note.noClaim.length >= 15 ? [] : [`${location}: say why there is no claim`];
      return note.claims.flatMap((claim) =>
        'flag' in claim
          ? flags.has(claim.flag)
            ? []
            : [`${location}: flag ${claim.flag} is never set`]
          : meters.has(claim.meter)
            ? []
            : [`${location}: no meter ${claim.meter}`],
      );
    });
    expect(problems).toEqual([]);
  });

  it('keeps every claim true on every run that reaches its line', () => {
    const problems = new Set<string>();
    for (const run of runs) {
      run.steps.forEach((step, index) => {
        const nodeId = run.visited[index] ?? '';
        const check = (location: string, after: boolean) => {
          const note = notes[location];
          if (!note || 'noClaim' in note) return;
          for (const claim of note.claims) {
            const broken = holds(claim, run, index, after);
            if (broken) problems.add(`${location}: ${broken} (${run.steps.join(' → ')})`);
          }
        };
        check(nodeId, false);
        if (step !== nodeId) check(step, true);
      });
    }
    expect([...problems].slice(0, 20)).toEqual([]);
  });
});
