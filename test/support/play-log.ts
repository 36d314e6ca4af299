/**
 * Plays a scenario through the real run machine (pure XState transitions, chance drawn by the
 * seed) and returns the session log, the way the game records it. `pick` chooses at each
 * decision: an index into the offered choices, or 'timeout' to let a timed decision run out.
 */
import { initialTransition, transition } from 'xstate';
import type { Choice, Scenario } from '../../src/engine/scenario/schema';
import { offeredChoices } from '../../src/engine/scenario/rules';
import { machineFor } from '../../src/engine/run/compile';
import { createSessionLog } from '../../src/engine/session/log';
import { inputToEvent, sessionResult } from '../../src/engine/session/replay';
import type { SessionInput, SessionLog } from '../../src/engine/session/types';

export type Pick = (offered: Choice[], turn: number) => number | 'timeout';

export function playLog(scenario: Scenario, seed: number, pick: Pick): SessionLog {
  const log = createSessionLog(scenario, {
    seed,
    startedAt: '2026-01-01T00:00:00.000Z',
    timePressure: 'normal',
  });
  const machine = machineFor(scenario);
  let [snapshot] = initialTransition(machine, { seed, timePressure: 'normal' });
  for (let turn = 0; turn < 500; turn += 1) {
    if (snapshot.status === 'done') {
      const result = sessionResult(snapshot.context);
      if (result) log.result = result;
      return log;
    }
    const context = snapshot.context;
    const node = scenario.nodes[context.nodeId];
    const at = context.now + 100;
    let input: SessionInput = { type: 'continue', at };
    if (node?.kind === 'decision') {
      const offered = offeredChoices(node, context);
      const chosen = pick(offered, turn);
      if (chosen === 'timeout' && context.deadline !== null)
        input = { type: 'timeout', at: context.deadline };
      else {
        const index = chosen === 'timeout' ? 0 : chosen;
        input = { type: 'choose', choiceId: offered[index % offered.length]!.id, at };
      }
    }
    log.inputs.push(input);
    [snapshot] = transition(machine, snapshot, inputToEvent(input));
  }
  throw new Error('the run did not end');
}
