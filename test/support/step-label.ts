/**
 * The step labels the analyser and the enumerators use — "node", "node:choice", "node#outcome",
 * then the ending id — split against the scenario's own node ids (so an id containing ":" or "#"
 * still parses).
 */
import type { Scenario } from '../../src/engine/scenario/schema';

export interface StepLabel {
  nodeId: string;
  choiceId?: string;
  outcomeIndex?: number;
}

export function parseStepLabel(scenario: Scenario, label: string): StepLabel {
  if (Object.hasOwn(scenario.nodes, label)) return { nodeId: label };
  const hash = label.lastIndexOf('#');
  if (hash > 0 && scenario.nodes[label.slice(0, hash)]?.kind === 'event')
    return { nodeId: label.slice(0, hash), outcomeIndex: Number(label.slice(hash + 1)) };
  const colon = label.indexOf(':');
  if (colon > 0 && scenario.nodes[label.slice(0, colon)]?.kind === 'decision')
    return { nodeId: label.slice(0, colon), choiceId: label.slice(colon + 1) };
  return { nodeId: label };
}
