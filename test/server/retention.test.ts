/**
 * Closing times and retention, on every store, with the server's clock moved by the test: a
 * room ends at its closing time, and every room is deleted, with all its data, RETENTION_DAYS
 * after it ended; nothing is deleted a minute early.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoom, LiveRequestError } from '../../src/live/http';
import { FacilitatorConnection } from '../../src/live/facilitator';
import { ParticipantConnection } from '../../src/live/participant';
import { maintain } from '../../src/server/rooms/control';
import { storeVariants, type PreparedStore } from './support/stores';
import { startTestServer, type TestServer } from './support/live-server';
import { localRunOf, pickIndex, play } from './support/player';
import { until } from './support/sockets';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const RETENTION_DAYS = 3;

describe.each(storeVariants())('closing and retention on the $name store', (variant) => {
  let store: PreparedStore;
  let server: TestServer;
  const open: Array<{ close(): void }> = [];

  beforeAll(async () => {
    store = await variant.prepare();
    server = await startTestServer(store, { RETENTION_DAYS: String(RETENTION_DAYS) });
  });
  afterAll(async () => {
    for (const connection of open) connection.close();
    await server.stop();
    await store.dispose();
  });

  async function rowsOf(roomId: string): Promise<number> {
    const [row] = await server.ctx.db.query<{ n: number }>(
      `SELECT (SELECT count(*) FROM rooms WHERE id = $1) + (SELECT count(*) FROM participants WHERE room_id = $1)
         + (SELECT count(*) FROM runs WHERE room_id = $1) + (SELECT count(*) FROM inputs WHERE room_id = $1) AS n`,
      [roomId],
    );
    return Number(row?.n);
  }

  it('ends a room at its closing time and deletes each room RETENTION_DAYS after it ended', async () => {
    const start = server.clock.now().getTime();
    const closing = await createRoom(server.url, {
      scenarioId: 'doubling-the-team',
      closesAt: new Date(start + HOUR).toISOString(),
    });
    const endedNow = await createRoom(server.url, { scenarioId: 'doubling-the-team' });
    const keptOpen = await createRoom(server.url, { scenarioId: 'doubling-the-team' });
    const jo = await ParticipantConnection.join({ url: server.url }, closing.room.code, 'Jo');
    open.push(jo);
    await play(jo, pickIndex(0), 2);
    const facilitator = await FacilitatorConnection.open({
      url: server.url,
      roomId: endedNow.room.id,
      key: endedNow.facilitatorKey,
    });
    open.push(facilitator);
    await facilitator.control('end');

    server.clock.advance(2 * HOUR);
    expect(await maintain(server.ctx)).toEqual({ ended: 1, deleted: 0 });
    await until(() => jo.state.room.status === 'ended', 5000, 'the closing to reach Jo');
    const late = localRunOf(jo).step(pickIndex(0))!;
    let refused = '';
    jo.on('refused', ({ error }) => (refused = error.code));
    jo.send(late);
    await jo.settled();
    expect(refused).toBe('room-closed');
    const lateJoin = await ParticipantConnection.join(
      { url: server.url },
      closing.room.code,
      'Kim',
    ).catch((error: unknown) => error);
    expect((lateJoin as LiveRequestError).code).toBe('room-closed');

    // endedNow ended at start; closing at start + 1 h; keptOpen ends at start + 48 h.
    server.clock.advance(RETENTION_DAYS * DAY - 2 * HOUR - 60_000);
    expect(await maintain(server.ctx)).toEqual({ ended: 1, deleted: 0 });
    server.clock.advance(2 * 60_000);
    expect(await maintain(server.ctx)).toEqual({ ended: 0, deleted: 1 });
    expect(await rowsOf(endedNow.room.id)).toBe(0);
    expect(await rowsOf(closing.room.id)).toBeGreaterThan(0);
    server.clock.advance(HOUR);
    expect(await maintain(server.ctx)).toEqual({ ended: 0, deleted: 1 });
    expect(await rowsOf(closing.room.id)).toBe(0);
    expect(await rowsOf(keptOpen.room.id)).toBeGreaterThan(0);
    server.clock.advance(48 * HOUR);
    expect(await maintain(server.ctx)).toEqual({ ended: 0, deleted: 1 });
    expect(await rowsOf(keptOpen.room.id)).toBe(0);
  });
});
