/**
 * The facilitator's view of a room, kept current from the snapshot and the feed events. Events
 * from several server processes can arrive out of order, so each update keeps the newer of two
 * versions (a longer log, a higher revision, more decided). Pure: the connection feeds it.
 */
import type {
  DecisionSplit,
  FeedSnapshot,
  ParticipantFeed,
  PresenceEvent,
  ProgressEvent,
  RoomInfo,
  RunFeed,
  VoteState,
} from './protocol';

export interface FeedState {
  room: RoomInfo;
  /** In the order they joined. */
  participants: ParticipantFeed[];
  /** Keyed `${scenarioId} ${nodeId}`. */
  splits: Map<string, DecisionSplit>;
  vote: VoteState | null;
  roomRun: RunFeed | null;
}

export const splitKey = (scenarioId: string, nodeId: string) => `${scenarioId} ${nodeId}`;

export function feedFromSnapshot(snapshot: FeedSnapshot): FeedState {
  return {
    room: snapshot.room,
    participants: [...snapshot.participants],
    splits: new Map(
      snapshot.splits.map((split) => [splitKey(split.scenarioId, split.nodeId), split]),
    ),
    vote: snapshot.vote,
    roomRun: snapshot.roomRun,
  };
}

const newer = (known: RunFeed | undefined | null, incoming: RunFeed) =>
  !known || incoming.log.inputs.length >= known.log.inputs.length;

/**
 * A fresh snapshot merged into what the feed holds: a snapshot answered late must not undo
 * events that arrived while it was on its way, so each part keeps its newer version.
 */
export function withSnapshot(state: FeedState, snapshot: FeedSnapshot): FeedState {
  let next: FeedState = {
    ...feedFromSnapshot(snapshot),
    room: state.room,
    vote: state.vote,
    roomRun: state.roomRun,
  };
  next = withRoom(next, snapshot.room);
  if (snapshot.vote) next = withVote(next, snapshot.vote);
  if (snapshot.roomRun) next = withRoomRun(next, snapshot.roomRun);
  for (const known of state.participants) {
    const fresh = next.participants.find((participant) => participant.id === known.id);
    if (!fresh) continue;
    const runs = fresh.runs.map((run) =>
      newer(known.runs[run.index], run) ? run : known.runs[run.index]!,
    );
    for (const run of known.runs) if (!runs[run.index]) runs[run.index] = run;
    next = withParticipant(next, { ...fresh, runs });
  }
  for (const [key, split] of state.splits) {
    const fresh = next.splits.get(key);
    if (!fresh || split.decided > fresh.decided) next.splits.set(key, split);
  }
  return next;
}

/** The order of the server's snapshot: by time of joining, then id. */
const joinOrder = (a: ParticipantFeed, b: ParticipantFeed) =>
  a.joinedAt === b.joinedAt ? (a.id < b.id ? -1 : 1) : a.joinedAt < b.joinedAt ? -1 : 1;

export function withParticipant(state: FeedState, participant: ParticipantFeed): FeedState {
  const index = state.participants.findIndex((known) => known.id === participant.id);
  const participants = [...state.participants];
  if (index !== -1) participants[index] = participant;
  else {
    // Joins announced by several processes (or one, through the database) can arrive out of order.
    participants.push(participant);
    participants.sort(joinOrder);
  }
  return { ...state, participants };
}

/** True when the event names a participant the feed does not know yet (its join is still on the way). */
export function unknownParticipant(state: FeedState, participantId: string): boolean {
  return !state.participants.some((known) => known.id === participantId);
}

export function withProgress(state: FeedState, event: ProgressEvent): FeedState {
  let next = state;
  const participant = state.participants.find((known) => known.id === event.participantId);
  if (participant && newer(participant.runs[event.run.index], event.run)) {
    const runs = [...participant.runs];
    runs[event.run.index] = event.run;
    next = withParticipant(state, { ...participant, runs });
  }
  const split = event.split;
  if (split) {
    const key = splitKey(split.scenarioId, split.nodeId);
    const known = next.splits.get(key);
    if (!known || split.decided >= known.decided) {
      const splits = new Map(next.splits);
      splits.set(key, split);
      next = { ...next, splits };
    }
  }
  return next;
}

export function withPresence(state: FeedState, event: PresenceEvent): FeedState {
  const participant = state.participants.find((known) => known.id === event.participantId);
  return participant ? withParticipant(state, { ...participant, online: event.online }) : state;
}

export function withRoom(state: FeedState, room: RoomInfo): FeedState {
  return room.revision >= state.room.revision ? { ...state, room } : state;
}

/** For the feed and for a participant's state alike: keep the newer version of the vote. */
export function withVote<T extends { vote: VoteState | null }>(state: T, vote: VoteState): T {
  const known = state.vote;
  if (known && known.id === vote.id && known.revision > vote.revision) return state;
  return { ...state, vote };
}

/** For the feed and for a participant's state alike: keep the shared run with the longer log. */
export function withRoomRun<T extends { roomRun: RunFeed | null }>(state: T, run: RunFeed): T {
  return newer(state.roomRun, run) ? { ...state, roomRun: run } : state;
}
