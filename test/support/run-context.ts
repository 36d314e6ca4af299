/**
 * RunContext values built by hand from a list of steps (the analyser's step labels), so the
 * profile can be tested without the run machine. Effects and offered choices come from the
 * shared rules, like a real run.
 */
import type { Scenario } from '../../src/engine/scenario/schema';
import {
  addScores,
  applyEffects,
  choiceScores,
  initialWorld,
  offeredChoices,
  zeroScores,
} from '../../src/engine/scenario/rules';
import type { HistoryEntry, RunContext } from '../../src/engine/run/types';
import { parseStepLabel } from './step-label';

export interface StepTiming {
  msTaken?: number;
  timedOut?: boolean;
}

/** The context of a run that followed `steps` (the last one being where it stands now). */
export function contextFromSteps(
  scenario: Scenario,
  steps: string[],
  timings: StepTiming[] = [],
): RunContext {
  let world = initialWorld(scenario);
  let scores = zeroScores();
  const history: HistoryEntry[] = [];
  steps.slice(0, -1).forEach((step, index) => {
    const { nodeId, choiceId, outcomeIndex } = parseStepLabel(scenario, step);
    const node = scenario.nodes[nodeId];
    const timing = {
      msTaken: timings[index]?.msTaken ?? 1000,
      timedOut: timings[index]?.timedOut ?? false,
    };
    if (node?.kind === 'decision') {
      const chosen = node.choices.find((candidate) => candidate.id === choiceId);
      if (!chosen) throw new Error(`no choice ${step}`);
      const offered = offeredChoices(node, world).map((candidate) => candidate.id);
      history.push({ nodeId, kind: 'decision', choiceId: chosen.id, offered, ...timing });
      scores = addScores(scores, choiceScores(chosen));
      world = applyEffects(scenario, world, chosen);
    } else if (node?.kind === 'event') {
      const outcome = node.outcomes[outcomeIndex ?? -1];
      if (!outcome) throw new Error(`no outcome ${step}`);
      history.push({ nodeId, kind: 'event', outcomeIndex, ...timing });
      world = applyEffects(scenario, world, outcome);
    } else {
      history.push({ nodeId, kind: 'narrative', ...timing });
    }
  });
  return {
    scenarioId: scenario.id,
    nodeId: steps[steps.length - 1] ?? scenario.start,
    scores,
    meters: world.meters,
    flags: world.flags,
    history,
    seed: 1,
    rngState: 1,
    timePressure: 'normal',
    enteredAt: 0,
    deadline: null,
    now: 0,
  };
}
