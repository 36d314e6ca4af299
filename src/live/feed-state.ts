/**
 * The facilitator's view of a room, kept current from the snapshot and the feed events. Events
 * from several server processes can arrive out of order, so each update keeps the newer of two
 * versions (a longer log, a higher revision, more decided). Pure: the connection feeds it.
 */
import type { StoredSession } from '../facilitator/types';
import { ROOM_ALIAS } from '../facilitator/room-keep';
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

/**
 * The room's runs as workshop sessions, for the offline tools that already exist (cohort
 * dashboard, projector, replay: src/facilitator/cohort.ts `cohortOf`). The export endpoint
 * gives the same sessions as a file. Each run gets its own participant number (as a workshop
 * counts sessions), in the order the server issued the runs: a run issued later never moves
 * an earlier one's number, so "Participant 3" stays the same person while the room fills.
 */
export function feedSessions(state: FeedState): StoredSession[] {
  const source = `Live room ${state.room.code}`;
  const runs = state.participants
    .flatMap((participant, joined) =>
      participant.runs.map((run) => ({
        id: `${participant.id}-${run.index}`,
        log: run.log,
        order: [run.log.startedAt, joined, run.index] as const,
      })),
    )
    .sort((a, b) => compareOrder(a.order, b.order));
  // Room play: the shared run comes after any participant's own.
  if (state.roomRun)
    runs.push({
      id: `${state.room.id}-room`,
      log: { ...state.roomRun.log, alias: ROOM_ALIAS },
      order: [state.roomRun.log.startedAt, -1, 0] as const,
    });
  return runs.map((run, index) => ({
    id: run.id,
    participant: index + 1,
    source,
    addedAt: run.log.startedAt,
    log: run.log,
  }));
}

function compareOrder(
  a: readonly [string, number, number],
  b: readonly [string, number, number],
): number {
  if (a[0] !== b[0]) return a[0] < b[0] ? -1 : 1;
  return a[1] - b[1] || a[2] - b[2];
}
