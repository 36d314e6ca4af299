/**
 * Why a run reached its ending, from its history and the scenario's rules: each branch list
 * along the path judged again (every condition leaf with its real value and threshold), the
 * steps that moved the meters and set the flags those conditions read, the route choices, and
 * the single-change what-ifs (what-if.ts).
 */
import type { Condition, EndingOutcome, Next, Scenario } from '../scenario/schema';
import { evaluateCondition, initialWorld, type WorldState } from '../scenario/rules';
import type { HistoryEntry } from '../run/types';
import type {
  BranchEntryCheck,
  ConditionCheck,
  EndingStory,
  FlagReading,
  Gate,
  MeterReading,
  Move,
} from './ending-story-types';
import { conditionReads, isBranchList, settle, walkHistory, type WalkedStep } from './run-walk';
import { routeSteps, whatIfs } from './what-if';

/** The condition judged leaf by leaf; each `holds` is the rules' own verdict. */
export function checkCondition(condition: Condition, world: WorldState): ConditionCheck {
  const holds = evaluateCondition(condition, world);
  if ('all' in condition)
    return { kind: 'all', parts: condition.all.map((c) => checkCondition(c, world)), holds };
  if ('any' in condition)
    return { kind: 'any', parts: condition.any.map((c) => checkCondition(c, world)), holds };
  if ('flag' in condition || 'notFlag' in condition) {
    const flag = 'flag' in condition ? condition.flag : condition.notFlag;
    return {
      kind: 'flag',
      flag,
      expected: 'flag' in condition,
      actual: world.flags[flag] === true,
      holds,
    };
  }
  const actual = world.meters[condition.meter] ?? 0;
  const op = 'gte' in condition ? 'gte' : 'lte';
  const threshold = 'gte' in condition ? condition.gte : condition.lte;
  const gap = holds ? 0 : Math.abs(threshold - actual);
  return { kind: 'meter', meter: condition.meter, op, threshold, actual, holds, gap };
}

function outcomeOf(scenario: Scenario, endingId: string | undefined): EndingOutcome | undefined {
  const node = endingId === undefined ? undefined : scenario.nodes[endingId];
  return node?.kind === 'ending' ? node.outcome : undefined;
}

function entryChecks(
  scenario: Scenario,
  branches: Exclude<Next, string>,
  world: WorldState,
): { entries: BranchEntryCheck[]; taken: number } {
  let taken = -1;
  const entries = branches.map((branch, index): BranchEntryCheck => {
    const holds = branch.when === undefined || evaluateCondition(branch.when, world);
    if (holds && taken < 0) taken = index;
    const check: BranchEntryCheck = {
      index,
      to: branch.next,
      holds,
      judged: taken < 0 || taken === index,
    };
    if (branch.when) check.when = checkCondition(branch.when, world);
    const endingId = settle(scenario, branch.next, world);
    const outcome = outcomeOf(scenario, endingId);
    if (endingId !== undefined && outcome) check.ending = { id: endingId, outcome };
    return check;
  });
  return { entries, taken };
}

/** The meter moves (clamped changes) and flag sets of one walked step. */
function movesOf(step: WalkedStep): {
  meters: Array<{ meter: string; move: Move }>;
  flags: Array<{ flag: string; move: Move }>;
} {
  const base: Move = {
    step: step.index,
    kind: step.node.kind === 'decision' ? 'decision' : 'event',
    nodeId: step.entry.nodeId,
  };
  if (step.entry.choiceId !== undefined) base.choiceId = step.entry.choiceId;
  if (step.entry.outcomeIndex !== undefined) base.outcomeIndex = step.entry.outcomeIndex;
  const meters = Object.entries(step.after.meters).flatMap(([meter, value]) => {
    const delta = value - (step.before.meters[meter] ?? value);
    return delta === 0 ? [] : [{ meter, move: { ...base, delta } }];
  });
  const flags = Object.entries(step.effect?.set ?? {}).map(([flag, set]) => ({
    flag,
    move: { ...base, set },
  }));
  return { meters, flags };
}

/** The meters and flags a branch reads, as they stood after step `upTo`, with their moves. */
function readings(
  steps: WalkedStep[],
  upTo: WalkedStep,
  reads: { meters: string[]; flags: string[] },
  initial: WorldState,
): { meters: MeterReading[]; flags: FlagReading[] } {
  const moves = steps.filter((step) => step.index <= upTo.index).map(movesOf);
  const meters = reads.meters.map((meter) => ({
    meter,
    initial: initial.meters[meter] ?? 0,
    value: upTo.after.meters[meter] ?? 0,
    moves: moves.flatMap((m) => m.meters.filter((e) => e.meter === meter).map((e) => e.move)),
  }));
  const flags = reads.flags.map((flag) => ({
    flag,
    value: upTo.after.flags[flag] === true,
    setBy: moves.flatMap((m) => m.flags.filter((e) => e.flag === flag).map((e) => e.move)),
  }));
  return { meters, flags };
}

function gatesOf(
  scenario: Scenario,
  steps: WalkedStep[],
  endingId: string,
  initial: WorldState,
): Gate[] {
  const gates: Gate[] = [];
  steps.forEach((step, position) => {
    if (!isBranchList(step.next)) return;
    const { entries, taken } = entryChecks(scenario, step.next, step.after);
    const reads = { meters: [] as string[], flags: [] as string[] };
    for (const branch of step.next) if (branch.when) conditionReads(branch.when, reads);
    gates.push({
      step: step.index,
      nodeId: step.entry.nodeId,
      taken,
      to: steps[position + 1]?.entry.nodeId ?? endingId,
      entries,
      ...readings(steps, step, reads, initial),
    });
  });
  return gates;
}

/** Why the run whose history this is reached `endingId`. */
export function endingStory(
  scenario: Scenario,
  history: HistoryEntry[],
  endingId: string,
): EndingStory {
  const steps = walkHistory(scenario, history);
  const initial = initialWorld(scenario);
  const gates = gatesOf(scenario, steps, endingId, initial);
  const final = steps[steps.length - 1]?.after ?? initial;
  const deciding = gates[gates.length - 1];
  return {
    endingId,
    outcome: outcomeOf(scenario, endingId) ?? 'mixed',
    gates,
    routeSteps: routeSteps(scenario, steps),
    whatIfs: whatIfs(scenario, steps, endingId, deciding),
    final: { meters: { ...final.meters }, flags: { ...final.flags } },
  };
}
