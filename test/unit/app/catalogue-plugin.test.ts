import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildCatalogue,
  isScenarioFileName,
} from '../../../scripts/vite/scenario-catalogue-plugin';

function scenario(id: string, title = 'A title') {
  return JSON.stringify({
    formatVersion: 1,
    id,
    title,
    summary: 'Short summary.',
    role: 'Store lead',
    estimatedMinutes: 5,
    tags: ['trust'],
    start: 'end',
    nodes: { end: { kind: 'ending', text: 'Done.', outcome: 'positive' } },
  });
}

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'catalogue-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('scenario catalogue', () => {
  it('skips schema files and the tracks file', () => {
    expect(isScenarioFileName('a.json')).toBe(true);
    expect(isScenarioFileName('scenario.schema.json')).toBe(false);
    expect(isScenarioFileName('tracks.json')).toBe(false);
    expect(isScenarioFileName('notes.md')).toBe(false);
  });

  it('lists valid files and leaves out invalid ones with a note', () => {
    const dir = folder({
      'b.json': scenario('bravo', 'Bravo'),
      'a.json': scenario('alpha', 'Alpha'),
      'broken.json': '{ "formatVersion": 1,',
      'wrong.json': JSON.stringify({ formatVersion: 2 }),
      'twin.json': scenario('alpha', 'Twin'),
      'scenario.schema.json': '{}',
    });
    const catalogue = buildCatalogue(dir);
    expect(catalogue.entries.map((entry) => entry.id)).toEqual(['alpha', 'bravo']);
    expect(catalogue.entries[0]).toMatchObject({
      file: 'a.json',
      title: 'Alpha',
      role: 'Store lead',
      estimatedMinutes: 5,
      tags: ['trust'],
    });
    const notedFiles = catalogue.notes.map((note) => note.file).sort();
    expect(notedFiles).toEqual(['broken.json', 'twin.json', 'wrong.json']);
    expect(catalogue.notes.find((note) => note.file === 'twin.json')?.message).toContain(
      'already used by a.json',
    );
  });

  it('leaves out a file that only the full checker rejects (an unreachable node)', () => {
    const data = JSON.parse(scenario('lonely'));
    data.nodes.orphan = { kind: 'ending', text: 'Never seen.', outcome: 'mixed' };
    const catalogue = buildCatalogue(folder({ 'lonely.json': JSON.stringify(data) }));
    expect(catalogue.entries).toEqual([]);
    expect(catalogue.notes[0]?.message).toContain('nodes.orphan');
  });

  it('keeps only tracks whose scenarios are all listed', () => {
    const tracks = {
      formatVersion: 1,
      tracks: [
        { id: 'complete', title: 'Complete', summary: 'S', scenarios: ['alpha', 'bravo'] },
        { id: 'missing', title: 'Missing', summary: 'S', scenarios: ['alpha', 'zulu'] },
      ],
    };
    const dir = folder({
      'a.json': scenario('alpha'),
      'b.json': scenario('bravo'),
      'tracks.json': JSON.stringify(tracks),
    });
    expect(buildCatalogue(dir).tracks.map((track) => track.id)).toEqual(['complete']);
  });

  it('copes with a missing folder', () => {
    expect(buildCatalogue(join(tmpdir(), 'no-such-folder-here'))).toEqual({
      entries: [],
      tracks: [],
      notes: [],
    });
  });
});
