/**
 * Forwarding to an organisation's LRS, on every store: a tiny LRS started here, down for its
 * first requests, then up. Inputs are acknowledged all along; every statement arrives once,
 * validates, and carries the deltas and running scores the server's replay computed.
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import validateStatement from 'xapi-validation';
import { DIMENSIONS } from '../../src/engine/scenario/schema';
import { VERBS, decisionIri, extensionIri, scenarioIri } from '../../src/server/lrs/statements';
import { storeVariants } from './support/stores';
import { useTestServer } from './support/use-server';
import { pickIndex, play } from './support/player';
import { until } from './support/sockets';

/** The fields the test reads; the validator checks the rest. */
interface XapiStatement {
  id: string;
  verb: { id: string };
  actor: { account: unknown };
  object: { id: string };
  result: { response?: string; extensions: Record<string, unknown>; score?: { scaled: number } };
  context: { registration: string };
}

interface TinyLrs {
  server: Server;
  url: string;
  statements: XapiStatement[];
  requests: number;
  failFirst: number;
}

function startLrs(failFirst: number): Promise<TinyLrs> {
  const lrs: TinyLrs = { server: createServer(), url: '', statements: [], requests: 0, failFirst };
  lrs.server.on('request', (request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      lrs.requests += 1;
      const authorised =
        request.headers.authorization ===
        `Basic ${Buffer.from('lrs-user:lrs-pass').toString('base64')}`;
      if (request.method !== 'POST' || request.url !== '/xapi/statements' || !authorised) {
        response.writeHead(401).end();
        return;
      }
      if (request.headers['x-experience-api-version'] !== '1.0.3') {
        response.writeHead(400).end();
        return;
      }
      if (lrs.requests <= lrs.failFirst) {
        response.writeHead(503).end();
        return;
      }
      const batch = JSON.parse(body) as XapiStatement[];
      lrs.statements.push(...batch);
      response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify(batch.map((s) => s.id)));
    });
  });
  return new Promise((resolve) =>
    lrs.server.listen(0, '127.0.0.1', () => {
      lrs.url = `http://127.0.0.1:${(lrs.server.address() as { port: number }).port}/xapi/`;
      resolve(lrs);
    }),
  );
}

describe.each(storeVariants())('forwarding statements to an LRS on the $name store', (variant) => {
  let lrs: TinyLrs;
  beforeAll(async () => {
    lrs = await startLrs(2);
  });
  afterAll(() => {
    lrs.server.close();
  });
  // Registered after the LRS: started once it listens, stopped before it closes.
  const live = useTestServer(variant, () => ({
    LRS_ENDPOINT: lrs.url,
    LRS_USERNAME: 'lrs-user',
    LRS_PASSWORD: 'lrs-pass',
    PUBLIC_URL: 'https://workshop.example',
  }));

  it('sends one "answered" per decision and one "completed", retried until the LRS takes them', async () => {
    const { room, facilitator } = await live.roomWithFacilitator({
      scenarioId: 'price-change-fallout',
    });
    const ivy = await live.join(room.code, 'Ivy Chen');
    await play(ivy, pickIndex(2));
    expect(ivy.state.runs[0]!.ended).toBe(true);
    await until(
      () => facilitator.feed.participants[0]?.runs[0]?.result !== null,
      5000,
      'the result',
    );
    const run = facilitator.feed.participants[0]!.runs[0]!;
    const decisions = run.result!.profile.decisions;
    // The forwarder waits longer after each failure: move the server's clock past the pause.
    await until(
      () => {
        live.server.clock.advance(60_000);
        void live.server.forwarder!.flush();
        return lrs.statements.length === decisions.length + 1;
      },
      20_000,
      'every statement at the LRS',
    );
    expect(lrs.requests).toBeGreaterThan(2);
    await live.server.forwarder!.flush();
    expect(lrs.statements).toHaveLength(decisions.length + 1);
    expect(new Set(lrs.statements.map((statement) => statement.id)).size).toBe(
      lrs.statements.length,
    );
    for (const statement of lrs.statements) expect(validateStatement(statement)).toEqual([]);

    const answered = lrs.statements.filter((statement) => statement.verb.id === VERBS.answered.id);
    const running = { customerFocus: 0, adaptability: 0, empowerment: 0 };
    answered.forEach((statement, index) => {
      const review = decisions[index]!;
      expect(statement.actor.account).toEqual({
        homePage: `https://workshop.example/live/rooms/${room.id}`,
        name: 'Ivy Chen',
      });
      expect(statement.object.id).toBe(decisionIri('price-change-fallout', review.nodeId));
      expect(statement.result.response).toBe(review.choiceId);
      expect(statement.result.extensions[extensionIri.timedOut]).toBe(review.timedOut);
      for (const dimension of DIMENSIONS) {
        running[dimension] += review.scores[dimension];
        expect(statement.result.extensions[extensionIri.delta(dimension)]).toBe(
          review.scores[dimension],
        );
        expect(statement.result.extensions[extensionIri.score(dimension)]).toBe(running[dimension]);
      }
      expect(statement.context.registration).toBe(answered[0]!.context.registration);
    });
    const completed = lrs.statements.find((statement) => statement.verb.id === VERBS.completed.id)!;
    expect(completed.object.id).toBe(scenarioIri('price-change-fallout'));
    const measured = DIMENSIONS.map((d) => run.result!.scores[d]).filter(
      (s): s is number => s !== null,
    );
    const mean = measured.reduce((sum, score) => sum + score, 0) / measured.length;
    expect(completed.result.score?.scaled).toBeCloseTo(mean / 100, 4);
    for (const dimension of DIMENSIONS)
      expect(completed.result.extensions[extensionIri.score(dimension)]).toBe(
        run.result!.rawScores[dimension],
      );
  });
});
