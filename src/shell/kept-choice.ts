/** Which unfinished run a choice on the title or the list is about, and the slot a run claims. */
import { slotKey, type SavedRun } from '../services/run-store';
import { runSlot } from './keep-run';
import type { ShellContext, ShellEvent } from './types';

/** The unfinished run kept for what the player picked or asked to continue, if any. */
export function keptFor(context: ShellContext, event: ShellEvent): SavedRun | undefined {
  let key: string | null = null;
  if (event.type === 'ui.continueRun') key = event.key;
  if (event.type === 'ui.pickScenario') key = `scenario:${event.scenarioId}`;
  if (event.type === 'ui.pickTrack') key = `track:${event.trackId}`;
  return context.kept.unfinished.find((run) => slotKey(run) === key);
}

/** The slot whose run is about to be played: the chosen saved run, or the new one. */
export function claimKey(context: ShellContext): string {
  if (context.intent === 'resume' && context.chosenSaved) return slotKey(context.chosenSaved);
  const { playable, track } = context;
  return playable ? runSlot(playable, track ?? undefined) : '';
}
