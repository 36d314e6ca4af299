/**
 * Closing times and retention, on every store, with the server's clock moved by the test: a
 * room ends at its closing time, and every room is deleted, with all its data, RETENTION_DAYS
 * after it ended; nothing is deleted a minute early.
 */
import { describe, expect, it } from 'vitest';
import { LiveRequestError } from '../../src/live/http';
import { maintain } from '../../src/server/rooms/control';
import { storeVariants } from './support/stores';
import { useTestServer } from './support/use-server';
import { localRunOf, pickIndex, play } from './support/player';
import { until } from './support/sockets';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const RETENTION_DAYS = 3;

describe.each(storeVariants())('closing and retention on the $name store', (variant) => {
  const live = useTestServer(variant, { RETENTION_DAYS: String(RETENTION_DAYS) });

  it('ends a room at its closing time and deletes each room RETENTION_DAYS after it ended', async () => {
    const start = live.server.clock.now().getTime();
    const closing = await live.room({
      scenarioId: 'doubling-the-team',
      closesAt: new Date(start + HOUR).toISOString(),
    });
    const endedNow = await live.room({ scenarioId: 'doubling-the-team' });
    const keptOpen = await live.room({ scenarioId: 'doubling-the-team' });
    const jo = await live.join(closing.room.code, 'Jo');
    await play(jo, pickIndex(0), 2);
    const facilitator = await live.watch(endedNow.room.id, endedNow.facilitatorKey);
    await facilitator.control('end');

    live.server.clock.advance(2 * HOUR);
    expect(await maintain(live.server.ctx)).toEqual({ ended: 1, deleted: 0 });
    await until(() => jo.state.room.status === 'ended', 5000, 'the closing to reach Jo');
    const late = localRunOf(jo).step(pickIndex(0))!;
    let refused = '';
    jo.on('refused', ({ error }) => (refused = error.code));
    jo.send(late);
    await jo.settled();
    expect(refused).toBe('room-closed');
    const lateJoin = await live.join(closing.room.code, 'Kim').catch((error: unknown) => error);
    expect((lateJoin as LiveRequestError).code).toBe('room-closed');

    // endedNow ended at start; closing at start + 1 h; keptOpen ends at start + 48 h.
    live.server.clock.advance(RETENTION_DAYS * DAY - 2 * HOUR - 60_000);
    expect(await maintain(live.server.ctx)).toEqual({ ended: 1, deleted: 0 });
    live.server.clock.advance(2 * 60_000);
    expect(await maintain(live.server.ctx)).toEqual({ ended: 0, deleted: 1 });
    expect(await live.rowsOf(endedNow.room.id)).toBe(0);
    expect(await live.rowsOf(closing.room.id)).toBeGreaterThan(0);
    live.server.clock.advance(HOUR);
    expect(await maintain(live.server.ctx)).toEqual({ ended: 0, deleted: 1 });
    expect(await live.rowsOf(closing.room.id)).toBe(0);
    expect(await live.rowsOf(keptOpen.room.id)).toBeGreaterThan(0);
    live.server.clock.advance(48 * HOUR);
    expect(await maintain(live.server.ctx)).toEqual({ ended: 0, deleted: 1 });
    expect(await live.rowsOf(keptOpen.room.id)).toBe(0);
  });
});
