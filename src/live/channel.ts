/** The socket.io connection to the room server and one request/acknowledgement over it. */
import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';
import { LiveRequestError, NoAnswerError, serverRoot } from './http';
import type { Ack } from './protocol';

export type ChannelOptions = Partial<ManagerOptions & SocketOptions>;

export interface ConnectionOptions {
  /** The page's address (or the server's root): the socket goes to the same origin. */
  url: string | URL;
  /** socket.io-client options (tests shorten reconnection delays). */
  io?: ChannelOptions;
  /** How long to wait for an acknowledgement before sending again. */
  ackTimeoutMs?: number;
}

export function openChannel(options: ConnectionOptions): Socket {
  const root = serverRoot(options.url);
  return io(root.origin, {
    path: `${root.pathname}socket.io`,
    // WebSocket first: several server processes behind one address then need no sticky sessions.
    transports: ['websocket', 'polling'],
    reconnectionDelay: 500,
    reconnectionDelayMax: 5000,
    ...options.io,
  });
}

/** Opens a socket for `work`; closes it again when `work` fails (a refused join leaves nothing open). */
export async function withChannel<T>(
  options: ConnectionOptions,
  work: (socket: Socket) => Promise<T>,
): Promise<T> {
  const socket = openChannel(options);
  try {
    return await work(socket);
  } catch (error) {
    socket.close();
    throw error;
  }
}

/** No acknowledgement in time: the message may or may not have arrived (resending is safe). */
export { NoAnswerError };

export async function request<T extends object>(
  socket: Socket,
  event: string,
  payload: unknown,
  timeoutMs: number,
): Promise<T> {
  let answer: Ack<T>;
  try {
    answer = (await socket.timeout(timeoutMs).emitWithAck(event, payload)) as Ack<T>;
  } catch {
    throw new NoAnswerError(`No answer to ${event} within ${timeoutMs} ms.`);
  }
  if (!answer.ok) throw new LiveRequestError(answer.error);
  const { ok: _ok, ...rest } = answer;
  return rest as unknown as T;
}
