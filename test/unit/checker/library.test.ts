/** Rules that span files: one id per scenario across the library, and tracks.json. */
import { describe, expect, it } from 'vitest';
import { checkLibrary, formatProblem } from '../../../src/authoring/check/index';
import { fixtureBytes } from './fixtures';

describe('checkLibrary', () => {
  it('accepts a valid library with its tracks file', () => {
    const result = checkLibrary([
      { name: 'library/valid.json', text: fixtureBytes('library/valid.json') },
      { name: 'library/second.json', text: fixtureBytes('library/second.json') },
      { name: 'library/tracks.json', text: fixtureBytes('library/tracks.json') },
    ]);
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.scenarios.map((entry) => entry.scenario.id)).toEqual([
      'checker-valid',
      'checker-second',
    ]);
    expect(result.tracks?.tracks[0]?.id).toBe('starter');
  });

  it('reports an id used by two files on the second file', () => {
    const result = checkLibrary([
      { name: 'a.json', text: fixtureBytes('valid.json') },
      { name: 'b.json', text: fixtureBytes('valid.json') },
    ]);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      {
        file: 'b.json',
        path: 'id',
        message: expect.stringContaining('"checker-valid" is already used by a.json'),
      },
    ]);
    expect(result.scenarios.map((entry) => entry.file)).toEqual(['a.json']);
  });

  it('reports a track naming a scenario no file declares', () => {
    const result = checkLibrary([
      { name: 'valid.json', text: fixtureBytes('valid.json') },
      {
        name: 'tracks-unknown-scenario/tracks.json',
        text: fixtureBytes('tracks-unknown-scenario/tracks.json'),
      },
    ]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({
      file: 'tracks-unknown-scenario/tracks.json',
      path: 'tracks[0].scenarios[1]',
    });
    expect(result.problems[0]?.message).toContain('did you mean "checker-valid"?');
  });

  it('validates tracks.json against its schema', () => {
    const result = checkLibrary([
      { name: 'valid.json', text: fixtureBytes('valid.json') },
      { name: 'tracks-invalid/tracks.json', text: fixtureBytes('tracks-invalid/tracks.json') },
    ]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.path).toBe('tracks[0].scenarios');
    expect(result.problems[0]?.message).toContain('2 to 4 scenarios');
    expect(result.tracks).toBeUndefined();
  });

  it("counts an invalid scenario's id as taken, so tracks do not call it unknown", () => {
    const result = checkLibrary([
      { name: 'broken.json', text: fixtureBytes('cycle.json') },
      { name: 'second.json', text: fixtureBytes('library/second.json') },
      { name: 'tracks.json', text: fixtureBytes('library/tracks.json') },
    ]);
    expect(result.problems.map((problem) => problem.file)).toEqual(['broken.json']);
  });

  it('reports an unreadable tracks file with a sentence', () => {
    const result = checkLibrary([
      { name: 'tracks.json', text: '{"formatVersion": 1, "tracks": [}' },
    ]);
    expect(result.problems[0]?.message).toMatch(/^line 1, column 33: /);
  });
});
