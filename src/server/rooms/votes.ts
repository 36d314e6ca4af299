/** Ballots from participants' devices and the facilitator closing a room-play vote. */
import { resolveVotes } from '../../facilitator/room-votes';
import type { RunFeed, VoteState } from '../../live/protocol';
import type { RoomContext } from './context';
import { fail } from './errors';
import { effectiveStatus, roomById, type ParticipantRow, type RoomRow } from './repo';
import { moveRoomRun, openPoll, roomRunFeed, tally, type PollRow } from './room-play';
import { afterCommit } from './inputs';

export async function castBallot(
  ctx: RoomContext,
  room: RoomRow,
  participant: ParticipantRow,
  vote: { voteId: string; choiceId: string },
): Promise<VoteState> {
  if (room.style !== 'room-play') fail('not-room-play', 'This room has no votes.');
  if (effectiveStatus(room, ctx.now()) === 'ended') fail('room-closed', 'This room has ended.');
  const state = await ctx.db.transaction(async (tx) => {
    const poll = await openPoll(tx, room.id, true);
    if (!poll) fail('no-vote-open', 'No vote is open right now.');
    if (poll.id !== vote.voteId) fail('vote-closed', 'That vote has closed; a new one is open.');
    if (!poll.choices.some((choice) => choice.id === vote.choiceId))
      fail('impossible', 'That choice is not on the ballot.');
    await tx.query(
      `INSERT INTO ballots (poll_id, participant_id, choice_id) VALUES ($1, $2, $3)
       ON CONFLICT (poll_id, participant_id) DO UPDATE SET choice_id = EXCLUDED.choice_id`,
      [poll.id, participant.id, vote.choiceId],
    );
    await tx.query('UPDATE polls SET revision = revision + 1 WHERE id = $1', [poll.id]);
    return tally(tx, { ...poll, revision: poll.revision + 1 });
  });
  ctx.publish.vote(room.id, state);
  return state;
}

/** The majority's choice, or the facilitator's pick where the rule leaves it to them. */
function decide(
  poll: PollRow,
  counts: Record<string, number>,
  pick: string | undefined,
): { choiceId: string; decidedBy: 'majority' | 'facilitator' } {
  const outcome = resolveVotes(
    poll.choices.map((choice) => ({ choiceId: choice.id, count: counts[choice.id] ?? 0 })),
  );
  if (outcome.kind === 'winner') {
    if (pick !== undefined && pick !== outcome.choiceId)
      fail(
        'majority-decides',
        'The room has a majority; the facilitator picks only on a tie or without votes.',
      );
    return { choiceId: outcome.choiceId, decidedBy: 'majority' };
  }
  const allowed =
    outcome.kind === 'tie' ? outcome.choiceIds : poll.choices.map((choice) => choice.id);
  if (pick === undefined) {
    if (outcome.kind === 'tie')
      fail('tie', 'The vote is tied: pick one of the tied choices.', {
        choiceIds: outcome.choiceIds,
      });
    fail('no-votes', 'Nobody has voted: pick a choice, or wait for votes.');
  }
  if (!allowed.includes(pick))
    fail('impossible', 'Pick one of the tied choices.', { choiceIds: allowed });
  return { choiceId: pick, decidedBy: 'facilitator' };
}

export async function closeVote(
  ctx: RoomContext,
  room: RoomRow,
  request: { voteId: string; pick?: string | undefined },
): Promise<{ vote: VoteState; run: RunFeed }> {
  if (room.style !== 'room-play') fail('not-room-play', 'This room has no votes.');
  // Deciding, storing the votes and moving the run are one transaction under the room's lock:
  // no ballot or second close slips in between, and a refused move leaves the vote open.
  const { vote, applied } = await ctx.db.transaction(async (tx) => {
    await roomById(tx, room.id, true);
    const poll = await openPoll(tx, room.id, true);
    if (!poll || poll.id !== request.voteId) fail('no-vote-open', 'That vote is not open.');
    const live = await tally(tx, poll);
    const decision = decide(poll, live.counts, request.pick);
    await tx.query(
      `UPDATE polls SET status = 'closed', counts = $2, decided_choice_id = $3, decided_by = $4,
         revision = revision + 1 WHERE id = $1`,
      [poll.id, JSON.stringify(live.counts), decision.choiceId, decision.decidedBy],
    );
    const moved = await moveRoomRun(ctx, tx, room, (at) => ({
      type: 'choose',
      choiceId: decision.choiceId,
      at,
    }));
    const closed: VoteState = {
      ...live,
      status: 'closed',
      revision: live.revision + 1,
      result: decision,
    };
    return { vote: closed, applied: moved };
  });
  ctx.publish.vote(room.id, vote);
  await afterCommit(ctx, applied);
  return { vote, run: await roomRunFeed(ctx, ctx.db, room) };
}
