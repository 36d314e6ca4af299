import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSessionLog } from '../../../src/engine/session/log';
import { encodeResultCode } from '../../../src/engine/session/result-code';
import type { SessionLog } from '../../../src/engine/session/types';
import type { Scenario } from '../../../src/engine/scenario/schema';
import { ALIAS_MAX_LENGTH } from '../../../src/services/settings';
import {
  MAX_CODE_CHARACTERS,
  MAX_SESSION_FILE_BYTES,
  MAX_WORKSHOP_FILE_BYTES,
  sizeText,
  tooLargeReason,
} from '../../../src/facilitator/limits';
import { enumerateRuns } from '../../support/enumerate-runs';
import { libraryScenario } from '../../fixtures/facilitator/fixture';

const libraryFiles = readdirSync(join(process.cwd(), 'scenarios')).filter(
  (name) => name.endsWith('.json') && !name.endsWith('.schema.json') && name !== 'tracks.json',
);

/**
 * The largest session a scenario can produce: its longest run (every run enumerated), a full
 * alias, times in the millions of milliseconds, and a room's votes (999 per choice) at every
 * decision; written as the debrief writes it (indented JSON).
 */
function largestSession(scenario: Scenario): SessionLog {
  const longest = enumerateRuns(scenario).reduce((a, b) =>
    b.steps.length > a.steps.length ? b : a,
  );
  const log = createSessionLog(scenario, {
    seed: 2_147_483_647,
    startedAt: '2026-12-01T09:42:17.123Z',
    timePressure: 'double',
    alias: 'W'.repeat(ALIAS_MAX_LENGTH),
  });
  const votes: Array<Record<string, number>> = [];
  let at = 0;
  for (const step of longest.steps.slice(0, -1)) {
    at += 99_999.9999;
    const [nodeId, choiceId] = step.split(':');
    const node = scenario.nodes[nodeId!];
    if (choiceId && node?.kind === 'decision') {
      log.inputs.push({ type: 'choose', choiceId, at });
      votes.push(Object.fromEntries(node.choices.map((choice) => [choice.id, 999])));
    } else log.inputs.push({ type: 'continue', at });
  }
  log.result = {
    endingId: longest.endingId,
    outcome: 'negative',
    rawScores: { customerFocus: -99, adaptability: -99, empowerment: -99 },
  };
  log.roomVotes = votes;
  return log;
}

describe('size limits', () => {
  const largest = libraryFiles.map((file) => {
    const log = largestSession(libraryScenario(file));
    return {
      file,
      bytes: new TextEncoder().encode(`${JSON.stringify(log, null, 2)}\n`).length,
      code: encodeResultCode(log).length,
    };
  });
  const bytes = Math.max(...largest.map((item) => item.bytes));
  const code = Math.max(...largest.map((item) => item.code));

  it('sit at least 100 times above the largest real session of the library', () => {
    console.log(
      `largest real session: ${sizeText(bytes)} file, ${code}-character code; limits: ${sizeText(MAX_SESSION_FILE_BYTES)} file, ${MAX_CODE_CHARACTERS} characters`,
    );
    expect(bytes).toBeLessThan(4 * 1024);
    expect(MAX_SESSION_FILE_BYTES).toBeGreaterThanOrEqual(100 * bytes);
    expect(MAX_CODE_CHARACTERS).toBeGreaterThanOrEqual(100 * code);
    expect(MAX_WORKSHOP_FILE_BYTES).toBeGreaterThanOrEqual(5_000 * bytes);
  });

  it('are said in words', () => {
    expect(sizeText(1_800)).toBe('1.8 KB');
    expect(sizeText(MAX_SESSION_FILE_BYTES)).toBe('256 KB');
    expect(sizeText(30 * 1024 * 1024)).toBe('30 MB');
    expect(tooLargeReason('a session file', 30 * 1024 * 1024, MAX_SESSION_FILE_BYTES)).toBe(
      'This file is 30 MB, over the 256 KB limit for a session file, so it was not read. A real session file is about 2 KB: check that this is the file you meant.',
    );
  });
});
