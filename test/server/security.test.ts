/**
 * Who may see what, and what the server refuses, on every store: headers on every response,
 * the passcode, token and key isolation, message size, shape and rate limits, room size, and
 * the page's test for a live server (which a static host must fail).
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLive, exportRoom, LiveRequestError } from '../../src/live/http';
import { CLIENT_EVENTS, SERVER_EVENTS } from '../../src/live/protocol';
import { projectRoot } from '../../src/server/config';
import { storeVariants } from './support/stores';
import { useTestServer } from './support/use-server';
import { pickIndex, play } from './support/player';
import { ask, next, rawSocket } from './support/sockets';

const PASSCODE = 'blue heron 42';

function metaCsp(): string {
  const html = readFileSync(join(projectRoot(), 'index.html'), 'utf8');
  const content = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
  if (!content) throw new Error('index.html has no CSP meta tag');
  return content;
}

function staticHost(answer: 'not-found' | 'html-fallback'): Promise<Server> {
  const server = createServer((_request, response) => {
    if (answer === 'not-found') response.writeHead(404).end('Not found');
    else response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><p>game');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe.each(storeVariants())('limits and isolation on the $name store', (variant) => {
  const live = useTestServer(variant, {
    FACILITATOR_PASSCODE: PASSCODE,
    ROOM_MAX_PARTICIPANTS: '3',
  });
  const newRoom = (scenarioId = 'frozen-account') => live.room({ scenarioId, passcode: PASSCODE });

  it('sends the page CSP as a header with frame-ancestors, and the other headers, everywhere', async () => {
    const expected = `${metaCsp().replace(/\s+/g, ' ')}; frame-ancestors 'none'`;
    const paths = [
      '/',
      '/api/live',
      '/api/nothing',
      '/missing.js',
      '/socket.io/?EIO=4&transport=polling',
    ];
    for (const path of paths) {
      const response = await fetch(`${live.server.url}${path}`);
      expect(response.headers.get('content-security-policy'), path).toBe(expected);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
      expect(response.headers.get('referrer-policy'), path).toBe('no-referrer');
    }
    expect(expected).toContain("connect-src 'self'");
  });

  it('tells the page live rooms exist here, and a static host does not pass for one', async () => {
    const offered = await detectLive(`${live.server.url}/index.html#/facilitator`);
    expect(offered?.passcodeRequired).toBe(true);
    // Listening on 127.0.0.1: no address another device could use.
    expect(offered?.joinAddresses).toEqual([]);
    expect(offered?.limits.maxParticipants).toBe(3);
    expect(offered?.library.scenarios.map((scenario) => scenario.id)).toContain('frozen-account');
    for (const answer of ['not-found', 'html-fallback'] as const) {
      const host = await staticHost(answer);
      const address = host.address() as { port: number };
      expect(await detectLive(`http://127.0.0.1:${address.port}/`)).toBeNull();
      host.close();
    }
    expect(await detectLive('http://127.0.0.1:1/')).toBeNull();
  });

  it('creates rooms only with the passcode', async () => {
    for (const passcode of [undefined, 'wrong']) {
      const error = await live
        .room({
          scenarioId: 'frozen-account',
          ...(passcode ? { passcode } : {}),
        })
        .catch((caught: unknown) => caught);
      expect((error as LiveRequestError).code).toBe('passcode');
      expect((error as LiveRequestError).status).toBe(403);
    }
    const created = await newRoom();
    expect(created.room.code).toMatch(/^[ACDEFGHJKMNPQRTWXY34679]{6}$/);
    expect(created.facilitatorKey.length).toBeGreaterThanOrEqual(43);
  });

  it('keeps tokens to their own run: no other participant, no other room, no feed, no export', async () => {
    const first = await newRoom();
    const second = await newRoom();
    const ann = await live.join(first.room.code, 'Ann');
    const bea = await live.join(first.room.code, 'Bea');
    const cal = await live.join(second.room.code, 'Cal');
    await play(bea, pickIndex(1), 3);
    await play(cal, pickIndex(0), 2);

    const socket = rawSocket(live.server.url);
    const resumed = await ask(socket, CLIENT_EVENTS.resume, { token: ann.token });
    expect(resumed.state.participantId).toBe(ann.state.participantId);
    expect(JSON.stringify(resumed.state)).not.toContain(bea.state.participantId);
    expect(JSON.stringify(resumed.state)).not.toContain('Bea');
    expect(resumed.state.runs.every((run) => run.log.inputs.length === 0)).toBe(true);
    let feedEvents = 0;
    socket.on(SERVER_EVENTS.progress, () => (feedEvents += 1));
    socket.on(SERVER_EVENTS.joined, () => (feedEvents += 1));

    const denied = [
      await ask(socket, CLIENT_EVENTS.watch, { roomId: first.room.id, key: ann.token }),
      await ask(socket, CLIENT_EVENTS.watch, { roomId: first.room.id, key: second.facilitatorKey }),
      await ask(socket, CLIENT_EVENTS.watch, { roomId: second.room.id, key: first.facilitatorKey }),
      await ask(socket, CLIENT_EVENTS.control, { action: 'end' }),
      await ask(socket, CLIENT_EVENTS.openVote, {}),
    ];
    for (const answer of denied) expect(answer.error.code).toBe('unauthorized');
    for (const key of [ann.token, second.facilitatorKey, '']) {
      const error = await exportRoom(live.server.url, first.room.id, key).catch(
        (caught: unknown) => caught,
      );
      expect((error as LiveRequestError).status).toBe(401);
    }
    // The participant's socket hears nothing of Bea's play or of new joins.
    await play(bea, pickIndex(1), 2);
    await live.join(first.room.code, 'Dee');
    const facilitatorView = rawSocket(live.server.url);
    const watched = await ask(facilitatorView, CLIENT_EVENTS.watch, {
      roomId: first.room.id,
      key: first.facilitatorKey,
    });
    expect(watched.feed.participants.map((participant) => participant.name)).toEqual([
      'Ann',
      'Bea',
      'Dee',
    ]);
    expect(feedEvents).toBe(0);
    socket.close();
    facilitatorView.close();
  });

  it('refuses unknown events, wrong shapes and missing fields, and goes on answering', async () => {
    const { room } = await newRoom();
    const socket = rawSocket(live.server.url);
    const bad = [
      await ask(socket, 'p.teleport', { to: 'ending' }),
      await ask(socket, CLIENT_EVENTS.join, 'not an object'),
      await ask(socket, CLIENT_EVENTS.join, { code: room.code }),
      await ask(socket, CLIENT_EVENTS.join, { code: room.code, name: 'Eli', admin: true }),
      await ask(socket, CLIENT_EVENTS.input, {
        seq: -1,
        run: 0,
        scenarioId: 'x',
        input: { type: 'choose' },
      }),
      await ask(socket, CLIENT_EVENTS.input, [1, 2, 3]),
    ];
    for (const answer of bad) expect(answer.error.code).toBe('bad-request');
    socket.emit(CLIENT_EVENTS.join, { code: room.code, name: 'No ack' });
    const joined = await ask(socket, CLIENT_EVENTS.join, { code: room.code, name: 'Eli' });
    expect(joined.ok).toBe(true);
    const input = await ask(socket, CLIENT_EVENTS.input, {
      seq: 1,
      run: 0,
      scenarioId: 'frozen-account',
      input: { type: 'continue', at: 1 },
    });
    // frozen-account opens on a narrative: the first input is a continue.
    expect(input).toMatchObject({ ok: true, seq: 1 });
    socket.close();
  });

  it('closes only the connection that sends an oversized message; the room and its run go on', async () => {
    const { room } = await newRoom();
    const fay = await live.join(room.code, 'Fay');
    const gus = await live.join(room.code, 'Gus');
    await play(fay, pickIndex(0), 1);
    const attacker = rawSocket(live.server.url);
    await ask(attacker, CLIENT_EVENTS.resume, { token: fay.token });
    const closed = next(attacker, 'disconnect');
    attacker.emit(CLIENT_EVENTS.join, {
      code: room.code,
      name: 'x'.repeat(live.server.config.limits.maxMessageBytes * 2),
    });
    await closed;
    await play(gus, pickIndex(1), 3);
    await play(fay, pickIndex(0), 2);
    expect(fay.state.runs[0]!.log.inputs.length).toBe(3);
    expect(gus.state.runs[0]!.log.inputs.length).toBe(3);
  });

  it('limits the message rate per connection, and wrong codes per connection', async () => {
    const { room } = await newRoom();
    const socket = rawSocket(live.server.url);
    const answers = await Promise.all(
      Array.from({ length: 80 }, () => ask(socket, CLIENT_EVENTS.resume, { token: 'not-a-token' })),
    );
    const codes = answers.map((answer) => answer.error.code);
    expect(codes).toContain('rate-limited');
    expect(codes.filter((code) => code !== 'rate-limited').length).toBeLessThanOrEqual(
      live.server.config.limits.messagesPerSecond * 2 + 5,
    );
    socket.close();
    const fresh = rawSocket(live.server.url);
    const guesses = [];
    for (let index = 0; index < live.server.config.limits.failedJoinsPerMinute + 1; index += 1)
      guesses.push(
        (await ask(fresh, CLIENT_EVENTS.join, { code: 'QQQQQQ', name: 'G' })).error.code,
      );
    expect(guesses.at(-2)).toBe('not-found');
    expect(guesses.at(-1)).toBe('too-many-attempts');
    const rightCode = await ask(fresh, CLIENT_EVENTS.join, { code: room.code, name: 'Hana' });
    expect(rightCode.error.code).toBe('too-many-attempts');
    fresh.close();
  });

  it('holds at most the configured number of participants', async () => {
    const { room } = await newRoom();
    for (const name of ['Ida', 'Jo', 'Kai']) await live.join(room.code, name);
    const error = await live.join(room.code, 'Lu').catch((caught: unknown) => caught);
    expect((error as LiveRequestError).code).toBe('room-full');
  });

  it('refuses an HTTP body over the size limit', async () => {
    const response = await fetch(`${live.server.url}/api/rooms`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ scenarioId: 'frozen-account', name: 'x'.repeat(40_000) }),
    });
    expect(response.status).toBe(413);
  });
});
