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
import { lines, linesNeedingNotes } from './continuity-lines';
import { CONTINUITY_NOTES, type Claim } from './continuity-notes';
import { SCENARIO_DIR, readJson, scenarioFileNames } from './library-files';

const library = scenarioFileNames().map((fileName) => {
  const scenario = scenarioSchema.parse(readJson(join(SCENARIO_DIR, fileName)));
  return { fileName, scenario, runs: enumerateRuns(scenario) };
});

function holds(claim: Claim, run: EnumeratedRun, index: number, after: boolean): string | null {
  const here: WorldState | undefined = run.worlds[after ? index + 1 : index];
  if (!here) return 'no world recorded';
  if ('anyOf' in claim) {
    const broken = claim.anyOf.map((c) => holds(c, run, index, after));
    return broken.some((b) => b === null) ? null : broken.join(' and ');
  }
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

/** Every flag some choice or event outcome of the scenario sets. */
function flagsSet(scenario: Scenario): Set<string> {
  const flags = new Set<string>();
  const add = (effect: { set?: Record<string, boolean> }) => {
    for (const name of Object.keys(effect.set ?? {})) flags.add(name);
  };
  for (const node of Object.values(scenario.nodes)) {
    if (node.kind === 'decision') node.choices.forEach(add);
    if (node.kind === 'event') node.outcomes.forEach(add);
  }
  return flags;
}

/** Flags and meters a claim names, for checking that they exist. */
function named(claim: Claim): Array<{ flag: string } | { meter: string }> {
  if ('anyOf' in claim) return claim.anyOf.flatMap(named);
  return ['flag' in claim ? { flag: claim.flag } : { meter: claim.meter }];
}

describe.each(library)('$fileName', ({ scenario, runs }) => {
  const notes = CONTINUITY_NOTES[scenario.id] ?? {};
  const all = lines(scenario);

  it('has a note for every line that mentions a movement or depends on a flag', () => {
    const needed = linesNeedingNotes(scenario, runs);
    expect(
      needed.filter(({ location }) => !notes[location]).map((l) => `${l.location}: ${l.text}`),
    ).toEqual([]);
  });

  it('has notes only for lines that exist, naming real meters and flags', () => {
    const locations = new Set(all.map((line) => line.location));
    const meters = new Set(Object.keys(scenario.meters ?? {}));
    const flags = flagsSet(scenario);
    const problems = Object.entries(notes).flatMap(([location, note]) => {
      if (!locations.has(location)) return [`${location}: no such line`];
      if ('noClaim' in note)
        return note.noClaim.length >= 15 ? [] : [`${location}: say why there is no claim`];
      return note.claims
        .flatMap(named)
        .flatMap((claim) =>
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
