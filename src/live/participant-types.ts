/** What a participant's connection is given and what it tells (participant.ts). */
import type { ConnectionOptions } from './channel';
import type { ParticipantStore, PendingInput } from './outbox';
import type {
  InputAccepted,
  LiveError,
  ParticipantState,
  RoomInfo,
  RunFeed,
  VoteState,
} from './protocol';

export interface ParticipantOptions extends ConnectionOptions {
  /** Keeps the token and the queue across reloads; in memory when not given. */
  store?: ParticipantStore;
}

export type ParticipantEvents = {
  /** The whole state from the server (after joining, resuming, reconnecting, a release). */
  state: ParticipantState;
  connection: 'online' | 'offline';
  acknowledged: { input: PendingInput; accepted: InputAccepted };
  /** Inputs the server will never take, with its reason (the screen should say so). */
  refused: { inputs: PendingInput[]; error: LiveError };
  room: RoomInfo;
  vote: VoteState;
  roomRun: RunFeed;
  deleted: { roomId: string };
};
