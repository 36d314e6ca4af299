/** The authors' guide shows files that really are valid. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkLibrary, checkScenarioText, formatProblem } from '../../../src/authoring/check/index';

const guide = readFileSync(
  fileURLToPath(new URL('../../../docs/scenario-format.md', import.meta.url)),
  'utf8',
);

/** The first ```json block after an HTML comment marker such as `<!-- complete-example -->`. */
function exampleAfter(marker: string): string {
  const start = guide.indexOf(`<!-- ${marker} -->`);
  expect(start, `marker ${marker}`).toBeGreaterThanOrEqual(0);
  const match = /```json\n([\s\S]*?)\n```/.exec(guide.slice(start));
  expect(match, `json block after ${marker}`).not.toBeNull();
  return match?.[1] ?? '';
}

describe('docs/scenario-format.md', () => {
  it('has a complete example scenario that passes the checker', () => {
    const result = checkScenarioText('late-parcel.json', exampleAfter('complete-example'));
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.scenario?.id).toBe('late-parcel');
  });

  it('has a tracks example that is valid next to the scenarios it names', () => {
    const example = exampleAfter('complete-example');
    const other = example.replace('"id": "late-parcel"', '"id": "refund-at-the-counter"');
    const result = checkLibrary([
      { name: 'late-parcel.json', text: example },
      { name: 'refund-at-the-counter.json', text: other },
      { name: 'tracks.json', text: exampleAfter('tracks-example') },
    ]);
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.tracks?.tracks[0]?.scenarios).toEqual(['late-parcel', 'refund-at-the-counter']);
  });
});
