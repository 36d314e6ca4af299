/**
 * The consequence beat: what followed from a decision, shown after it and before the next
 * scene. Built from the contexts before and after the step, so it says exactly what the run
 * did: the choice taken (the timeout choice when time ran out), its `consequence` text, and
 * the meters it moved. Practice adds the coaching (feedback, principle, score changes);
 * assessment never carries scores, so nothing in play can reveal how a choice was scored.
 */
import type { PlayMode } from '../session/types';
import type { Scenario, Scores } from '../scenario/schema';
import { applyEffects, choiceScores } from '../scenario/rules';
import type { MeterMove, RunContext } from './types';
import { meterMoves } from './view';

export interface PracticeNotes {
  feedback: string;
  principle?: { id: string; title: string; summary: string };
  /** How the choice moved each dimension (raw points). */
  scores: Scores;
}

export interface Beat {
  /** The decision node the beat follows. */
  nodeId: string;
  choiceId: string;
  choiceText: string;
  /** The choice's `consequence`, when the file gives one. */
  consequence?: string;
  /** Time ran out and the decision's timeout choice was taken for the team. */
  timedOut: boolean;
  /** The meters this choice moved (an event that follows says its own). */
  meters: MeterMove[];
  /** Practice only. */
  practice?: PracticeNotes;
}

/**
 * The beat for the step from `before` to `after`, or null when that step was not a decision
 * taken (a narrative or event continued, a step back).
 */
export function beatOf(
  scenario: Scenario,
  before: RunContext,
  after: RunContext,
  mode: PlayMode,
): Beat | null {
  if (after.history.length !== before.history.length + 1) return null;
  const entry = after.history[after.history.length - 1];
  if (entry?.kind !== 'decision' || entry.choiceId === undefined) return null;
  const node = scenario.nodes[entry.nodeId];
  const choice =
    node?.kind === 'decision' ? node.choices.find((c) => c.id === entry.choiceId) : undefined;
  if (!choice) return null;
  const world = applyEffects(scenario, { meters: before.meters, flags: before.flags }, choice);
  const delta: Record<string, number> = {};
  for (const [id, value] of Object.entries(world.meters)) {
    const change = value - (before.meters[id] ?? value);
    if (change !== 0) delta[id] = change;
  }
  const beat: Beat = {
    nodeId: entry.nodeId,
    choiceId: choice.id,
    choiceText: choice.text,
    timedOut: entry.timedOut,
    meters: meterMoves(scenario, delta, world.meters),
  };
  if (choice.consequence !== undefined) beat.consequence = choice.consequence;
  if (mode === 'practice') beat.practice = practiceNotes(scenario, choice);
  return beat;
}

function practiceNotes(
  scenario: Scenario,
  choice: { feedback: string; principle?: string; scores?: Partial<Scores> },
): PracticeNotes {
  const notes: PracticeNotes = {
    feedback: choice.feedback,
    scores: choiceScores(choice as Parameters<typeof choiceScores>[0]),
  };
  const principle = choice.principle ? scenario.principles?.[choice.principle] : undefined;
  if (choice.principle && principle) {
    notes.principle = { id: choice.principle, title: principle.title, summary: principle.summary };
  }
  return notes;
}
