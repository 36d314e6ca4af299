/** A bare socket.io client, for tests that speak the protocol by hand (malformed messages…). */
import { io, type Socket } from 'socket.io-client';
import type {
  FeedSnapshot,
  LiveError,
  ParticipantState,
  VoteState,
} from '../../../src/live/protocol';

/** Any acknowledgement, loosely typed: tests look at the fields the message at hand has. */
export interface Answer {
  ok: boolean;
  error: LiveError;
  token: string;
  state: ParticipantState;
  feed: FeedSnapshot;
  vote: VoteState;
  [field: string]: unknown;
}

export function rawSocket(url: string): Socket {
  return io(url, { transports: ['websocket'], reconnection: false, forceNew: true });
}

export async function ask(socket: Socket, event: string, payload?: unknown): Promise<Answer> {
  return payload === undefined
    ? socket.timeout(5000).emitWithAck(event)
    : socket.timeout(5000).emitWithAck(event, payload);
}

/** Resolves with the next `event` the socket receives. */
export function next<T = unknown>(socket: Socket, event: string, timeoutMs = 5000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`No ${event} within ${timeoutMs} ms`)),
      timeoutMs,
    );
    socket.once(event, (value: T) => {
      clearTimeout(timer);
      resolve(value);
    });
  });
}

/** Waits until `check` holds, polling (for state that arrives over the network). */
export async function until(
  check: () => boolean,
  timeoutMs = 5000,
  what = 'a condition',
): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
