/**
 * Room play from a participant's device: the shell votes through an invoked request, keeps the
 * ballot the server counted, says why a vote was refused; the queue's refusal rule; the tally
 * that answers a ballot never replaces a newer one.
 */
import { describe, expect, it } from 'vitest';
import { createActor, fromCallback, fromPromise, waitFor } from 'xstate';
import { shellMachine, type ShellDeps } from '../../../src/shell/machine';
import { ballotCounted, roomState } from '../../../src/shell/live-updates';
import type { CountedBallot } from '../../../src/shell/live';
import type { ShellContext } from '../../../src/shell/types';
import type { ParticipantConnection } from '../../../src/live/participant';
import type { ErrorCode, ParticipantState, VoteState } from '../../../src/live/protocol';
import { refusalAction } from '../../../src/live/outbox';
import { LiveRequestError } from '../../../src/live/http';
import { MemoryRunStore } from '../../../src/services/run-store';
import { defaultSettings } from '../../../src/services/settings';

function vote(revision: number, counts: Record<string, number>): VoteState {
  return {
    id: 'v1',
    nodeId: 'ask',
    choices: [
      { id: 'a', text: 'Ask the team' },
      { id: 'b', text: 'Decide alone' },
    ],
    status: 'open',
    counts,
    voters: Object.values(counts).reduce((sum, n) => sum + n, 0),
    revision,
    result: null,
  };
}

function roomPlayState(current: VoteState | null): ParticipantState {
  return {
    participantId: 'p1',
    name: 'Ana',
    room: { style: 'room-play', status: 'open', code: 'ABCDEF' } as ParticipantState['room'],
    runs: [],
    nextSeq: 1,
    vote: current,
    roomRun: null,
  };
}

/** A shell on `#join` whose device already holds a token for a room-play room. */
function startInRoom(
  cast: (input: { voteId: string; choiceId: string }) => Promise<CountedBallot>,
) {
  const connection = {
    state: roomPlayState(vote(1, { a: 0, b: 0 })),
    online: true,
  } as unknown as ParticipantConnection;
  const deps: ShellDeps = {
    store: new MemoryRunStore(),
    claims: { heldElsewhere: async () => false, hold: () => () => undefined },
    tabId: 'this-tab',
    applySettings: () => undefined,
    findTrack: () => undefined,
  };
  const machine = shellMachine.provide({
    actors: {
      resumeLiveRoom: fromPromise<ParticipantConnection | null>(async () => connection),
      followLiveRoom: fromCallback(() => () => undefined),
      castLiveVote: fromPromise<
        CountedBallot,
        { connection: ParticipantConnection; voteId: string; choiceId: string }
      >(({ input }) => cast(input)),
    },
  });
  const actor = createActor(machine, {
    input: { deps, settings: defaultSettings(false), route: '#join', lmsPackage: null },
  });
  actor.start();
  return actor;
}

describe('voting from a device in room play', () => {
  it('keeps the ballot the server counted, with its tally', async () => {
    const actor = startInRoom(async ({ voteId, choiceId }) => ({
      ballot: { voteId, choiceId },
      vote: vote(2, { a: 0, b: 1 }),
    }));
    await waitFor(actor, (s) => s.matches({ live: { connected: 'roomPlay' } }));
    actor.send({ type: 'ui.castVote', voteId: 'v1', choiceId: 'b' });
    expect(actor.getSnapshot().hasTag('busy')).toBe(true);
    const done = await waitFor(actor, (s) => s.context.live?.ballot !== null);
    expect(done.context.live?.ballot).toEqual({ voteId: 'v1', choiceId: 'b' });
    expect(done.context.live?.state.vote?.counts).toEqual({ a: 0, b: 1 });
    expect(done.hasTag('busy')).toBe(false);
  });

  it('says why a vote was refused, and keeps no ballot', async () => {
    const actor = startInRoom(() =>
      Promise.reject(
        new LiveRequestError({ code: 'vote-closed', message: 'That vote has closed.' }),
      ),
    );
    await waitFor(actor, (s) => s.matches({ live: { connected: 'roomPlay' } }));
    actor.send({ type: 'ui.castVote', voteId: 'v1', choiceId: 'a' });
    const done = await waitFor(actor, (s) => s.context.live?.notice !== null);
    expect(done.context.live?.notice).toBe('That vote has closed.');
    expect(done.context.live?.ballot).toBeNull();
    expect(done.matches({ live: { connected: { roomPlay: 'following' } } })).toBe(true);
  });
});

describe('the tally that answers a ballot', () => {
  const context = (current: VoteState) =>
    ({
      live: { state: roomPlayState(current), ballot: null, notice: 'old' },
    }) as unknown as ShellContext;

  it('replaces an older tally of the same vote', () => {
    const next = ballotCounted(
      context(vote(3, { a: 1 })),
      { voteId: 'v1', choiceId: 'a' },
      vote(4, { a: 2 }),
    );
    expect(next.live?.state.vote?.revision).toBe(4);
    expect(next.live?.notice).toBeNull();
  });

  it('never replaces a newer one that arrived first', () => {
    const next = ballotCounted(
      context(vote(7, { a: 3 })),
      { voteId: 'v1', choiceId: 'a' },
      vote(5, { a: 1 }),
    );
    expect(next.live?.state.vote?.revision).toBe(7);
    expect(next.live?.ballot).toEqual({ voteId: 'v1', choiceId: 'a' });
  });
});

describe('a ballot the server holds', () => {
  const withBallot = (ballot: { voteId: string; choiceId: string } | null) =>
    ({
      live: { state: roomPlayState(vote(1, {})), ballot, notice: null },
    }) as unknown as ShellContext;
  const held = { ...roomPlayState(vote(2, { a: 1 })), ballot: { voteId: 'v1', choiceId: 'a' } };

  it('comes back after a reload', () => {
    expect(roomState(withBallot(null), held).live?.ballot).toEqual({ voteId: 'v1', choiceId: 'a' });
  });

  it('never overrides the vote this device cast since', () => {
    const mine = { voteId: 'v1', choiceId: 'b' };
    expect(roomState(withBallot(mine), held).live?.ballot).toEqual(mine);
  });
});

describe('what a refused input means for the queue', () => {
  const expected: Partial<Record<ErrorCode, ReturnType<typeof refusalAction>>> = {
    'room-paused': 'wait',
    'rate-limited': 'retry',
    internal: 'retry',
    impossible: 'drop',
    'wrong-run': 'drop',
    'bad-request': 'drop',
    'room-closed': 'drop',
    'out-of-order': 'resync',
    'seq-conflict': 'resync',
    'not-joined': 'resync',
    unauthorized: 'resync',
  };
  it.each(Object.entries(expected))('%s → %s', (code, action) => {
    expect(refusalAction(code)).toBe(action);
  });
});
