/** The picture is told how the scenario describes the speaker, so the portrait can honour it. */
import { describe, expect, it } from 'vitest';
import { stageViewOf } from '../../../src/services/stage-view';
import type { NodeView } from '../../../src/engine/run/types';
import { scenarioSchema } from '../../../src/engine/scenario/schema';

const scenario = scenarioSchema.parse({
  formatVersion: 1,
  id: 'looks',
  title: 'Looks',
  summary: 'Two speakers, one described.',
  role: 'Lead',
  cast: {
    tunde: {
      name: 'Tunde',
      role: 'Café owner',
      look: { age: 'middle-aged', skin: 'dark', clothing: 'apron', pose: 'arms-crossed' },
    },
    sam: { name: 'Sam', role: 'Agent' },
  },
  start: 'a',
  nodes: { a: { kind: 'ending', outcome: 'positive', text: 'Done.' } },
});

function viewWith(speaker: NodeView['speaker']): NodeView {
  return {
    nodeId: 'a',
    kind: 'narrative',
    text: 'Hello.',
    ...(speaker ? { speaker } : {}),
    mood: 'happy',
    choices: [],
    deadline: null,
    timeLimitMs: null,
    meters: [],
    scores: { customerFocus: 0, adaptability: 0, empowerment: 0 },
  };
}

describe('stageViewOf', () => {
  it("passes the speaker's look from the cast to the picture", () => {
    const view = stageViewOf(
      scenario,
      viewWith({ id: 'tunde', name: 'Tunde', role: 'Café owner' }),
    );
    expect(view.speaker).toEqual({
      id: 'tunde',
      name: 'Tunde',
      role: 'Café owner',
      mood: 'happy',
      look: { age: 'middle-aged', skin: 'dark', clothing: 'apron', pose: 'arms-crossed' },
    });
  });

  it('sends no look for a speaker the scenario does not describe, and no speaker for narration', () => {
    const view = stageViewOf(scenario, viewWith({ id: 'sam', name: 'Sam', role: 'Agent' }));
    expect(view.speaker).toEqual({ id: 'sam', name: 'Sam', role: 'Agent', mood: 'happy' });
    expect(stageViewOf(scenario, viewWith(undefined)).speaker).toBeUndefined();
  });

  it('hands the picture a copy, so the picture cannot change the scenario', () => {
    const view = stageViewOf(
      scenario,
      viewWith({ id: 'tunde', name: 'Tunde', role: 'Café owner' }),
    );
    expect(view.speaker?.look).not.toBe(scenario.cast?.tunde?.look);
  });
});
