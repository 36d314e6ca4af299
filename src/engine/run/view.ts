/**
 * What a view shows for the run's current step, built from the scenario and the run's
 * context (or a snapshot of the machine). Views read this, never the machine's state paths.
 */
import type { Scenario, ScenarioNode } from '../scenario/schema';
import { offeredChoices } from '../scenario/rules';
import { nodeById, timeLimitMs } from './steps';
import type { MeterMove, NodeView, RunContext } from './types';

/** Anything carrying a run context: a machine snapshot, or the context itself. */
export type ViewSource = RunContext | { context: RunContext };

function contextOf(source: ViewSource): RunContext {
  return 'context' in source ? source.context : source;
}

function speakerOf(scenario: Scenario, node: ScenarioNode): NodeView['speaker'] {
  if (node.speaker === undefined) return undefined;
  const member = scenario.cast?.[node.speaker];
  return member ? { id: node.speaker, name: member.name, role: member.role } : undefined;
}

function metersOf(scenario: Scenario, context: RunContext): NodeView['meters'] {
  return Object.entries(scenario.meters ?? {}).map(([id, meter]) => {
    const entry: NodeView['meters'][number] = {
      id,
      label: meter.label,
      value: context.meters[id] ?? meter.initial,
    };
    if (meter.min !== undefined) entry.min = meter.min;
    if (meter.max !== undefined) entry.max = meter.max;
    return entry;
  });
}

function choicesOf(node: ScenarioNode, context: RunContext): NodeView['choices'] {
  if (node.kind !== 'decision') return [];
  return offeredChoices(node, context).map((choice, index) => ({
    id: choice.id,
    text: choice.text,
    number: index + 1,
  }));
}

function outcomeTextOf(node: ScenarioNode, context: RunContext): string | undefined {
  if (node.kind !== 'event' || context.drawnOutcome === undefined) return undefined;
  return node.outcomes[context.drawnOutcome]?.text;
}

/** Meter changes as moves a screen can say: labelled, in the scenario's meter order. */
export function meterMoves(
  scenario: Scenario,
  delta: Record<string, number>,
  values: Record<string, number>,
): MeterMove[] {
  return Object.entries(scenario.meters ?? {}).flatMap(([id, meter]) => {
    const change = delta[id];
    if (change === undefined || change === 0) return [];
    return [{ id, label: meter.label, delta: change, value: values[id] ?? meter.initial }];
  });
}

export function selectView(scenario: Scenario, source: ViewSource): NodeView {
  const context = contextOf(source);
  const node = nodeById(scenario, context.nodeId);
  const view: NodeView = {
    nodeId: context.nodeId,
    kind: node.kind,
    text: node.text,
    choices: choicesOf(node, context),
    deadline: context.deadline,
    timeLimitMs: context.deadline === null ? null : timeLimitMs(node, context.timePressure),
    meters: metersOf(scenario, context),
    scores: { ...context.scores },
  };
  if (node.title !== undefined) view.title = node.title;
  const speaker = speakerOf(scenario, node);
  if (speaker) view.speaker = speaker;
  if (node.mood !== undefined) view.mood = node.mood;
  const outcomeText = outcomeTextOf(node, context);
  if (outcomeText !== undefined) view.outcomeText = outcomeText;
  if (node.kind === 'event' && context.drawnMeterDelta) {
    const moves = meterMoves(scenario, context.drawnMeterDelta, context.meters);
    if (moves.length > 0) view.outcomeMeters = moves;
  }
  if (node.kind === 'ending') view.ending = { outcome: node.outcome };
  if (context.lastChange) view.lastChange = context.lastChange;
  return view;
}
