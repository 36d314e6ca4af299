/**
 * How every client message is handled: its shape checked against the protocol's schema, the
 * work done, and exactly one acknowledgement sent back, `{ ok: true, … }` or
 * `{ ok: false, error }`. Nothing a client sends can throw past this point.
 */
import type { Socket } from 'socket.io';
import type { z } from 'zod';
import type { LiveError } from '../../live/protocol';
import { toLiveError } from '../rooms/errors';

export type AckFn = (answer: unknown) => void;

export function badRequest(message: string): { ok: false; error: LiveError } {
  return { ok: false, error: { code: 'bad-request', message } };
}

function issueText(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'it is not valid';
  const where = issue.path.map(String).join('.');
  return where ? `${where}: ${issue.message}` : issue.message;
}

export function handle<S extends z.ZodType>(
  socket: Socket,
  event: string,
  schema: S,
  work: (payload: z.infer<S>) => Promise<object>,
  log: (error: unknown) => void,
): void {
  socket.on(event, async (first: unknown, second: unknown) => {
    // `emit(event, ack)` without a payload puts the acknowledgement first.
    const [payload, ack] = typeof first === 'function' ? [undefined, first] : [first, second];
    if (typeof ack !== 'function') return; // every client message expects an answer
    const parsed = schema.safeParse(payload ?? {});
    if (!parsed.success) {
      (ack as AckFn)(badRequest(`The message is not valid: ${issueText(parsed.error)}.`));
      return;
    }
    try {
      (ack as AckFn)({ ok: true, ...(await work(parsed.data)) });
    } catch (error) {
      (ack as AckFn)({ ok: false, error: toLiveError(error, log) });
    }
  });
}

/** `handle` for one connection: `on(event, schema, work)`. */
export function handlerFor(socket: Socket, log: (error: unknown) => void) {
  return <S extends z.ZodType>(
    event: string,
    schema: S,
    work: (payload: z.infer<S>) => Promise<object>,
  ) => handle(socket, event, schema, work, log);
}
