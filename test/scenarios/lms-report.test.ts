/**
 * What the LMS is told about a run, checked on every complete run of every library scenario:
 * one decision record per decision, each change equal to the choice's scores, the running scores
 * adding up to the run's raw scores, and the overall score the mean of the measured competencies.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { DIMENSIONS, scenarioSchema } from '../../src/engine/scenario/schema';
import { analyseScenario } from '../../src/authoring/analyse';
import { buildProfile } from '../../src/engine/profile/build-profile';
import { decisionsOf, outcomeOf } from '../../src/lms/decisions';
import { SCORM12, SCORM2004 } from '../../src/lms/scorm/data-model';
import { enumerateRuns } from '../support/enumerate-runs';
import { contextFromSteps } from '../support/run-context';
import { SCENARIO_DIR, readJson, scenarioFileNames } from './library-files';

const scenarios = scenarioFileNames().map((name) =>
  scenarioSchema.parse(readJson(join(SCENARIO_DIR, name))),
);

/** Field limits of SCORM 1.2 and 2004, for one decision record; problems as sentences. */
function fieldProblems(index: number, record: ReturnType<typeof decisionsOf>[number]): string[] {
  const problems: string[] = [];
  for (const [element, value] of SCORM12.decision(index, record, 0))
    if (value.length > 255) problems.push(`${element} is ${value.length} characters`);
  for (const [element, value] of SCORM2004.decision(index, record, 0)) {
    if (element.endsWith('.description') && value.length > 250)
      problems.push(`${element} is ${value.length} characters`);
    if (element.endsWith('.learner_response') && !/^[\w\-()+.:=@;$!*'%/#]{1,250}$/.test(value))
      problems.push(`${element} is not a SCORM 2004 short identifier: ${value}`);
  }
  return problems;
}

/**
 * Tens of thousands of runs per scenario: checks collect problems as text and assert once, and
 * a decision record's field limits are checked once per distinct record.
 */
describe('LMS reports over every complete run', () => {
  for (const scenario of scenarios) {
    it(`${scenario.id}: decisions, changes, scores and the SCORM 1.2 field limits`, () => {
      const analysis = analyseScenario(scenario);
      const problems: string[] = [];
      const checkedRecords = new Set<string>();
      for (const run of enumerateRuns(scenario)) {
        const context = contextFromSteps(scenario, run.steps);
        const records = decisionsOf(scenario, context);
        const where = run.steps.join(' > ');
        if (records.length !== run.decisions) problems.push(`${where}: ${records.length} records`);
        const last = records[records.length - 1];
        for (const dimension of DIMENSIONS) {
          const total = records.reduce((sum, record) => sum + record.change[dimension], 0);
          if (total !== run.scores[dimension]) problems.push(`${where}: ${dimension} changes`);
          if ((last?.scoresAfter[dimension] ?? 0) !== run.scores[dimension])
            problems.push(`${where}: ${dimension} running score`);
        }
        records.forEach((record, index) => {
          const key = `${index}|${JSON.stringify(record)}`;
          if (checkedRecords.has(key)) return;
          checkedRecords.add(key);
          problems.push(...fieldProblems(index, record));
        });
        const profile = buildProfile(scenario, analysis, context);
        const competencies = Object.fromEntries(
          DIMENSIONS.map((d) => [d, profile.dimensions[d].normalised]),
        ) as Record<(typeof DIMENSIONS)[number], number | null>;
        const outcome = outcomeOf(competencies, 70);
        const measured = DIMENSIONS.map((d) => competencies[d]).filter(
          (v): v is number => v !== null,
        );
        const mean = Math.round(measured.reduce((a, b) => a + b, 0) / measured.length);
        if (outcome.overall !== mean || outcome.passed !== mean >= 70)
          problems.push(`${where}: overall ${outcome.overall}, expected ${mean}`);
        if (problems.length > 20) break;
      }
      expect(problems).toEqual([]);
    });
  }
});
