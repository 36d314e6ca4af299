/**
 * The live-room protocol: every HTTP body and socket message between the browser and the room
 * server, as types (both sides) and zod schemas (the server checks every message it receives
 * against them; anything else is refused as "bad-request" without touching the room).
 * docs/live-rooms.md describes the same messages in words.
 */
import type { Dimension } from '../engine/scenario/schema';
import type { TimePressure } from '../engine/run/types';
import type { SessionLog } from '../engine/session/types';
import type { Profile } from '../engine/profile/types';

export const LIVE_API_FORMAT = 'leadership-sim-live' as const;
export const LIVE_PROTOCOL_VERSION = 1 as const;

export type RoomMode = 'assessment' | 'practice';
export type RoomStyle = 'individual' | 'room-play';
export type RoomStatus = 'open' | 'paused' | 'ended';

export interface LiveLimits {
  maxParticipants: number;
  maxNameLength: number;
  /** Largest socket message the server reads; a bigger one closes that connection. */
  maxMessageBytes: number;
  /** Sustained messages per second per connection (bursts of twice that are allowed). */
  messagesPerSecond: number;
  retentionDays: number;
  /** A room without a closing time ends this many hours after it was created. */
  maxRoomHours: number;
}

/** `GET /api/live`: 200 with this body means live rooms exist on this origin. */
export interface LiveCapabilities {
  format: typeof LIVE_API_FORMAT;
  version: typeof LIVE_PROTOCOL_VERSION;
  passcodeRequired: boolean;
  /**
   * Addresses other devices can open (PUBLIC_URL, or this computer's network addresses when the
   * server listens on the network); empty when only this computer can reach the server.
   */
  joinAddresses: string[];
  limits: LiveLimits;
  library: {
    scenarios: Array<{ id: string; title: string }>;
    tracks: Array<{ id: string; title: string; scenarios: string[] }>;
  };
}

export interface RoomInfo {
  id: string;
  code: string;
  name: string;
  /** The scenarios each participant plays, in order (one, or a track's list). */
  scenarioIds: string[];
  trackId: string | null;
  timePressure: TimePressure;
  mode: RoomMode;
  style: RoomStyle;
  status: RoomStatus;
  debriefsReleased: boolean;
  createdAt: string;
  closesAt: string;
  endedAt: string | null;
  /** Grows with every change of the room's state; keep the highest one seen. */
  revision: number;
}

export type ErrorCode =
  | 'bad-request'
  | 'rate-limited'
  | 'too-many-attempts'
  | 'not-found'
  | 'unauthorized'
  | 'passcode'
  | 'room-full'
  | 'room-closed'
  | 'room-paused'
  | 'name-invalid'
  | 'name-taken'
  | 'not-joined'
  | 'out-of-order'
  | 'seq-conflict'
  | 'wrong-run'
  | 'impossible'
  | 'not-room-play'
  | 'no-vote-open'
  | 'vote-closed'
  | 'no-votes'
  | 'tie'
  | 'majority-decides'
  | 'internal';

export interface LiveError {
  code: ErrorCode;
  /** One plain sentence for the person in front of the screen. */
  message: string;
  /** out-of-order / seq-conflict: the sequence number the server expects next. */
  expectedSeq?: number;
  /** tie: the tied choice ids the facilitator picks from. */
  choiceIds?: string[];
}

export type Ack<T> = ({ ok: true } & T) | { ok: false; error: LiveError };

/** Where a run stands, from the server's replay. */
export interface Position {
  nodeId: string;
  nodeTitle: string | null;
  nodeKind: 'narrative' | 'decision' | 'event' | 'ending';
  /** Decisions taken so far (timeouts included). */
  decisions: number;
}

export interface RunResult {
  endingId: string;
  endingTitle: string | null;
  outcome: 'positive' | 'mixed' | 'negative';
  rawScores: Record<Dimension, number>;
  /** 0–100 per dimension from the analyser's bounds; null where the scenario does not measure it. */
  scores: Record<Dimension, number | null>;
  archetype: { id: string; name: string } | null;
  profile: Profile;
}

