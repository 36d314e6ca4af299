/** All a participant's device is told about the room: its runs and, in room play, the shared run and its vote. */
import type { ParticipantState } from '../../live/protocol';
import type { RoomContext } from './context';
import { participantRuns, type StoredRuns } from './participants';
import { roomInfo, type ParticipantRow, type RoomRow } from './repo';
import { currentVote, roomRunFeed } from './room-play';

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
  };
}
