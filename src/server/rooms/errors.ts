/** A refusal with a protocol error code and a plain sentence; anything else is "internal". */
import type { ErrorCode, LiveError } from '../../live/protocol';

export class LiveFailure extends Error {
  readonly code: ErrorCode;
  readonly extra: Omit<LiveError, 'code' | 'message'>;
  constructor(code: ErrorCode, message: string, extra: Omit<LiveError, 'code' | 'message'> = {}) {
    super(message);
    this.name = 'LiveFailure';
    this.code = code;
    this.extra = extra;
  }
}

export function fail(
  code: ErrorCode,
  message: string,
  extra?: Omit<LiveError, 'code' | 'message'>,
): never {
  throw new LiveFailure(code, message, extra);
}

/** What the client is told: the refusal, or a sentence without internals (logged server-side). */
export function toLiveError(error: unknown, log: (error: unknown) => void): LiveError {
  if (error instanceof LiveFailure)
    return { code: error.code, message: error.message, ...error.extra };
  log(error);
  return { code: 'internal', message: 'The server could not do this just now; try again.' };
}
