/**
 * The scenario library, file by file: valid against the schema, shaped as the brief requires
 * (enough decisions on every path, endings of each kind, a timed decision, a chance event,
 * consequences), honest in its scoring and consistent in its principles.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import {
  scenarioSchema,
  tracksFileSchema,
  type DecisionNode,
  type Scenario,
} from '../../src/engine/scenario/schema';
import { choiceScores } from '../../src/engine/scenario/rules';
import { analyseScenario } from '../../src/authoring/analyse';
import { enumerateRuns, type EnumeratedRun } from '../support/enumerate-runs';
import { conflictingMaxima } from './trade-offs';
import { SCENARIO_DIR, readJson, readPrincipleCatalogue, scenarioFileNames } from './library-files';

const MAX_NODE_TEXT = 450;
const MAX_CHOICE_TEXT = 160;

const fileNames = scenarioFileNames();
const library = fileNames.map((fileName) => {
  const parsed = scenarioSchema.safeParse(readJson(join(SCENARIO_DIR, fileName)));
  return { fileName, parsed, scenario: parsed.success ? parsed.data : undefined };
});
const scenarios = library.flatMap((entry) => (entry.scenario ? [entry.scenario] : []));
const runsById = new Map<string, EnumeratedRun[]>(scenarios.map((s) => [s.id, enumerateRuns(s)]));
const catalogue = readPrincipleCatalogue();

function decisions(scenario: Scenario): Array<[string, DecisionNode]> {
  return Object.entries(scenario.nodes).flatMap(([id, node]) =>
    node.kind === 'decision' ? [[id, node] as [string, DecisionNode]] : [],
  );
}

function total(choice: DecisionNode['choices'][number]): number {
  const scores = choiceScores(choice);
  return scores.customerFocus + scores.adaptability + scores.empowerment;
}

function dominatesOrEquals(
  choice: DecisionNode['choices'][number],
  other: DecisionNode['choices'][number],
): boolean {
  const a = choiceScores(choice);
  const b = choiceScores(other);
  return (
    a.customerFocus >= b.customerFocus &&
    a.adaptability >= b.adaptability &&
    a.empowerment >= b.empowerment
  );
}

function hasCondition(scenario: Scenario): boolean {
  const branchHasWhen = (next: unknown) => Array.isArray(next) && next.some((e) => 'when' in e);
  return Object.values(scenario.nodes).some((node) => {
    if (node.kind === 'narrative') return branchHasWhen(node.next);
    if (node.kind === 'event') return node.outcomes.some((o) => branchHasWhen(o.next));
    if (node.kind === 'decision')
      return node.choices.some((c) => c.when !== undefined || branchHasWhen(c.next));
    return false;
  });
}

/**
 * The scenes (non-ending nodes) each choice at each decision can lead to, over every run: a
 * decision whose choices reach different scenes gives the player a story that changes with
 * what they do, not only an ending chosen by meter thresholds.
 */
function decisionsWithDivergingScenes(scenario: Scenario, runs: EnumeratedRun[]): string[] {
  const scenesByDecision = new Map<string, Map<string, Set<string>>>();
  for (const run of runs) {
    for (const step of run.steps) {
      const [nodeId, choiceId] = step.split(':');
      if (nodeId === undefined || choiceId === undefined) continue;
      const after = run.visited.slice(run.visited.indexOf(nodeId) + 1);
      const scenes = after.filter((id) => scenario.nodes[id]?.kind !== 'ending');
      const byChoice = scenesByDecision.get(nodeId) ?? new Map<string, Set<string>>();
      const seen = byChoice.get(choiceId) ?? new Set<string>();
      for (const id of scenes) seen.add(id);
      byChoice.set(choiceId, seen);
      scenesByDecision.set(nodeId, byChoice);
    }
  }
  const key = (scenes: Set<string>) => [...scenes].sort().join(' ');
  return [...scenesByDecision]
    .filter(([, byChoice]) => new Set([...byChoice.values()].map(key)).size >= 2)
    .map(([nodeId]) => nodeId);
}

