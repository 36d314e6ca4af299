/** Translating the run's NodeView into what the picture shows and says. */
import type { Scenario } from '../engine/scenario/schema';
import type { NodeView } from '../engine/run/types';
import type { StageView } from './stage';

function speakerOf(scenario: Scenario, view: NodeView): StageView['speaker'] {
  if (!view.speaker) return undefined;
  const look = scenario.cast?.[view.speaker.id]?.look;
  return { ...view.speaker, mood: view.mood ?? 'neutral', ...(look ? { look: { ...look } } : {}) };
}

export function stageViewOf(scenario: Scenario, view: NodeView): StageView {
  const speaker = speakerOf(scenario, view);
  return {
    ...(scenario.setting ? { setting: scenario.setting } : {}),
    nodeKind: view.kind,
    ...(speaker ? { speaker } : {}),
    meters: view.meters.map((meter) => ({ ...meter })),
    ...(view.ending ? { outcome: view.ending.outcome } : {}),
  };
}

/** A step that raised the scores overall reads as positive, one that lowered them as negative. */
export function reactionOf(
  change: NonNullable<NodeView['lastChange']>,
): 'positive' | 'negative' | 'neutral' {
  if (change.timedOut) return 'negative';
  const total =
    change.scoreDelta.customerFocus +
    change.scoreDelta.adaptability +
    change.scoreDelta.empowerment;
  if (total > 0) return 'positive';
  if (total < 0) return 'negative';
  return 'neutral';
}

/** The canvas's accessible label: the scene in words, since the picture itself is not readable. */
export function describeScene(scenario: Scenario, view: NodeView): string {
  const place = scenario.setting ? `Scene: ${scenario.setting.replace('-', ' ')}` : 'Scene';
  const who = view.speaker
    ? `, ${view.speaker.name} (${view.speaker.role}) looks ${view.mood ?? 'neutral'}`
    : '';
  const meters = view.meters.map((meter) => `${meter.label} ${meter.value}`).join(', ');
  return `${place}${who}.${meters ? ` Meters: ${meters}.` : ''}`;
}