/** One participant's run as the facilitator sees it. */
export interface RunFeed {
  index: number;
  scenarioId: string;
  /** The inputs the server accepted (with `result` once ended): feeds replay and the offline tools. */
  log: SessionLog;
  position: Position;
  ended: boolean;
  result: RunResult | null;
}

export interface ParticipantFeed {
  id: string;
  name: string;
  joinedAt: string;
  online: boolean;
  runs: RunFeed[];
}

/** The split at one decision: choices taken so far (a timeout counts for the timeout choice). */
export interface DecisionSplit {
  scenarioId: string;
  nodeId: string;
  decided: number;
  timedOut: number;
  counts: Record<string, number>;
}

export interface VoteState {
  id: string;
  nodeId: string;
  choices: Array<{ id: string; text: string }>;
  status: 'open' | 'closed';
  counts: Record<string, number>;
  voters: number;
  /** Grows with every ballot; keep the highest one seen. */
  revision: number;
  result: { choiceId: string; decidedBy: 'majority' | 'facilitator' } | null;
}

export interface FeedSnapshot {
  room: RoomInfo;
  participants: ParticipantFeed[];
  splits: DecisionSplit[];
  vote: VoteState | null;
  /** Room play: the room's shared run, moved on by the facilitator and the votes. */
  roomRun: RunFeed | null;
}

/** A participant's own run, as `p.join` / `p.resume` return it. */
export interface ParticipantRun {
  index: number;
  scenarioId: string;
  log: SessionLog;
  ended: boolean;
  /** ms since the server issued the run: no input of this run can carry a later `at`. */
  elapsedMs: number;
  /** The participant's own profile, once the run ended and debriefs may be seen (see docs). */
  debrief: Profile | null;
}

export interface ParticipantState {
  participantId: string;
  name: string;
  room: RoomInfo;
  runs: ParticipantRun[];
  /** The sequence number the next input must carry (1 for the first). */
  nextSeq: number;
  vote: VoteState | null;
  roomRun: RunFeed | null;
  /** Room play: this participant's ballot in the open vote (absent from servers before it). */
  ballot?: { voteId: string; choiceId: string } | null;
}

export interface InputAccepted {
  seq: number;
  /** True when this sequence number had already been accepted with the same input. */
  duplicate: boolean;
  ended: boolean;
  debrief: Profile | null;
  /** In a track, the next run, issued when this input ended a run. */
  nextRun: ParticipantRun | null;
}

export interface CreatedRoom {
  room: RoomInfo;
  /** Shown once: the server keeps only its hash. */
  facilitatorKey: string;
}

// The schemas the server checks messages with: protocol-schemas.ts (kept out of the page's
// first download: only the server and tests import them).
export type { CreateRoomRequest, InputMessage } from './protocol-schemas';

/** Socket event names, one place (client → server with an acknowledgement). */
export const CLIENT_EVENTS = {
  join: 'p.join',
  resume: 'p.resume',
  input: 'p.input',
  vote: 'p.vote',
  watch: 'fac.watch',
  control: 'fac.control',
  continueRoom: 'fac.continue',
  openVote: 'fac.vote.open',
  closeVote: 'fac.vote.close',
} as const;

/** Socket event names, server → client (no acknowledgement). */
export const SERVER_EVENTS = {
  roomState: 'room.state',
  roomDeleted: 'room.deleted',
  roomRun: 'room.run',
  voteState: 'vote.state',
  joined: 'feed.joined',
  progress: 'feed.progress',
  presence: 'feed.presence',
} as const;

export interface ProgressEvent {
  participantId: string;
  run: RunFeed;
  /** The split at the decision this input decided, when it decided one. */
  split: DecisionSplit | null;
}

export interface PresenceEvent {
  participantId: string;
  online: boolean;
}
