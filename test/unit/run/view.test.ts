import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { compileScenario, type RunSnapshot } from '../../../src/engine/run/compile';
import type { RunEvent } from '../../../src/engine/run/types';
import { selectView } from '../../../src/engine/run/view';
import { refundScenario } from './fixtures';

const scenario = refundScenario();
const machine = compileScenario(scenario);

function play(...events: RunEvent[]): RunSnapshot {
  const [first] = initialTransition(machine, { seed: 3, timePressure: 'double' });
  return events.reduce((snapshot, event) => transition(machine, snapshot, event)[0], first);
}

describe('selectView', () => {
  it('shows a narrative node with its speaker, title, mood and meters', () => {
    const view = selectView(scenario, play());
    expect(view).toEqual({
      nodeId: 'intro',
      kind: 'narrative',
      title: 'Monday',
      text: 'A customer waits.',
      speaker: { id: 'dana', name: 'Dana', role: 'Frontline agent' },
      mood: 'worried',
      choices: [],
      deadline: null,
      timeLimitMs: null,
      meters: [
        { id: 'trust', label: 'Customer trust', value: 50, min: 0, max: 100 },
        { id: 'morale', label: 'Team morale', value: 60, min: 0, max: 100 },
      ],
      scores: { customerFocus: 0, adaptability: 0, empowerment: 0 },
    });
  });

  it('numbers only the offered choices, in file order', () => {
    const view = selectView(scenario, play({ type: 'player.continue', at: 0 }));
    expect(view.choices).toEqual([
      { id: 'use-budget', text: 'Use your budget.', number: 1 },
      { id: 'refer-up', text: 'Refer it up.', number: 2 },
    ]);
  });

  it('gives a timed decision its deadline and the limit after time pressure', () => {
    const snapshot = play(
      { type: 'player.continue', at: 1000 },
      { type: 'player.choose', choiceId: 'refer-up', at: 3000 },
    );
    const view = selectView(scenario, snapshot);
    expect(view.deadline).toBe(23_000);
    expect(view.timeLimitMs).toBe(20_000);
    expect(view.lastChange).toEqual({
      scoreDelta: { customerFocus: -2, adaptability: 0, empowerment: -3 },
      meterDelta: { trust: -10, morale: -60 },
      timedOut: false,
    });
    // A context works as well as a snapshot.
    expect(selectView(scenario, snapshot.context)).toEqual(view);
  });

  it('shows the drawn outcome text at an event and the outcome at an ending', () => {
    const atEvent = play(
      { type: 'player.continue', at: 0 },
      { type: 'player.choose', choiceId: 'use-budget', at: 0 },
    );
    const eventView = selectView(scenario, atEvent);
    expect(eventView.kind).toBe('event');
    const outcomes =
      scenario.nodes.surprise?.kind === 'event' ? scenario.nodes.surprise.outcomes : [];
    expect(eventView.outcomeText).toBe(outcomes[atEvent.context.drawnOutcome ?? -1]?.text);
    const ended = transition(machine, atEvent, { type: 'player.continue', at: 10 })[0];
    const endView = selectView(scenario, ended);
    expect(endView.kind).toBe('ending');
    expect(endView.ending).toEqual({ outcome: ended.context.endingOutcome });
    expect(endView.choices).toEqual([]);
  });
});
