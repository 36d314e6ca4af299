/**
 * The facilitator's connection to one live room, as an invoked actor: it reports the feed, the
 * connection and the outcome of each command, and carries the commands (room controls, export,
 * delete and, in room play, moving the shared run and running its votes).
 */
import { fromCallback, type EventObject } from 'xstate';
import { deleteRoom, exportRoom, LiveRequestError } from '../live/http';
import { FacilitatorConnection, type RoomAction } from '../live/facilitator';
import type { FeedState } from '../live/feed-state';
import { downloadText } from '../services/download';
import type { KeptRoom } from './live-keys';
import { workshopFileName, workshopFromFile } from './workshop-file';

/** What the facilitator's screen asks of the room. */
export type WatchCommand =
  | { type: 'live.control'; action: RoomAction }
  | { type: 'live.export' }
  | { type: 'live.delete' }
  /** Room play: the shared run leaves a narrative or event. */
  | { type: 'live.roomContinue' }
  /** Room play: a vote opens at the shared run's decision. */
  | { type: 'live.openVote' }
  /** Room play: the open vote closes; `pick` is the facilitator's choice on a tie or no votes. */
  | { type: 'live.closeVote'; voteId: string; pick?: string };

/** What the room tells the facilitator's screen. */
export type WatchReport =
  | { type: 'live.feed'; feed: FeedState }
  | { type: 'live.online'; online: boolean }
  | { type: 'live.done'; message: string }
  | { type: 'live.failed'; message: string }
  | { type: 'live.deleted' };

const ACTION_DONE: Record<RoomAction, string> = {
  pause: 'Room paused: participants’ clocks stop and their choices wait.',
  resume: 'Room open again.',
  'release-debriefs': 'Debriefs released: participants see theirs now.',
  end: 'Room ended: nobody can join or play any more. Export it to keep it.',
};

/** A refused or unanswered request, as one sentence for the facilitator. */
export function requestProblem(error: unknown): string {
  if (error instanceof LiveRequestError) return error.message;
  return 'The room server did not answer. Check the network and try again.';
}

async function exportToFile(url: string, room: KeptRoom): Promise<string> {
  const text = await exportRoom(url, room.roomId, room.key);
  const read = workshopFromFile(text);
  const name = read.ok ? workshopFileName(read.workshop) : `live-room-${room.code}.workshop.json`;
  downloadText(name, text, 'application/json');
  return `Exported ${name}: open it with “Import a workshop file” on any computer.`;
}

/** Room play's commands on an open connection, each resolving to what it did, in a sentence. */
function roomPlayCommand(
  connection: FacilitatorConnection,
  command: Extract<
    WatchCommand,
    { type: 'live.roomContinue' | 'live.openVote' | 'live.closeVote' }
  >,
): Promise<string> {
  if (command.type === 'live.roomContinue')
    return connection.continueRoom().then(() => 'The room’s story moves on.');
  if (command.type === 'live.openVote')
    return connection
      .openVote()
      .then(() => 'Vote open: participants choose on their own devices now.');
  return connection.closeVote(command.voteId, command.pick).then(({ vote }) => {
    const chosen = vote.choices.find((choice) => choice.id === vote.result?.choiceId);
    const how = vote.result?.decidedBy === 'facilitator' ? 'your pick' : 'the majority';
    return `Vote closed: the room goes on with “${chosen?.text ?? 'its choice'}” (${how}).`;
  });
}

/** Reports the connection's news; returns what stops listening. */
function follow(opened: FacilitatorConnection, report: (event: WatchReport) => void) {
  const stops = [
    opened.on('feed', (feed) => report({ type: 'live.feed', feed })),
    opened.on('connection', (status) =>
      report({ type: 'live.online', online: status === 'online' }),
    ),
    opened.on('deleted', () => report({ type: 'live.deleted' })),
  ];
  report({ type: 'live.online', online: true });
  report({ type: 'live.feed', feed: opened.feed });
  return () => stops.forEach((stop) => stop());
}

export const watchRoom = fromCallback<WatchCommand, { url: string; room: KeptRoom }>(
  ({ input, sendBack, receive }) => {
    const report = (event: WatchReport) => sendBack(event as EventObject);
    let connection: FacilitatorConnection | null = null;
    let stopped = false;
    let unfollow = () => undefined as void;
    void FacilitatorConnection.open({
      url: input.url,
      roomId: input.room.roomId,
      key: input.room.key,
    })
      .then((opened) => {
        if (stopped) return opened.close();
        connection = opened;
        unfollow = follow(opened, report);
      })
      .catch((error: unknown) => report({ type: 'live.failed', message: requestProblem(error) }));
    const run = (work: Promise<string>) =>
      work
        .then((message) => report({ type: 'live.done', message }))
        .catch((error: unknown) => report({ type: 'live.done', message: requestProblem(error) }));
    receive((command) => {
      if (command.type === 'live.export') return void run(exportToFile(input.url, input.room));
      if (command.type === 'live.delete')
        return void deleteRoom(input.url, input.room.roomId, input.room.key)
          .then(() => report({ type: 'live.deleted' }))
          .catch((error: unknown) => report({ type: 'live.done', message: requestProblem(error) }));
      if (!connection)
        return report({ type: 'live.done', message: 'Not connected to the room yet.' });
      if (command.type === 'live.control') {
        const { action } = command;
        return void run(connection.control(action).then(() => ACTION_DONE[action]));
      }
      void run(roomPlayCommand(connection, command));
    });
    return () => {
      stopped = true;
      unfollow();
      connection?.close();
    };
  },
);
