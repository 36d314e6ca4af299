/**
 * A participant's connection to a live room. Every input gets the next sequence number and
 * waits in a queue until the server acknowledges it; while the network is down play goes on and
 * the queue grows; on reconnect the connection resumes with its token (the server answers with
 * the run so far) and resends what is left, in order. Resending is safe: the server accepts a
 * sequence number once and acknowledges a repeat as a duplicate.
 */
import type { Socket } from 'socket.io-client';
import type { SessionInput } from '../engine/session/types';
import { request, withChannel, NoAnswerError } from './channel';
import { Emitter } from './emitter';
import { withRoomRun, withVote } from './feed-state';
import { LiveRequestError } from './http';
import {
  memoryStore,
  reconcile,
  refusalAction,
  withAcknowledged,
  withNewerParts,
  type ParticipantStore,
  type PendingInput,
} from './outbox';
import {
  CLIENT_EVENTS,
  SERVER_EVENTS,
  type InputAccepted,
  type ParticipantState,
  type RoomInfo,
  type RunFeed,
  type VoteState,
} from './protocol';

import type { ParticipantEvents, ParticipantOptions } from './participant-types';

export type { ParticipantEvents, ParticipantOptions };

const RETRY_MS = 1000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class ParticipantConnection extends Emitter<ParticipantEvents> {
  private queue: PendingInput[];
  private current: ParticipantState;
  private authenticated = true;
  private flushing = false;
  /** Set when something changed during a flush (a resync, a resume): flush once more after it. */
  private again = false;
  private paused: boolean;
  private closed = false;
  private waiters: Array<() => void> = [];

  private constructor(
    private readonly socket: Socket,
    private readonly options: ParticipantOptions,
    private readonly store: ParticipantStore,
    readonly token: string,
    state: ParticipantState,
    pending: PendingInput[],
  ) {
    super();
    this.current = state;
    this.queue = pending;
    this.paused = state.room.status === 'paused';
    this.listen();
    this.save();
    void this.flush();
  }

  /** Joins a room with its code and a name; rejects with a LiveRequestError the screen can show. */
  static async join(
    options: ParticipantOptions,
    code: string,
    name: string,
  ): Promise<ParticipantConnection> {
    return withChannel(options, async (socket) => {
      const { token, state } = await request<{ token: string; state: ParticipantState }>(
        socket,
        CLIENT_EVENTS.join,
        { code, name },
        options.ackTimeoutMs ?? 10_000,
      );
      const store = options.store ?? memoryStore();
      return new ParticipantConnection(socket, options, store, token, state, []);
    });
  }

  /** Carries on with a token (from `options.store` when not given), on this or another device. */
  static async resume(options: ParticipantOptions, token?: string): Promise<ParticipantConnection> {
    const store = options.store ?? memoryStore();
    const saved = store.load();
    const useToken = token ?? saved?.token;
    if (!useToken)
      throw new LiveRequestError({ code: 'unauthorized', message: 'Join the room with its code.' });
    return withChannel(options, async (socket) => {
      const { state } = await request<{ state: ParticipantState }>(
        socket,
        CLIENT_EVENTS.resume,
        { token: useToken },
        options.ackTimeoutMs ?? 10_000,
      );
      const pending = saved?.token === useToken ? saved.pending : [];
      const connection = new ParticipantConnection(socket, options, store, useToken, state, []);
      connection.adopt(state, pending);
      return connection;
    });
  }

  get state(): ParticipantState {
    return this.current;
  }

  get online(): boolean {
    return this.socket.connected;
  }

  pending(): readonly PendingInput[] {
    return this.queue;
  }

  /** Queues an input of the current run (or `run`) and sends it as soon as it can. */
  send(input: SessionInput, run = this.current.runs.length - 1): PendingInput {
    const target = this.current.runs[run];
    if (!target) throw new Error(`There is no run ${run} in this room.`);
    const last = this.queue.at(-1);
    const item: PendingInput = {
      seq: last ? last.seq + 1 : this.current.nextSeq,
      run,
      scenarioId: target.scenarioId,
      input,
    };
    this.queue.push(item);
    this.save();
    void this.flush();
    return item;
  }

  /** Resolves once every queued input has been acknowledged or refused. */
  settled(): Promise<void> {
    if (this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Room play: this device's ballot in the open vote; resolves with the tally the server counted. */
  async vote(voteId: string, choiceId: string): Promise<VoteState> {
    const { vote } = await this.ask<{ vote: VoteState }>(CLIENT_EVENTS.vote, { voteId, choiceId });
    // The answer is news like the broadcast: keep the state current (as the facilitator's does).
    this.onVote(vote);
    return vote;
  }

  /** Disconnects; the store keeps the token and the queue, so a reload resumes. */
  close(): void {
    this.closed = true;
    this.socket.close();
  }

  /** Leaves for good on this device: forgets the token and anything unsent. */
  forget(): void {
    this.close();
    this.store.save(null);
  }

  private ask<T extends object>(event: string, payload: unknown): Promise<T> {
    return request<T>(this.socket, event, payload, this.options.ackTimeoutMs ?? 5000);
  }

  private save(): void {
    this.store.save({ token: this.token, pending: this.queue });
  }

  private settle(): void {
    if (this.queue.length > 0) return;
    for (const resolve of this.waiters.splice(0)) resolve();
  }

  /** Takes the server's state and keeps what is still to send; reports inputs that are void. */
  private adopt(state: ParticipantState, pending: readonly PendingInput[] = this.queue): void {
    const merged = withNewerParts(this.current, state);
    const { pending: waiting, conflicting } = reconcile(pending, merged);
    this.current = merged;
    this.queue = waiting;
    this.paused = merged.room.status === 'paused';
    this.save();
    this.emit('state', merged);
    if (conflicting.length > 0)
      this.emit('refused', {
        inputs: conflicting,
        error: {
          code: 'seq-conflict',
          message: 'This run moved on elsewhere (another device); these inputs were not kept.',
        },
      });
    this.settle();
    void this.flush();
  }

  private listen(): void {
    this.socket.on('connect', () => {
      this.emit('connection', 'online');
      void this.reauthenticate();
    });
    this.socket.on('disconnect', () => {
      this.authenticated = false;
      this.emit('connection', 'offline');
    });
    this.socket.on(SERVER_EVENTS.roomState, (room: RoomInfo) => this.onRoom(room));
    this.socket.on(SERVER_EVENTS.voteState, (vote: VoteState) => this.onVote(vote));
    this.socket.on(SERVER_EVENTS.roomRun, (run: RunFeed) => {
      this.current = withRoomRun(this.current, run);
      this.emit('roomRun', run);
    });
    this.socket.on(SERVER_EVENTS.roomDeleted, ({ roomId }: { roomId: string }) => {
      this.emit('deleted', { roomId });
      this.forget();
    });
  }

  private onVote(vote: VoteState): void {
    this.current = withVote(this.current, vote);
    this.emit('vote', vote);
  }

  private onRoom(room: RoomInfo): void {
    const before = this.current.room;
    if (room.revision < before.revision) return;
    this.current = { ...this.current, room };
    this.paused = room.status === 'paused';
    this.emit('room', room);
    // The debriefs come with the state: fetch it again once they are released.
    if (room.debriefsReleased && !before.debriefsReleased) void this.reauthenticate();
    else void this.flush();
  }

  private async reauthenticate(): Promise<void> {
    if (this.closed) return;
    try {
      const { state } = await this.ask<{ state: ParticipantState }>(CLIENT_EVENTS.resume, {
        token: this.token,
      });
      this.authenticated = true;
      this.adopt(state);
    } catch (error) {
      if (error instanceof LiveRequestError && error.code === 'unauthorized') {
        this.emit('deleted', { roomId: this.current.room.id });
        this.forget();
      }
      // No answer: the next 'connect' tries again.
    }
  }

  private async flush(): Promise<void> {
    if (this.flushing) {
      this.again = true;
      return;
    }
    this.flushing = true;
    try {
      while (this.queue.length > 0 && this.authenticated && !this.paused && !this.closed) {
        if (!(await this.sendHead(this.queue[0] as PendingInput))) break;
      }
    } finally {
      this.flushing = false;
      this.settle();
      if (this.again) {
        this.again = false;
        void this.flush();
      }
    }
  }

  /** Sends the oldest queued input once; false when sending must wait (offline, paused, resync). */
  private async sendHead(head: PendingInput): Promise<boolean> {
    try {
      const accepted = await this.ask<InputAccepted>(CLIENT_EVENTS.input, head);
      this.onAccepted(head, accepted);
      return true;
    } catch (error) {
      if (error instanceof NoAnswerError) return this.socket.connected;
      if (!(error instanceof LiveRequestError)) throw error;
      return this.onRefused(error);
    }
  }

  private onAccepted(head: PendingInput, accepted: InputAccepted): void {
    this.queue.shift();
    this.current = withAcknowledged(this.current, head, accepted);
    this.save();
    this.emit('acknowledged', { input: head, accepted });
  }

  private async onRefused(error: LiveRequestError): Promise<boolean> {
    const action = refusalAction(error.code);
    if (action === 'wait') this.paused = true;
    if (action === 'retry') await sleep(RETRY_MS);
    if (action === 'drop') {
      const dropped = this.queue.splice(0);
      this.save();
      this.emit('refused', { inputs: dropped, error: error.detail });
    }
    if (action !== 'resync') return action === 'retry';
    this.authenticated = false;
    await this.reauthenticate();
    return false;
  }
}
