/** Translating the run's NodeView into what the picture shows and says. */
import type { Scenario } from '../engine/scenario/schema';
import type { NodeView } from '../engine/run/types';
import type { Mood } from '../engine/scenario/schema';
import type { PlayMode } from '../engine/session/types';
import type { StageView } from './stage';

/** An ending without a mood of its own still shows its tone on the speaker's face. */
const ENDING_MOOD: Record<NonNullable<NodeView['ending']>['outcome'], Mood> = {
  positive: 'happy',
  mixed: 'thoughtful',
  negative: 'worried',
};

function speakerOf(scenario: Scenario, view: NodeView): StageView['speaker'] {
  if (!view.speaker) return undefined;
  const look = scenario.cast?.[view.speaker.id]?.look;
  const mood = view.mood ?? (view.ending ? ENDING_MOOD[view.ending.outcome] : 'neutral');
  return { ...view.speaker, mood, ...(look ? { look: { ...look } } : {}) };
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

/**
 * Practice: a step that raised the scores overall reads as positive, one that lowered them as
 * negative. Assessment never lets the picture or its sounds give away how a choice was scored:
 * only a timeout (which the screen says anyway) gets a reaction.
 */
export function reactionOf(
  change: NonNullable<NodeView['lastChange']>,
  mode: PlayMode,
): 'positive' | 'negative' | 'neutral' {
  if (change.timedOut) return 'negative';
  if (mode === 'assessment') return 'neutral';
  const total =
    change.scoreDelta.customerFocus +
    change.scoreDelta.adaptability +
    change.scoreDelta.empowerment;
  if (total > 0) return 'positive';
  if (total < 0) return 'negative';
  return 'neutral';
}

/** The ending's tone as the picture's reaction (the run is over: nothing left to give away). */
export function endingReaction(
  outcome: NonNullable<NodeView['ending']>['outcome'],
): 'positive' | 'negative' | 'neutral' {
  if (outcome === 'positive') return 'positive';
  return outcome === 'negative' ? 'negative' : 'neutral';
}

/** The canvas's accessible label: the scene in words, since the picture itself is not readable. */
export function describeScene(scenario: Scenario, view: NodeView): string {
  const place = scenario.setting ? `Scene: ${scenario.setting.replace('-', ' ')}` : 'Scene';
  const speaker = speakerOf(scenario, view);
  const who = speaker ? `, ${speaker.name} (${speaker.role}) looks ${speaker.mood}` : '';
  const meters = view.meters.map((meter) => `${meter.label} ${meter.value}`).join(', ');
  return `${place}${who}.${meters ? ` Meters: ${meters}.` : ''}`;
}
