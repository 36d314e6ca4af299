/**
 * Where the player is in an assessment track: which scenario comes next and the runs finished so
 * far, which the track profile is drawn from at the end.
 */
import type { Track } from '../engine/scenario/schema';
import type { PlayableScenario } from '../services/library-types';
import type { SessionLog } from '../engine/session/types';
import type { FinishedTrackStep } from './track-end';

export class TrackProgress {
  private constructor(
    readonly track: Track,
    readonly index: number,
    /** Shared by every step of one pass through the track, so each end adds to the same list. */
    readonly finished: FinishedTrackStep[],
  ) {}

  static start(track: Track): TrackProgress {
    return new TrackProgress(track, 0, []);
  }

  /** The id of the scenario this step plays; undefined past the end of the track. */
  scenarioId(): string | undefined {
    return this.track.scenarios[this.index];
  }

  /** The line on the briefing that tells the player where they are in the track. */
  briefingNote(): string {
    return `Scenario ${this.index + 1} of ${this.track.scenarios.length} in the track “${this.track.title}”`;
  }

  recordFinished(playable: PlayableScenario, log: SessionLog): void {
    this.finished.push({ playable, log });
  }

  hasNext(): boolean {
    return this.index + 1 < this.track.scenarios.length;
  }

  next(): TrackProgress {
    return new TrackProgress(this.track, this.index + 1, this.finished);
  }
}
