/**
 * Several server processes behind one address. With PostgreSQL, a facilitator on process A and
 * participants on process B see each other's events within a second (socket.io's PostgreSQL
 * adapter: LISTEN/NOTIFY). The embedded store belongs to one process: a second one refuses it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createRoom } from '../../src/live/http';
import { FacilitatorConnection } from '../../src/live/facilitator';
import { ParticipantConnection } from '../../src/live/participant';
import { storeVariants } from './support/stores';
import { useStore } from './support/use-server';
import { freePort, startChildServer, type ChildServer } from './support/child-server';
import { localRunOf, pickIndex } from './support/player';
import { until } from './support/sockets';

const SECOND = 1000;

describe.each(storeVariants())('two server processes on the $name store', (variant) => {
  const files = useStore(variant);
  const servers: ChildServer[] = [];
  // Kept first, so stopped after every connection.
  files.keep({
    async close() {
      for (const server of servers) await server.stop();
    },
  });

  beforeAll(async () => {
    servers.push(await startChildServer(await freePort(), { ...files.store.env }));
  });

  it.runIf(variant.name === 'embedded')(
    'refuses a second process on the same data folder',
    async () => {
      const second = await startChildServer(await freePort(), { ...files.store.env }).catch(
        (error: Error) => error,
      );
      expect(second).toBeInstanceOf(Error);
      expect((second as Error).message).toContain('in use by another server');
    },
  );

  it.runIf(variant.name === 'postgres')(
    'carries events between a facilitator on A and participants on B within a second',
    { timeout: 120_000 },
    async () => {
      servers.push(await startChildServer(await freePort(), { ...files.store.env }));
      const [a, b] = servers as [ChildServer, ChildServer];
      const { room, facilitatorKey } = await createRoom(a.url, { scenarioId: 'frozen-account' });
      const facilitator = await FacilitatorConnection.open({
        url: a.url,
        roomId: room.id,
        key: facilitatorKey,
      });
      files.keep(facilitator);
      const seen = new Map<string, number>();
      facilitator.on('joined', (participant) => seen.set(`join ${participant.name}`, Date.now()));
      facilitator.on('progress', ({ participantId, run }) =>
        seen.set(`${participantId} ${run.log.inputs.length}`, Date.now()),
      );
      const delays: number[] = [];
      const people: ParticipantConnection[] = [];
      for (const name of ['Pia', 'Quin']) {
        const sent = Date.now();
        const person = await ParticipantConnection.join({ url: b.url }, room.code, name);
        files.keep(person);
        people.push(person);
        await until(() => seen.has(`join ${name}`), 2 * SECOND, `${name}'s join on A`);
        delays.push(seen.get(`join ${name}`)! - sent);
      }
      for (const [index, person] of people.entries()) {
        const local = localRunOf(person);
        for (let step = 1; step <= 4; step += 1) {
          const sent = Date.now();
          person.send(local.step(pickIndex(index))!);
          const key = `${person.state.participantId} ${step}`;
          await until(() => seen.has(key), 2 * SECOND, `input ${step} on A`);
          delays.push(seen.get(key)! - sent);
        }
      }
      const paused = Date.now();
      await facilitator.control('pause');
      await until(
        () => people.every((person) => person.state.room.status === 'paused'),
        2 * SECOND,
        'the pause on B',
      );
      delays.push(Date.now() - paused);
      console.log(`A <-> B event delays (ms): ${delays.join(', ')}`);
      for (const delay of delays) expect(delay).toBeLessThan(SECOND);
    },
  );

  it.runIf(variant.name === 'postgres')(
    'lets one participant play on alternately through both processes without losing a step',
    { timeout: 120_000 },
    async () => {
      const [a, b] = servers as [ChildServer, ChildServer];
      const { room, facilitatorKey } = await createRoom(a.url, { scenarioId: 'wedding-weekend' });
      const onB = await ParticipantConnection.join({ url: b.url }, room.code, 'Roz');
      files.keep(onB);
      const local = localRunOf(onB);
      const sendThrough = async (connection: ParticipantConnection, steps: number) => {
        for (let step = 0; step < steps && !local.ended(); step += 1)
          connection.send(local.step(pickIndex(2))!);
        await connection.settled();
      };
      await sendThrough(onB, 2);
      const onA = await ParticipantConnection.resume({ url: a.url }, onB.token);
      files.keep(onA);
      await sendThrough(onA, 2);
      // B's copy of the run is now behind the store: B must notice and read it again.
      const again = await ParticipantConnection.resume({ url: b.url }, onB.token);
      files.keep(again);
      while (!local.ended()) await sendThrough(again, 1);
      const facilitator = await FacilitatorConnection.open({
        url: a.url,
        roomId: room.id,
        key: facilitatorKey,
      });
      files.keep(facilitator);
      expect(facilitator.feed.participants[0]!.runs[0]!.log.inputs).toEqual(local.run.log().inputs);
      expect(facilitator.feed.participants[0]!.runs[0]!.ended).toBe(true);
    },
  );
});