describe('scenario library', () => {
  it('has at least 8 scenarios, each in its own setting, with unique ids', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(8);
    const settings = scenarios.map((s) => s.setting);
    expect(settings.every((s) => s !== undefined)).toBe(true);
    expect(new Set(settings).size).toBe(scenarios.length);
    expect(new Set(scenarios.map((s) => s.id)).size).toBe(scenarios.length);
  });

  it('gives every principle id one title and summary, as in docs/principles.md', () => {
    expect(catalogue.size).toBeGreaterThanOrEqual(12);
    for (const scenario of scenarios) {
      for (const [id, principle] of Object.entries(scenario.principles ?? {})) {
        expect(catalogue.get(id), `${scenario.id}: principle ${id}`).toEqual(principle);
      }
    }
  });

  it('puts the longest choice text on the best-scoring choice at fewer than half of decisions', () => {
    const all = scenarios.flatMap((s) => decisions(s).map(([, node]) => node));
    const longestWins = all.filter((node) => {
      const longest = node.choices.reduce((a, b) => (b.text.length > a.text.length ? b : a));
      return node.choices.every((c) => total(longest) >= total(c));
    });
    expect(longestWins.length).toBeLessThan(all.length / 2);
  });

  it('rarely offers an option that is best on every dimension at once', () => {
    // A choice offered unconditionally that matches or beats every other choice on all three
    // dimensions is a decision without a trade-off; a few are fine (some answers are simply
    // right), but the library should make most decisions cost something.
    const noTradeOff = scenarios.flatMap((s) =>
      decisions(s)
        .filter(([, node]) =>
          node.choices.some(
            (choice) =>
              choice.when === undefined &&
              node.choices.every((other) => dominatesOrEquals(choice, other)),
          ),
        )
        .map(([id]) => `${s.id}.${id}`),
    );
    const all = scenarios.flatMap((s) => decisions(s));
    expect(noTradeOff.length, noTradeOff.join(', ')).toBeLessThanOrEqual(all.length / 8);
  });

  it('does not always put the best choice first', () => {
    const all = scenarios.flatMap((s) => decisions(s).map(([, node]) => node));
    const bestFirst = all.filter((node) =>
      node.choices.every((c) => total(node.choices[0]!) >= total(c)),
    );
    expect(bestFirst.length).toBeLessThan(all.length / 2);
  });

  it('makes a real trade-off between dimensions in at least 6 scenarios', () => {
    const withTradeOff = scenarios.filter(
      (s) => conflictingMaxima(runsById.get(s.id) ?? []).length > 0,
    );
    expect(withTradeOff.length).toBeGreaterThanOrEqual(6);
  });
});

