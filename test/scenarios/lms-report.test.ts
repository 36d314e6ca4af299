/**
 * What the LMS is told about a run, checked on every complete run of every library scenario:
 * one decision record per decision, each change equal to the choice's scores, the running scores
 * adding up to the run's raw scores, and the overall score the mean of the measured competencies.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { DIMENSIONS, scenarioSchema } from '../../src/engine/scenario/schema';
import { analyseScenario } from '../../src/engine/scenario/analyse';
import { buildProfile } from '../../src/engine/profile/build-profile';
import { decisionsOf, outcomeOf } from '../../src/lms/decisions';
import { SCORM12, SCORM2004 } from '../../src/lms/scorm/data-model';
import { enumerateRuns } from '../support/enumerate-runs';
import { contextFromSteps } from '../support/run-context';
import { SCENARIO_DIR, readJson, scenarioFileNames } from './library-files';

const scenarios = scenarioFileNames().map((name) =>
  scenarioSchema.parse(readJson(join(SCENARIO_DIR, name))),
);

describe('LMS reports over every complete run', () => {
  for (const scenario of scenarios) {
    it(`${scenario.id}: decisions, changes, scores and the SCORM 1.2 field limits`, () => {
      const analysis = analyseScenario(scenario);
      for (const run of enumerateRuns(scenario)) {
        const context = contextFromSteps(scenario, run.steps);
        const records = decisionsOf(scenario, context);
        expect(records).toHaveLength(run.decisions);
        const last = records[records.length - 1];
        for (const dimension of DIMENSIONS) {
          const total = records.reduce((sum, record) => sum + record.change[dimension], 0);
          expect(total).toBe(run.scores[dimension]);
          expect(last?.scoresAfter[dimension] ?? 0).toBe(run.scores[dimension]);
        }
        for (const [index, record] of records.entries()) {
          for (const [element, value] of SCORM12.decision(index, record, 0)) {
            expect(value.length, element).toBeLessThanOrEqual(255);
          }
          for (const [element, value] of SCORM2004.decision(index, record, 0)) {
            if (element.endsWith('.description')) expect(value.length).toBeLessThanOrEqual(250);
            if (element.endsWith('.learner_response'))
              expect(value).toMatch(/^[\w\-()+.:=@;$!*'%/#]{1,250}$/);
          }
        }
        const profile = buildProfile(scenario, analysis, context);
        const competencies = Object.fromEntries(
          DIMENSIONS.map((d) => [d, profile.dimensions[d].normalised]),
        ) as Record<(typeof DIMENSIONS)[number], number | null>;
        const outcome = outcomeOf(competencies, 70);
        const measured = DIMENSIONS.map((d) => competencies[d]).filter(
          (v): v is number => v !== null,
        );
        const mean = measured.reduce((a, b) => a + b, 0) / measured.length;
        expect(outcome.overall).toBe(Math.round(mean));
        expect(outcome.passed).toBe(Math.round(mean) >= 70);
      }
    });
  }
});
