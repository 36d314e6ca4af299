/**
 * A facilitator's connection to a live room: opens the feed with the room id and the
 * facilitator key, keeps a FeedState current from the server's events (and takes a fresh
 * snapshot after every reconnect, so nothing missed while offline stays missing), and sends
 * the room commands.
 */
import type { Socket } from 'socket.io-client';
import { request, withChannel, type ConnectionOptions } from './channel';
import { Emitter } from './emitter';
import {
  feedFromSnapshot,
  unknownParticipant,
  withParticipant,
  withSnapshot,
  withPresence,
  withProgress,
  withRoom,
  withRoomRun,
  withVote,
  type FeedState,
} from './feed-state';
import {
  CLIENT_EVENTS,
  SERVER_EVENTS,
  type FeedSnapshot,
  type ParticipantFeed,
  type PresenceEvent,
  type ProgressEvent,
  type RoomInfo,
  type RunFeed,
  type VoteState,
} from './protocol';

export interface FacilitatorOptions extends ConnectionOptions {
  roomId: string;
  key: string;
}

export type FacilitatorEvents = {
  /** The whole feed after any change: the simplest thing for a screen to render from. */
  feed: FeedState;
  joined: ParticipantFeed;
  progress: ProgressEvent;
  presence: PresenceEvent;
  room: RoomInfo;
  vote: VoteState;
  roomRun: RunFeed;
  deleted: { roomId: string };
  connection: 'online' | 'offline';
};

export type RoomAction = 'pause' | 'resume' | 'release-debriefs' | 'end';

export class FacilitatorConnection extends Emitter<FacilitatorEvents> {
  private state: FeedState;

  private constructor(
    private readonly socket: Socket,
    private readonly options: FacilitatorOptions,
    snapshot: FeedSnapshot,
  ) {
    super();
    this.state = feedFromSnapshot(snapshot);
    this.listen();
  }

  /** Opens the room's feed; rejects with a LiveRequestError ("unauthorized" for a wrong key). */
  static async open(options: FacilitatorOptions): Promise<FacilitatorConnection> {
    return withChannel(options, async (socket) => {
      const { feed } = await request<{ feed: FeedSnapshot }>(
        socket,
        CLIENT_EVENTS.watch,
        { roomId: options.roomId, key: options.key },
        options.ackTimeoutMs ?? 10_000,
      );
      return new FacilitatorConnection(socket, options, feed);
    });
  }

  get feed(): FeedState {
    return this.state;
  }

  get online(): boolean {
    return this.socket.connected;
  }

  async control(action: RoomAction): Promise<RoomInfo> {
    const { room } = await this.ask<{ room: RoomInfo }>(CLIENT_EVENTS.control, { action });
    this.update(withRoom(this.state, room));
    return room;
  }

  /** Room play: leaves a narrative or event of the room's shared run. */
  async continueRoom(): Promise<RunFeed> {
    const { run } = await this.ask<{ run: RunFeed }>(CLIENT_EVENTS.continueRoom, {});
    this.update(withRoomRun(this.state, run));
    return run;
  }

  /** Room play: opens a vote at the shared run's decision (or returns the one already open). */
  async openVote(): Promise<VoteState> {
    const { vote } = await this.ask<{ vote: VoteState }>(CLIENT_EVENTS.openVote, {});
    this.update(withVote(this.state, vote));
    return vote;
  }

  /**
   * Room play: closes the vote. The majority goes on; on a tie (error "tie", with the tied ids)
   * or without votes ("no-votes") call again with `pick`.
   */
  async closeVote(voteId: string, pick?: string): Promise<{ vote: VoteState; run: RunFeed }> {
    const answer = await this.ask<{ vote: VoteState; run: RunFeed }>(
      CLIENT_EVENTS.closeVote,
      pick === undefined ? { voteId } : { voteId, pick },
    );
    this.update(withRoomRun(withVote(this.state, answer.vote), answer.run));
    return answer;
  }

  close(): void {
    this.socket.close();
  }

  private ask<T extends object>(event: string, payload: unknown): Promise<T> {
    return request<T>(this.socket, event, payload, this.options.ackTimeoutMs ?? 5000);
  }

  private update(next: FeedState): void {
    if (next === this.state) return;
    this.state = next;
    this.emit('feed', next);
  }

  private async rewatch(): Promise<void> {
    try {
      const { feed } = await this.ask<{ feed: FeedSnapshot }>(CLIENT_EVENTS.watch, {
        roomId: this.options.roomId,
        key: this.options.key,
      });
      this.update(withSnapshot(this.state, feed));
    } catch {
      // The room is gone or the server is not answering; room.deleted or the next connect tells.
    }
  }

  private listen(): void {
    const on = <T>(event: string, apply: (value: T) => FeedState, name: keyof FacilitatorEvents) =>
      this.socket.on(event, (value: T) => {
        this.emit(name, value as never);
        this.update(apply(value));
      });
    on<ParticipantFeed>(SERVER_EVENTS.joined, (p) => withParticipant(this.state, p), 'joined');
    on<ProgressEvent>(SERVER_EVENTS.progress, (e) => withProgress(this.state, e), 'progress');
    // Progress of someone whose join has not arrived yet: take a fresh snapshot instead.
    this.socket.on(SERVER_EVENTS.progress, (event: ProgressEvent) => {
      if (unknownParticipant(this.state, event.participantId)) void this.rewatch();
    });
    on<PresenceEvent>(SERVER_EVENTS.presence, (e) => withPresence(this.state, e), 'presence');
    on<RoomInfo>(SERVER_EVENTS.roomState, (room) => withRoom(this.state, room), 'room');
    on<VoteState>(SERVER_EVENTS.voteState, (vote) => withVote(this.state, vote), 'vote');
    on<RunFeed>(SERVER_EVENTS.roomRun, (run) => withRoomRun(this.state, run), 'roomRun');
    this.socket.on(SERVER_EVENTS.roomDeleted, (event: { roomId: string }) => {
      this.emit('deleted', event);
      this.close();
    });
    this.socket.on('connect', () => {
      this.emit('connection', 'online');
      void this.rewatch();
    });
    this.socket.on('disconnect', () => this.emit('connection', 'offline'));
  }
}
