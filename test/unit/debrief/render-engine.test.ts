// @vitest-environment happy-dom
/**
 * The debrief fed by the real engine: a session log replayed, profiled and analysed exactly as
 * the app does it, then the numbers on screen checked against that profile; and a track.
 */
import { describe, expect, it } from 'vitest';
import { renderDebrief, renderTrackDebrief } from '../../../src/ui/debrief/index';
import { analyseScenario } from '../../../src/authoring/analyse';
import { buildProfile, combineProfiles } from '../../../src/engine/profile/build-profile';
import { createSessionLog } from '../../../src/engine/session/log';
import { replay, sessionResult } from '../../../src/engine/session/replay';
import { DIMENSIONS, type Scenario } from '../../../src/engine/scenario/schema';
import type { SessionLog } from '../../../src/engine/session/types';
import type { Profile } from '../../../src/engine/profile/types';
import { scenario } from './fixtures';
import { join } from 'node:path';
import { tracksFileSchema } from '../../../src/engine/scenario/schema';
import { profileOfLog } from '../../../src/engine/profile/profile-of-log';
import { trackPattern } from '../../../src/engine/profile/track-pattern';
import { DIMENSION_NAMES } from '../../../src/engine/profile/archetypes';
import { SCENARIO_DIR, readJson } from '../../scenarios/library-files';
import { libraryScenarios } from '../profile/truth-scenarios';
import { playLog } from '../../support/play-log';

function play(target: Scenario, choiceId: string): { log: SessionLog; profile: Profile } {
  const log = createSessionLog(target, {
    seed: 7,
    startedAt: '2025-05-01T10:00:00.000Z',
    timePressure: 'normal',
  });
  log.inputs.push({ type: 'choose', choiceId, at: 3_000 });
  const replayed = replay(target, log);
  if (!replayed.ok) throw new Error(replayed.message);
  const result = sessionResult(replayed.final);
  if (result) log.result = result;
  return { log, profile: buildProfile(target, analyseScenario(target), replayed.final) };
}

function scoreCells(root: HTMLElement, caption: string): string[] {
  const table = [...root.querySelectorAll('table')].find(
    (candidate) => candidate.caption?.textContent === caption,
  );
  return [...(table?.querySelectorAll('tbody tr td:first-of-type') ?? [])].map(
    (cell) => cell.textContent ?? '',
  );
}

const expectedCells = (dimensions: Record<string, number | null>) =>
  DIMENSIONS.map((dimension) => {
    const value = dimensions[dimension];
    return value === null || value === undefined ? 'not measured' : String(value);
  });

describe('debrief from the engine', () => {
  it('shows the numbers of the profile the engine builds for the session', () => {
    const { log, profile } = play(scenario, 'escalate');
    const root = document.createElement('div');
    renderDebrief(root, {
      scenario,
      scoring: analyseScenario(scenario),
      profile,
      log,
      earlier: [],
    });
    const normalised = Object.fromEntries(
      DIMENSIONS.map((d) => [d, profile.dimensions[d].normalised]),
    );
    expect(scoreCells(root, 'Your scores')).toEqual(expectedCells(normalised));
    expect(scoreCells(root, 'Your scores')).toEqual(['0', 'not measured', '0']);
    expect(root.textContent).toContain('Tell Dana to solve it with her budget.');
  });

  it('renders a track: combined scores, then one part per scenario', () => {
    const second: Scenario = { ...scenario, id: 'second-counter', title: 'The Second Counter' };
    const first = play(scenario, 'use-budget');
    const other = play(second, 'escalate');
    const root = document.createElement('div');
    renderTrackDebrief(root, {
      track: {
        id: 'counter-track',
        title: 'Counter track',
        summary: 'Two counters.',
        scenarios: [scenario.id, second.id],
      },
      parts: [
        { scenario, scoring: analyseScenario(scenario), ...first },
        { scenario: second, scoring: analyseScenario(second), ...other },
      ],
    });
    const combined = combineProfiles([first.profile, other.profile]);
    expect(scoreCells(root, 'Your scores across the track')).toEqual(
      expectedCells(combined.dimensions),
    );
    expect(scoreCells(root, 'Your scores across the track')).toEqual(['50', 'not measured', '50']);
    const partHeadings = [...root.querySelectorAll('h2')].map((heading) => heading.textContent);
    expect(partHeadings).toContain('Part 1: The Refund at the Counter');
    expect(partHeadings).toContain('Part 2: The Second Counter');
    expect(scoreCells(root, 'Scores in part 2')).toEqual(['0', 'not measured', '0']);
    const names = [...root.querySelectorAll('button')].map((button) => button.textContent);
    expect(names).toEqual(
      expect.arrayContaining([
        'Print report',
        'Part 1: Show result code',
        'Part 2: Download session file',
      ]),
    );
  });

  it('renders a track from stored logs, scenarios and scoring alone, with its pattern', () => {
    const library = libraryScenarios();
    const track = tracksFileSchema.parse(readJson(join(SCENARIO_DIR, 'tracks.json'))).tracks[0]!;
    const parts = track.scenarios.map((id, index) => {
      const scenario = library.find((candidate) => candidate.id === id)!;
      // Strong in the first part, weaker after: a pattern with a spread to read.
      const log = playLog(scenario, index + 1, (offered) => (index === 0 ? offered.length - 1 : 0));
      return { scenario, scoring: analyseScenario(scenario), log };
    });
    const broken = {
      ...parts[0]!,
      log: { ...parts[0]!.log, inputs: parts[0]!.log.inputs.slice(0, 1) },
    };
    delete broken.log.result;
    const root = document.createElement('div');
    renderTrackDebrief(root, { track, parts: [...parts, broken] });
    const profiles = parts.map((part) => {
      const replayed = profileOfLog(part.scenario, part.scoring, part.log);
      if (!replayed.ok || !replayed.profile) throw new Error('the part did not replay');
      return replayed.profile;
    });
    const pattern = trackPattern(profiles);
    const section = root.querySelector('[aria-labelledby="track-pattern-heading"]');
    const text = section?.textContent ?? '';
    const strongest = pattern.dimensions.find(
      (line) => line.dimension === pattern.strongest?.dimension,
    )!;
    if (pattern.standsOut)
      expect(text).toContain(
        `Strongest: ${DIMENSION_NAMES[strongest.dimension]}, ${strongest.mean} on average`,
      );
    else expect(text).toContain('No dimension stood out on average');
    if (pattern.spread !== null)
      expect(text).toContain(`were ${pattern.spread} points apart on average`);
    expect(text).toMatch(/Habit(, in \d of \d scenarios:| ?: no single habit)/);
    const spreads = [...(section?.querySelectorAll('tbody tr') ?? [])].map(
      (row) => row.lastElementChild?.textContent,
    );
    expect(spreads).toEqual(
      pattern.dimensions.map((line) => (line.spread === null ? '—' : String(line.spread))),
    );
    expect(scoreCells(root, 'Your scores across the track')).toEqual(
      expectedCells(combineProfiles(profiles).dimensions),
    );
    // The part whose log stops early is named, not dropped in silence; the others are all there.
    expect(root.textContent).toContain(
      `“${parts[0]!.scenario.title}” is left out: its run did not reach an ending.`,
    );
    const headings = [...root.querySelectorAll('h2')].map((heading) => heading.textContent);
    expect(headings.filter((heading) => heading?.startsWith('Part '))).toHaveLength(parts.length);
  });
});
