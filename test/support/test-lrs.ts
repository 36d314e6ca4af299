/**
 * A small LMS + LRS for the cmi5 tests (unit and e2e), on 127.0.0.1 at a port the OS picks: the fetch URL
 * (one auth token per launch), LMS.LaunchData, the State API, and a Statement API that checks
 * every statement with xapi-validation. It can be told to be unreachable or to refuse.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import xapiValidation from 'xapi-validation';

type Validate = (statement: unknown) => Array<{ message?: string; path?: unknown }>;
const validate: Validate =
  typeof xapiValidation === 'function'
    ? (xapiValidation as unknown as Validate)
    : (xapiValidation as unknown as { default: Validate }).default;

export const SESSION_ID_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';

export interface StoredStatement {
  statement: Record<string, unknown> & {
    id: string;
    verb: { id: string };
    timestamp: string;
    result?: Record<string, unknown>;
    context?: Record<string, unknown>;
    object: { id: string };
  };
  warnings: string[];
}

export interface LaunchOptions {
  registration: string;
  /** The AU's id (from cmi5.xml); a fixed test id when not given. */
  activityId?: string;
  masteryScore?: number;
  launchMode?: 'Normal' | 'Browse' | 'Review';
}

export interface TestLrs {
  endpoint: string;
  activityId: string;
  actor: { objectType: 'Agent'; name: string; account: { homePage: string; name: string } };
  statements: StoredStatement[];
  /** Requests to /statements answered with this status (0 = connection dropped) while > 0. */
  failStatements(times: number, status: number): void;
  /** The query string the LMS would launch the AU with (a fresh auth token and session each time). */
  launch(options: LaunchOptions): { search: string; session: string };
  close(): Promise<void>;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => resolve(body));
  });
}

/** A real LRS answers browsers on other origins; so does this one (the AU runs in happy-dom). */
const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-Experience-API-Version',
  'Access-Control-Expose-Headers': 'ETag, X-Experience-API-Version',
};

function send(response: ServerResponse, status: number, body?: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json', ...CORS });
  response.end(body === undefined ? '' : JSON.stringify(body));
}

export async function startTestLrs(): Promise<TestLrs> {
  const tokens = new Map<string, { used: boolean; launch: LaunchOptions & { session: string } }>();
  const states = new Map<string, string>();
  const statements: StoredStatement[] = [];
  const failing = { times: 0, status: 503 };
  let launches = 0;
  const activityId = 'urn:customer-lead-sim:package:saturday-returns:au';
  const actor = {
    objectType: 'Agent' as const,
    name: 'Ada Learner',
    account: { homePage: 'http://127.0.0.1/lms', name: 'ada' },
  };

  const launchData = (launch: LaunchOptions & { session: string }) => ({
    contextTemplate: {
      contextActivities: {
        grouping: [{ objectType: 'Activity', id: 'urn:publisher:au:saturday' }],
      },
      extensions: { [SESSION_ID_EXTENSION]: launch.session },
    },
    launchMode: launch.launchMode ?? 'Normal',
    moveOn: launch.masteryScore === undefined ? 'Completed' : 'CompletedAndPassed',
    ...(launch.masteryScore === undefined ? {} : { masteryScore: launch.masteryScore }),
  });

  async function handleStatements(request: IncomingMessage, response: ServerResponse) {
    if (failing.times > 0) {
      failing.times -= 1;
      if (failing.status === 0) return request.socket.destroy();
      return send(response, failing.status, { message: 'not now' });
    }
    const body = JSON.parse(await readBody(request)) as unknown;
    const list = (Array.isArray(body) ? body : [body]) as StoredStatement['statement'][];
    for (const statement of list) {
      if (statements.some((stored) => stored.statement.id === statement.id)) continue;
      const warnings = validate(statement).map(
        (warning) => `${String(warning.path)}: ${warning.message ?? ''}`,
      );
      statements.push({ statement, warnings });
    }
    // PUT /statements?statementId=… stores one statement and answers 204, POST answers the ids.
    if (request.method === 'PUT') return send(response, 204);
    send(
      response,
      200,
      list.map((statement) => statement.id),
    );
  }

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (request.method === 'OPTIONS') return send(response, 204);
    if (url.pathname === '/fetch') {
      const entry = tokens.get(url.searchParams.get('launch') ?? '');
      if (!entry || entry.used)
        return send(response, 200, { 'error-code': '1', 'error-text': 'used' });
      entry.used = true;
      return send(response, 200, { 'auth-token': url.searchParams.get('launch') });
    }
    const token = (request.headers.authorization ?? '').replace(/^Basic /, '');
    const launch = tokens.get(token)?.launch;
    if (!launch || !request.headers['x-experience-api-version']) return send(response, 401);
    if (url.pathname === '/xapi/statements') return handleStatements(request, response);
    if (url.pathname === '/xapi/agents/profile') return send(response, 404);
    if (url.pathname === '/xapi/activities/state') {
      const stateId = url.searchParams.get('stateId') ?? '';
      if (stateId === 'LMS.LaunchData') return send(response, 200, launchData(launch));
      const key = `${url.searchParams.get('registration')}|${stateId}`;
      if (request.method === 'GET') {
        const stored = states.get(key);
        return stored === undefined ? send(response, 404) : send(response, 200, JSON.parse(stored));
      }
      states.set(key, await readBody(request));
      return send(response, 204);
    }
    send(response, 404);
  }

  const server = createServer((request, response) => void handle(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    endpoint: `${origin}/xapi/`,
    activityId,
    actor,
    statements,
    failStatements(times, status) {
      failing.times = times;
      failing.status = status;
    },
    launch(options) {
      launches += 1;
      const token = `token-${launches}`;
      tokens.set(token, { used: false, launch: { ...options, session: `session-${launches}` } });
      const query = new URLSearchParams({
        endpoint: `${origin}/xapi/`,
        fetch: `${origin}/fetch?launch=${token}`,
        actor: JSON.stringify(actor),
        registration: options.registration,
        activityId: options.activityId ?? activityId,
      });
      return { search: `?${query.toString()}`, session: `session-${launches}` };
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
