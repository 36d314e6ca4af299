/**
 * A replayed session as a list of steps a facilitator can walk through, and where two
 * sessions of one scenario part ways. Pure: built from the engine's replay snapshots.
 */
import type { Choice, Scenario } from '../engine/scenario/schema';
import { selectView } from '../engine/run/view';
import type { HistoryEntry, NodeView, RunContext } from '../engine/run/types';
import type { SessionInput } from '../engine/session/types';
import type { CohortEntry } from './types';

export interface ReplayStep {
  index: number;
  /** The run as the participant saw it at this step (before the step's input). */
  context: RunContext;
  view: NodeView;
  /** What the participant did here; absent on the last step (an ending, or an unfinished run). */
  taken?: {
    input: SessionInput;
    history: HistoryEntry;
    /** At a decision: the choice taken and every choice that was offered, in file order. */
    choice?: Choice;
    offered: Choice[];
  };
  /** Practice: here the participant stepped back to the decision before and chose again. */
  steppedBack?: boolean;
}

function offeredAt(scenario: Scenario, history: HistoryEntry): Choice[] {
  const node = scenario.nodes[history.nodeId];
  if (node?.kind !== 'decision') return [];
  const ids = history.offered;
  return ids ? node.choices.filter((choice) => ids.includes(choice.id)) : node.choices;
}

export function replaySteps(
  entry: Pick<CohortEntry, 'scenario' | 'snapshots' | 'log'>,
): ReplayStep[] {
  const { scenario, snapshots, log } = entry;
  return snapshots.map((context, index) => {
    const step: ReplayStep = { index, context, view: selectView(scenario, context) };
    const input = log.inputs[index];
    const after = snapshots[index + 1];
    const history = after?.history[context.history.length];
    if (input?.type === 'back') step.steppedBack = true;
    else if (input && history) {
      const offered = offeredAt(scenario, history);
      const choice = offered.find((candidate) => candidate.id === history.choiceId);
      step.taken = { input, history, offered, ...(choice ? { choice } : {}) };
    }
    return step;
  });
}

/** Steps at decisions, for "jump to a decision". */
export function decisionSteps(steps: readonly ReplayStep[]): ReplayStep[] {
  return steps.filter((step) => step.view.kind === 'decision');
}

function sameStep(a: ReplayStep | undefined, b: ReplayStep | undefined): boolean {
  if (!a || !b) return false;
  if (a.context.nodeId !== b.context.nodeId) return false;
  const left = a.taken?.history;
  const right = b.taken?.history;
  if (!left || !right) return !left && !right;
  return left.choiceId === right.choiceId && left.outcomeIndex === right.outcomeIndex;
}

/**
 * Index of the first step where the two sessions differ (a different node, or a different
 * choice at the same node); null when they follow the same path all the way.
 */
export function divergenceIndex(
  left: readonly ReplayStep[],
  right: readonly ReplayStep[],
): number | null {
  const length = Math.max(left.length, right.length);
  for (let index = 0; index < length; index += 1) {
    if (!sameStep(left[index], right[index])) return index;
  }
  return null;
}
