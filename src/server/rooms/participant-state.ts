/** All a participant's device is told about the room: its runs and, in room play, the shared run and its vote. */
import type { ParticipantState, VoteState } from '../../live/protocol';
import type { RoomContext } from './context';
import { participantRuns, type StoredRuns } from './participants';
import type { Queryable } from '../store/db';
import { roomInfo, type ParticipantRow, type RoomRow } from './repo';
import { currentVote, roomRunFeed } from './room-play';

/** This participant's ballot in the open vote, so a reload or another device shows it again. */
async function ballotOf(
  db: Queryable,
  vote: VoteState | null,
  participantId: string,
): Promise<ParticipantState['ballot']> {
  if (!vote || vote.status !== 'open') return null;
  const rows = await db.query<{ choice_id: string }>(
    'SELECT choice_id FROM ballots WHERE poll_id = $1 AND participant_id = $2',
    [vote.id, participantId],
  );
  return rows[0] ? { voteId: vote.id, choiceId: rows[0].choice_id } : null;
}

export async function participantState(
  ctx: RoomContext,
  room: RoomRow,
  participant: ParticipantRow,
  stored?: StoredRuns,
): Promise<ParticipantState> {
  const together = room.style === 'room-play';
  const [runs, vote, roomRun] = await Promise.all([
    participantRuns(ctx, ctx.db, room, participant, stored),
    together ? currentVote(ctx.db, room.id) : Promise.resolve(null),
    together ? roomRunFeed(ctx, ctx.db, room) : Promise.resolve(null),
  ]);
  return {
    participantId: participant.id,
    name: participant.name,
    room: roomInfo(room, ctx.now()),
    runs,
    nextSeq: participant.input_count + 1,
    vote,
    roomRun,
    ballot: await ballotOf(ctx.db, vote, participant.id),
  };
}
