/**
 * A participant whose network drops, on every store: play goes on, inputs queue with their
 * numbers, and on reconnect they are sent in order and acknowledged; a reload while offline
 * keeps the queue (through the connection's store) and sends it on resume.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { memoryStore } from '../../src/live/outbox';
import { storeVariants } from './support/stores';
import { useTestServer } from './support/use-server';
import { localRunOf, pickIndex, play } from './support/player';
import { startProxy, type Proxy } from './support/proxy';
import { until } from './support/sockets';

describe.each(storeVariants())('a participant going offline on the $name store', (variant) => {
  const live = useTestServer(variant);
  let proxy: Proxy;
  const fast = { reconnectionDelay: 50, reconnectionDelayMax: 200 };

  afterEach(() => proxy.restore());
  beforeAll(async () => {
    // Kept after the server: closed after every connection through it, before the server.
    proxy = live.keep(await startProxy(live.server.port));
  });

  it('queues inputs while offline and sends them in order on reconnect; nothing is lost', async () => {
    const { room, facilitator } = await live.roomWithFacilitator({
      scenarioId: 'eight-oclock-scramble',
    });
    const kit = await live.join(room.code, 'Kit', { url: proxy.url, io: fast });
    const local = await play(kit, pickIndex(1), 2);
    // An acknowledgement can come before the feed event (it crosses the database first).
    await until(
      () => facilitator.feed.participants[0]?.runs[0]?.log.inputs.length === 2,
      5000,
      'two inputs in the feed',
    );
    proxy.cut();
    await until(() => !kit.online, 5000, 'Kit to notice the drop');
    const acknowledged: number[] = [];
    kit.on('acknowledged', ({ input }) => acknowledged.push(input.seq));
    for (let step = 0; step < 4 && !local.ended(); step += 1) kit.send(local.step(pickIndex(1))!);
    expect(kit.pending().map((input) => input.seq)).toEqual([3, 4, 5, 6]);
    expect(facilitator.feed.participants[0]!.runs[0]!.log.inputs).toHaveLength(2);
    proxy.restore();
    await kit.settled();
    expect(acknowledged).toEqual([3, 4, 5, 6]);
    await until(
      () => facilitator.feed.participants[0]!.runs[0]!.log.inputs.length === 6,
      5000,
      'the facilitator to see all six',
    );
    expect(facilitator.feed.participants[0]!.runs[0]!.log.inputs).toEqual(local.run.log().inputs);
    await play(kit, pickIndex(1));
    expect(kit.state.runs[0]!.ended).toBe(true);
  });

  it('keeps the queue across a reload while offline and sends it when the page resumes', async () => {
    const { room, facilitator } = await live.roomWithFacilitator({
      scenarioId: 'eight-oclock-scramble',
    });
    const saved = memoryStore();
    const lee = await live.join(room.code, 'Lee', { url: proxy.url, io: fast, store: saved });
    const local = await play(lee, pickIndex(0), 1);
    proxy.cut();
    await until(() => !lee.online, 5000, 'Lee to notice the drop');
    lee.send(local.step(pickIndex(0))!);
    lee.send(local.step(pickIndex(0))!);
    lee.close(); // the page reloads while offline
    expect(saved.load()?.pending.map((input) => input.seq)).toEqual([2, 3]);
    proxy.restore();
    const again = await live.resume(undefined, { url: proxy.url, io: fast, store: saved });
    await again.settled();
    expect(again.state.runs[0]!.log.inputs).toEqual(local.run.log().inputs);
    expect(saved.load()?.pending).toEqual([]);
    await until(
      () => facilitator.feed.participants[0]?.runs[0]?.log.inputs.length === 3,
      5000,
      'the facilitator to see the queued inputs',
    );
    expect(localRunOf(again).view().nodeId).toBe(local.view().nodeId);
  });
});