describe.each(library)('$fileName', ({ fileName, parsed, scenario }) => {
  it('parses with the scenario schema', () => {
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(fileName).toBe(`${scenario?.id}.json`);
  });
  if (!scenario) return;
  const runs = runsById.get(scenario.id) ?? [];
  const endings = Object.entries(scenario.nodes).filter(([, n]) => n.kind === 'ending');

  it('asks at least 4 decisions on every complete path', () => {
    expect(runs.length).toBeGreaterThan(0);
    expect(Math.min(...runs.map((run) => run.decisions))).toBeGreaterThanOrEqual(4);
    expect(analyseScenario(scenario).minDecisionsOnAnyPath).toBeGreaterThanOrEqual(4);
  });

  it('agrees with the analyser on endings, decision counts and score bounds', () => {
    const analysis = analyseScenario(scenario);
    const reached = new Set(runs.map((run) => run.endingId));
    expect(analysis.endings.filter((e) => e.reachable).map((e) => e.id)).toEqual(
      analysis.endings.map((e) => e.id).filter((id) => reached.has(id)),
    );
    expect(analysis.minDecisionsOnAnyPath).toBe(Math.min(...runs.map((run) => run.decisions)));
    expect(analysis.maxDecisionsOnAnyPath).toBe(Math.max(...runs.map((run) => run.decisions)));
    for (const dimension of ['customerFocus', 'adaptability', 'empowerment'] as const) {
      const values = runs.map((run) => run.scores[dimension]);
      expect(analysis.bounds[dimension]).toEqual({
        min: Math.min(...values),
        max: Math.max(...values),
      });
    }
  });

  it('has at least 3 endings, a positive and a negative among them, all reachable', () => {
    expect(endings.length).toBeGreaterThanOrEqual(3);
    const outcomes = new Set(endings.map(([, n]) => (n.kind === 'ending' ? n.outcome : '')));
    expect(outcomes.has('positive') && outcomes.has('negative')).toBe(true);
    const reached = new Set(runs.map((run) => run.endingId));
    expect([...reached].sort()).toEqual(endings.map(([id]) => id).sort());
  });

  it('reaches every node on some run', () => {
    const visited = new Set(runs.flatMap((run) => run.visited));
    expect(Object.keys(scenario.nodes).filter((id) => !visited.has(id))).toEqual([]);
  });

  it('has a timed decision of 20–45 seconds whose timeout choice exists', () => {
    const timed = decisions(scenario).filter(([, n]) => n.timeLimitSeconds !== undefined);
    expect(timed.length).toBeGreaterThan(0);
    for (const [, node] of timed) {
      expect(node.timeLimitSeconds).toBeGreaterThanOrEqual(20);
      expect(node.timeLimitSeconds).toBeLessThanOrEqual(45);
      expect(node.choices.map((c) => c.id)).toContain(node.timeoutChoice);
    }
  });

  it('has a chance event with at least two weighted outcomes', () => {
    const events = Object.values(scenario.nodes).filter((n) => n.kind === 'event');
    expect(events.some((n) => n.kind === 'event' && n.outcomes.length >= 2)).toBe(true);
  });

  it('lets an earlier choice shape a later one (a `when` or a branch condition)', () => {
    expect(hasCondition(scenario)).toBe(true);
  });

  it('has a decision whose choices lead to different scenes, not only different endings', () => {
    expect(decisionsWithDivergingScenes(scenario, runs).length).toBeGreaterThan(0);
  });

  it('has 2–3 meters and a named cast who speak with a mood', () => {
    const meterCount = Object.keys(scenario.meters ?? {}).length;
    expect(meterCount).toBeGreaterThanOrEqual(2);
    expect(meterCount).toBeLessThanOrEqual(3);
    expect(Object.keys(scenario.cast ?? {}).length).toBeGreaterThanOrEqual(3);
    for (const [id, node] of Object.entries(scenario.nodes)) {
      if (node.speaker === undefined) continue;
      expect(scenario.cast?.[node.speaker], `${id} speaker`).toBeDefined();
      expect(node.mood, `${id} mood`).toBeDefined();
    }
  });

  it('gives every choice feedback and a principle the file defines, and uses every one', () => {
    const used = new Set<string>();
    for (const [id, node] of decisions(scenario)) {
      for (const choice of node.choices) {
        expect(choice.principle, `${id}.${choice.id}`).toBeDefined();
        expect(scenario.principles?.[choice.principle ?? '']).toBeDefined();
        expect(choice.feedback.length).toBeGreaterThanOrEqual(40);
        used.add(choice.principle ?? '');
      }
    }
    expect(Object.keys(scenario.principles ?? {}).sort()).toEqual([...used].sort());
  });

  it('gives every choice a consequence in the story, distinct from its feedback', () => {
    const missing = decisions(scenario).flatMap(([id, node]) =>
      node.choices
        .filter((c) => (c.consequence ?? '').length < 30 || c.consequence === c.feedback)
        .map((c) => `${id}.${c.id}`),
    );
    expect(missing).toEqual([]);
  });

  it('gives every cast member who speaks a look', () => {
    const speakers = new Set(Object.values(scenario.nodes).flatMap((n) => n.speaker ?? []));
    const lookless = [...speakers].filter((id) => scenario.cast?.[id]?.look === undefined);
    expect(lookless).toEqual([]);
  });

  it('keeps text short enough to read on a phone, with choices of similar length', () => {
    for (const [id, node] of Object.entries(scenario.nodes)) {
      expect(node.text.length, `${id} text`).toBeLessThanOrEqual(MAX_NODE_TEXT);
      if (node.kind === 'event') {
        for (const o of node.outcomes)
          expect((o.text ?? '').length).toBeLessThanOrEqual(MAX_NODE_TEXT);
      }
      if (node.kind !== 'decision') continue;
      const lengths = node.choices.map((c) => c.text.length);
      expect(Math.max(...lengths), `${id} choice`).toBeLessThanOrEqual(MAX_CHOICE_TEXT);
      expect(Math.max(...lengths) / Math.min(...lengths), `${id} choice lengths`).toBeLessThan(2.2);
    }
  });

  it('gives every dimension a range to measure and matches its estimated time', () => {
    for (const dimension of ['customerFocus', 'adaptability', 'empowerment'] as const) {
      const values = runs.map((run) => run.scores[dimension]);
      expect(Math.max(...values), dimension).toBeGreaterThan(Math.min(...values));
    }
    expect(scenario.estimatedMinutes).toBeGreaterThanOrEqual(6);
    expect(scenario.estimatedMinutes).toBeLessThanOrEqual(10);
  });
});

describe('tracks.json', () => {
  const parsed = tracksFileSchema.safeParse(readJson(join(SCENARIO_DIR, 'tracks.json')));

  it('parses, has at least 3 tracks with unique ids naming existing scenarios', () => {
    expect(parsed.error?.issues ?? []).toEqual([]);
    const tracks = parsed.data?.tracks ?? [];
    expect(tracks.length).toBeGreaterThanOrEqual(3);
    expect(new Set(tracks.map((t) => t.id)).size).toBe(tracks.length);
    const ids = new Set(scenarios.map((s) => s.id));
    for (const track of tracks) {
      for (const id of track.scenarios) expect(ids.has(id), `${track.id}: ${id}`).toBe(true);
      expect(new Set(track.scenarios).size).toBe(track.scenarios.length);
    }
  });

  it('sizes each track at about 20–30 minutes', () => {
    const minutes = new Map(scenarios.map((s) => [s.id, s.estimatedMinutes ?? 0]));
    for (const track of parsed.data?.tracks ?? []) {
      const sum = track.scenarios.reduce((acc, id) => acc + (minutes.get(id) ?? 0), 0);
      expect(sum, track.id).toBeGreaterThanOrEqual(18);
      expect(sum, track.id).toBeLessThanOrEqual(32);
    }
  });
});
