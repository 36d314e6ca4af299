/**
 * Each participant's current run and its inputs, kept in memory so an input costs no re-read of
 * the run. An entry is used only when its input count equals the count on the participant's
 * locked row: another process (or a rolled-back transaction) moving the run on makes the counts
 * differ, and the run is read again from the store. The store stays the only truth.
 */
import type { SessionInput } from '../../engine/session/types';
import type { RunRow } from './repo';

export interface CachedRun {
  inputCount: number;
  run: RunRow;
  inputs: SessionInput[];
}

const MAX_ENTRIES = 20_000;

export class RunCache {
  private readonly entries = new Map<string, CachedRun>();

  get(participantId: string, inputCount: number): CachedRun | null {
    const entry = this.entries.get(participantId);
    return entry && entry.inputCount === inputCount ? entry : null;
  }

  set(participantId: string, entry: CachedRun): void {
    this.entries.delete(participantId);
    this.entries.set(participantId, entry);
    if (this.entries.size > MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  forget(participantId: string): void {
    this.entries.delete(participantId);
  }
}
