/** What the room operations need: the store, the library, the settings, a clock and an outlet. */
import type { Db, Queryable } from '../store/db';
import type { Library } from '../library';
import type { ServerConfig } from '../config';
import type {
  ParticipantFeed,
  PresenceEvent,
  ProgressEvent,
  RoomInfo,
  RunFeed,
  RunResult,
  VoteState,
} from '../../live/protocol';
import type { RebuiltRun } from './run-state';
import type { RunCache } from './run-cache';

/** Where room events go once they are committed (socket.io rooms, across processes). */
export interface Publisher {
  roomState(room: RoomInfo): void;
  roomDeleted(roomId: string): void;
  joined(roomId: string, participant: ParticipantFeed): void;
  progress(roomId: string, event: ProgressEvent): void;
  roomRun(roomId: string, run: RunFeed): void;
  vote(roomId: string, vote: VoteState): void;
  presence(roomId: string, event: PresenceEvent): void;
}

/** Facts about one accepted input that the LRS forwarder turns into statements (same transaction). */
export interface AcceptedInputFact {
  room: { id: string; code: string };
  participant: { id: string; name: string };
  run: { index: number; registration: string };
  scenarioId: string;
  receivedAt: Date;
  rebuilt: RebuiltRun;
  /** The run's result when this input ended it (null otherwise). */
  result: RunResult | null;
}

export interface StatementSink {
  /** Queues statements for an accepted input inside its transaction (durable with it). */
  enqueue(tx: Queryable, fact: AcceptedInputFact): Promise<void>;
}

export interface RoomContext {
  db: Db;
  library: Library;
  config: ServerConfig;
  now: () => Date;
  publish: Publisher;
  statements: StatementSink | null;
  log: (error: unknown) => void;
  /** This process's copy of each participant's current run (checked against the store). */
  runs: RunCache;
}
