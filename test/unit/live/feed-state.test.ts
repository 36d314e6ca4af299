/** The facilitator's feed keeps the newer of two versions, whatever order events arrive in. */
import { describe, expect, it } from 'vitest';
import { feedSessions } from '../../../src/facilitator/live-sessions';
import {
  feedFromSnapshot,
  splitKey,
  unknownParticipant,
  withParticipant,
  withProgress,
  withRoom,
  withRoomRun,
  withSnapshot,
  withVote,
} from '../../../src/live/feed-state';
import type {
  FeedSnapshot,
  ParticipantFeed,
  RoomInfo,
  RunFeed,
  VoteState,
} from '../../../src/live/protocol';

const room = { id: 'r', code: 'ACDEFG', revision: 3, status: 'open' } as RoomInfo;
const run = (inputs: number, index = 0): RunFeed =>
  ({
    index,
    scenarioId: 's',
    log: {
      alias: 'Ann',
      startedAt: 'start',
      inputs: Array.from({ length: inputs }, (_, at) => ({ type: 'continue', at })),
    },
  }) as unknown as RunFeed;
const participant = (runs: RunFeed[]): ParticipantFeed => ({
  id: 'p1',
  name: 'Ann',
  joinedAt: '2026-01-01T10:00:00Z',
  online: true,
  runs,
});
const snapshot = (extra: Partial<FeedSnapshot> = {}): FeedSnapshot => ({
  room,
  participants: [participant([run(2)])],
  splits: [],
  vote: null,
  roomRun: null,
  ...extra,
});

describe('feed state', () => {
  it('keeps the longer log when progress arrives late', () => {
    let feed = feedFromSnapshot(snapshot());
    feed = withProgress(feed, { participantId: 'p1', run: run(4), split: null });
    feed = withProgress(feed, { participantId: 'p1', run: run(3), split: null });
    expect(feed.participants[0]!.runs[0]!.log.inputs).toHaveLength(4);
  });

  it('keeps the split with more decisions, the room and vote with the higher revision', () => {
    const split = (decided: number) => ({
      scenarioId: 's',
      nodeId: 'd',
      decided,
      timedOut: 0,
      counts: { a: decided },
    });
    let feed = feedFromSnapshot(snapshot());
    feed = withProgress(feed, { participantId: 'p1', run: run(3), split: split(5) });
    feed = withProgress(feed, { participantId: 'p1', run: run(3), split: split(4) });
    expect(feed.splits.get(splitKey('s', 'd'))?.decided).toBe(5);
    feed = withRoom(feed, { ...room, revision: 2, status: 'paused' });
    expect(feed.room.status).toBe('open');
    const vote = (revision: number) => ({ id: 'v', revision, voters: revision }) as VoteState;
    feed = withVote(withVote(feed, vote(7)), vote(6));
    expect(feed.vote?.revision).toBe(7);
    expect(withVote(feed, { ...vote(1), id: 'next' }).vote?.id).toBe('next');
    feed = withRoomRun(withRoomRun(feed, run(5)), run(4));
    expect(feed.roomRun?.log.inputs).toHaveLength(5);
  });

  it('does not let a snapshot answered late undo newer events', () => {
    let feed = feedFromSnapshot(snapshot());
    feed = withProgress(feed, { participantId: 'p1', run: run(5), split: null });
    feed = withRoom(feed, { ...room, revision: 9, status: 'paused' });
    const late = snapshot({
      participants: [
        participant([run(4)]),
        { ...participant([run(1)]), id: 'p2', joinedAt: '2026-01-01T11:00:00Z' },
      ],
    });
    const merged = withSnapshot(feed, late);
    expect(merged.participants.map((p) => [p.id, p.runs[0]!.log.inputs.length])).toEqual([
      ['p1', 5],
      ['p2', 1],
    ]);
    expect(merged.room.status).toBe('paused');
  });

  it('keeps the order of joining whatever order the joins arrive in', () => {
    let feed = feedFromSnapshot(snapshot({ participants: [] }));
    const at = (id: string, joinedAt: string) => ({ ...participant([]), id, name: id, joinedAt });
    for (const joined of [
      at('c', '2026-01-01T10:00:02Z'),
      at('a', '2026-01-01T10:00:00Z'),
      at('b', '2026-01-01T10:00:01Z'),
    ])
      feed = withParticipant(feed, joined);
    expect(feed.participants.map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(unknownParticipant(feed, 'd')).toBe(true);
    expect(unknownParticipant(feed, 'b')).toBe(false);
  });

  it('adds a participant who joins, replaces one who rejoins, and lists every run as a session', () => {
    let feed = feedFromSnapshot(snapshot({ roomRun: run(1) }));
    feed = withParticipant(feed, {
      ...participant([run(0), run(1, 1)]),
      id: 'p2',
      name: 'Bo',
      joinedAt: 'later',
    });
    feed = withParticipant(feed, { ...participant([run(2)]), online: false });
    expect(feed.participants.map((p) => [p.id, p.online])).toEqual([
      ['p1', false],
      ['p2', true],
    ]);
    const sessions = feedSessions(feed);
    expect(sessions.map((session) => session.id)).toEqual(['p1-0', 'p2-0', 'p2-1', 'r-room']);
    expect(sessions.every((session) => session.source === 'Live room ACDEFG')).toBe(true);
    expect(sessions.at(-1)?.log.alias).toBe('Room');
  });
});
