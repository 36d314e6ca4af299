/** What every view of the facilitator area gets: the machine's snapshot and a way to send to it. */
import type { SnapshotFrom } from 'xstate';
import type { facilitatorMachine } from '../machine';
import type { FacilitatorEvent } from '../machine-types';

export type FacilitatorSnapshot = SnapshotFrom<typeof facilitatorMachine>;

export interface ViewTools {
  send: (event: FacilitatorEvent) => void;
  /** The snapshot now (a view that sends an event can read its result at once). */
  snapshot: () => FacilitatorSnapshot;
}

/** One screen of the area: drawn once when entered, then brought up to date from snapshots. */
export interface Screen {
  element: HTMLElement;
  update(snapshot: FacilitatorSnapshot): void;
  dispose(): void;
}

/**
 * Runs `draw` only when one of `parts` changed since the last call (by identity), so a view
 * re-renders when its data changes and keeps focus, typed text and scroll position otherwise.
 */
export function whenChanged<T extends readonly unknown[]>(draw: (...parts: T) => void) {
  let last: T | null = null;
  return (...parts: T): void => {
    if (last && last.length === parts.length && last.every((part, index) => part === parts[index]))
      return;
    last = parts;
    draw(...parts);
  };
}
