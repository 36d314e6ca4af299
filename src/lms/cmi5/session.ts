/**
 * The cmi5 library wired to one StatementQueue, so the defined statements it builds and the
 * statements per choice reach the LRS in the order they were made; and the last send as the
 * page closes, which must outlive the page.
 */
import Cmi5 from '@xapi/cmi5';
import type { ProblemReporter } from '../problems';
import { PROBLEM } from '../problems';
import { RESUME_STATE_ID } from '../vocabulary';
import type { StatementBase, XapiStatement } from './statements';
import { StatementQueue } from './queue';
import { stateUrl, type LaunchParameters } from './launch';
import type { ProgressStore } from './progress';

export interface Cmi5Session {
  cmi5: Cmi5;
  queue: StatementQueue;
  /** What every statement per choice carries (the context template arrives with LaunchData). */
  base: StatementBase;
  params: LaunchParameters;
}

export function openSession(
  params: LaunchParameters,
  problems: ProblemReporter,
  timers: Window,
): Cmi5Session {
  const cmi5 = new Cmi5(params as never);
  const queue = new StatementQueue(
    (statement) => cmi5.xapi!.sendStatement({ statement: statement as never }),
    {
      unreachable: () => problems.report('lrsUnreachable', PROBLEM.lrsUnreachable),
      refused: () => problems.report('lrsRefused', PROBLEM.lrsRefused),
    },
    timers,
  );
  // The library builds each defined statement and hands it here: queue it instead of sending.
  cmi5.sendXapiStatement = ((
    statement: XapiStatement,
    options?: { transform?: (s: XapiStatement) => XapiStatement },
  ) => {
    const final = options?.transform ? options.transform(statement) : statement;
    queue.push(final);
    return Promise.resolve({ data: [final.id] });
  }) as never;
  const base: StatementBase = {
    actor: params.actor,
    registration: params.registration,
    activityId: params.activityId,
    contextTemplate: {},
  };
  return { cmi5, queue, base, params };
}

/**
 * The page is closing: what is still queued goes out in requests that outlive the page
 * (fetch keepalive). One PUT per statement, by its id: a statement the LRS refuses cannot sink
 * the others, and one that already arrived is simply not stored twice. The LRS orders them
 * by timestamp, as cmi5 does. The State document goes first when it has unsaved changes.
 */
export function flushOnExit(session: Cmi5Session, progress: ProgressStore, page: Window): void {
  const statements = session.queue.takeAll();
  const headers = {
    Authorization: `Basic ${session.cmi5.getAuthToken()}`,
    'X-Experience-API-Version': '1.0.3',
    'Content-Type': 'application/json',
  };
  const endpoint = session.params.endpoint.endsWith('/')
    ? session.params.endpoint
    : `${session.params.endpoint}/`;
  const send = (url: string, body: unknown) =>
    page
      .fetch(url, { method: 'PUT', headers, body: JSON.stringify(body), keepalive: true })
      .catch(() => undefined);
  if (progress.dirty)
    void send(stateUrl(endpoint, session.params, RESUME_STATE_ID), progress.document());
  for (const statement of statements) {
    void send(`${endpoint}statements?statementId=${encodeURIComponent(statement.id)}`, statement);
  }
}
