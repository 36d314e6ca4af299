/**
 * Every claim the debrief makes, checked over every complete run of a scenario in ONE pass: the
 * run is enumerated by brute force, its profile built once, and each check reads it. (Four
 * passes, one per claim, took 13 minutes over the library; one pass takes a quarter of that.)
 * The checks that draw DOM look at every run of a small scenario and an even spread of a large
 * one; the engine-level checks look at every run.
 */
import { describe, expect, it } from 'vitest';
import { libraryHalf, TRUTH_TIMEOUT_MS } from '../truth-scenarios';
import { buildProfile } from '../../../../src/engine/profile/build-profile';
import type { Scenario } from '../../../../src/engine/scenario/schema';
import { enumerateRuns } from '../../../support/enumerate-runs';
import { libraryEntry } from '../../../support/library';
import { contextFromSteps } from '../../../support/run-context';
import { checkRevisit, checkTryNext } from './revisit-checks';
import { ReadingTally } from './reading-checks';
import { checkStory, checkWords } from './story-checks';
import { checkWhatIfs, indexRuns } from './what-if-checks';

/** Runs of a scenario whose DOM is drawn for every run; above this, an even spread of them. */
const DRAWN_RUNS = 1500;

export interface EveryRunReport {
  runs: number;
  drawn: number;
  readsDifferently: boolean;
}

export function checkEveryRun(scenario: Scenario): EveryRunReport {
  const { scoring } = libraryEntry(scenario);
  const runs = enumerateRuns(scenario);
  const index = indexRuns(scenario, runs);
  const stride = Math.max(1, runs.length / DRAWN_RUNS);
  const tally = new ReadingTally();
  let drawn = 0;
  runs.forEach((run, position) => {
    const profile = buildProfile(scenario, scoring, contextFromSteps(scenario, run.steps));
    // The first run of each stride-long stretch: an even spread of DRAWN_RUNS runs.
    const draw =
      position === 0 || Math.floor(position / stride) > Math.floor((position - 1) / stride);
    checkStory(scenario, run, profile);
    checkWhatIfs(scenario, index, run, profile);
    checkRevisit(scenario, run, profile);
    checkTryNext(scenario, scoring, run, profile, draw);
    tally.check(run, profile);
    if (draw) {
      checkWords(scenario, run, profile);
      drawn += 1;
    }
  });
  return { runs: runs.length, drawn, readsDifferently: tally.readsDifferently() };
}

/**
 * The every-run checks over one half of the library, as tests: each half is a file of its own so
 * the two test workers share the work.
 */
export function describeLibraryHalf(half: 0 | 1): void {
  describe('the debrief tells the truth on every run', () => {
    for (const scenario of libraryHalf(half)) {
      it(
        scenario.id,
        () => {
          const report = checkEveryRun(scenario);
          expect(report.runs).toBeGreaterThan(0);
          // The card is not a template: runs with one archetype are introduced differently.
          expect(report.readsDifferently).toBe(true);
        },
        TRUTH_TIMEOUT_MS,
      );
    }
  });
}
