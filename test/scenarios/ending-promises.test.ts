/**
 * An ending's text makes claims about what happened ("most permits now go through online").
 * Each promise here names an ending and the choices that contradict its claim: no complete
 * run that took one of them may reach that ending, and some run must still reach it.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { scenarioSchema } from '../../src/engine/scenario/schema';
import { enumerateRuns } from '../support/enumerate-runs';
import { SCENARIO_DIR, readJson } from './library-files';

interface EndingPromise {
  file: string;
  ending: string;
  claim: string;
  /** Steps as "decision:choice". */
  contradictedBy: string[];
}

const promises: EndingPromise[] = [
  {
    file: 'permit-counter.json',
    ending: 'end-works',
    claim: 'the website was fixed',
    contradictedBy: ['storm:paper-for-all', 'meet-it:leave-to-it', 'meet-it:escalate-olga'],
  },
];

describe.each(promises)('$file: $ending', ({ file, ending, claim, contradictedBy }) => {
  const scenario = scenarioSchema.parse(readJson(join(SCENARIO_DIR, file)));
  const runs = enumerateRuns(scenario);

  it(`is not reached by a run that contradicts "${claim}"`, () => {
    const contradicting = runs.filter((run) =>
      run.steps.some((step) => contradictedBy.includes(step)),
    );
    expect(contradicting.length).toBeGreaterThan(0);
    expect(contradicting.filter((run) => run.endingId === ending).map((r) => r.steps)).toEqual([]);
  });

  it('is still reachable', () => {
    expect(runs.some((run) => run.endingId === ending)).toBe(true);
  });
});
