/**
 * The live-room HTTP calls: is there a live server here (`detectLive`), create a room, export
 * it as a workshop file, delete it. Relative to the page's own origin: no request leaves it.
 */
import {
  LIVE_API_FORMAT,
  type CreateRoomRequest,
  type CreatedRoom,
  type LiveCapabilities,
  type LiveError,
} from './protocol';

/** A refusal from the server (or no answer), with the protocol's error code and sentence. */
/** The server did not acknowledge a request in time (the socket may be reconnecting). */
export class NoAnswerError extends Error {
  override name = 'NoAnswerError';
}

export class LiveRequestError extends Error {
  readonly code: LiveError['code'];
  readonly status: number;
  readonly detail: LiveError;
  constructor(detail: LiveError, status = 0) {
    super(detail.message);
    this.name = 'LiveRequestError';
    this.code = detail.code;
    this.status = status;
    this.detail = detail;
  }
}

export type Fetch = typeof fetch;

/** The server's root (where the game is served), as a URL ending in "/". */
export function serverRoot(base: string | URL): URL {
  const url = new URL(base);
  url.hash = '';
  url.search = '';
  url.pathname = url.pathname.replace(/[^/]*$/, '');
  return url;
}

/**
 * The server's capabilities, or null where there is none (a static host, vite preview: 404,
 * or an HTML fallback page, or no answer). The page offers live rooms only when this is not null.
 */
export async function detectLive(
  base: string | URL,
  fetchImpl: Fetch = fetch,
): Promise<LiveCapabilities | null> {
  // With no network there is no room to join; asking would only log a failed request.
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return null;
  try {
    const response = await fetchImpl(new URL('api/live', serverRoot(base)), {
      headers: { accept: 'application/json' },
    });
    if (!response.ok || !response.headers.get('content-type')?.includes('application/json'))
      return null;
    const body = (await response.json()) as Partial<LiveCapabilities>;
    return body.format === LIVE_API_FORMAT ? (body as LiveCapabilities) : null;
  } catch {
    return null;
  }
}

async function failure(response: Response): Promise<LiveRequestError> {
  try {
    const body = (await response.json()) as { error?: LiveError };
    if (body.error?.code) return new LiveRequestError(body.error, response.status);
  } catch {
    // not JSON: fall through to a plain sentence
  }
  return new LiveRequestError(
    { code: 'internal', message: `The server answered ${response.status}.` },
    response.status,
  );
}

async function call(url: URL, init: RequestInit, fetchImpl: Fetch): Promise<Response> {
  let response: Response;
  try {
    response = await fetchImpl(url, init);
  } catch {
    throw new LiveRequestError({
      code: 'internal',
      message: 'The live-room server cannot be reached; check the network.',
    });
  }
  if (!response.ok) throw await failure(response);
  return response;
}

export async function createRoom(
  base: string | URL,
  request: CreateRoomRequest,
  fetchImpl: Fetch = fetch,
): Promise<CreatedRoom> {
  const response = await call(
    new URL('api/rooms', serverRoot(base)),
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(request),
    },
    fetchImpl,
  );
  return (await response.json()) as CreatedRoom;
}

const roomUrl = (base: string | URL, roomId: string, tail = '') =>
  new URL(`api/rooms/${encodeURIComponent(roomId)}${tail}`, serverRoot(base));

/** The room as a workshop file's text (src/facilitator/workshop-file.ts reads it). */
export async function exportRoom(
  base: string | URL,
  roomId: string,
  key: string,
  fetchImpl: Fetch = fetch,
): Promise<string> {
  const response = await call(
    roomUrl(base, roomId, '/export'),
    { headers: { authorization: `Bearer ${key}` } },
    fetchImpl,
  );
  return response.text();
}

export async function deleteRoom(
  base: string | URL,
  roomId: string,
  key: string,
  fetchImpl: Fetch = fetch,
): Promise<void> {
  await call(
    roomUrl(base, roomId),
    { method: 'DELETE', headers: { authorization: `Bearer ${key}` } },
    fetchImpl,
  );
}
