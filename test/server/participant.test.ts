/**
 * A participant's path through a room, on every store: join, inputs acknowledged in order,
 * resume on another device, idempotent resends, impossible inputs refused, a track's next run.
 */
import { describe, expect, it } from 'vitest';
import type { ParticipantConnection } from '../../src/live/participant';
import { LiveRequestError } from '../../src/live/http';
import {
  CLIENT_EVENTS,
  SERVER_EVENTS,
  type CreateRoomRequest,
  type ProgressEvent,
} from '../../src/live/protocol';
import { storeVariants } from './support/stores';
import { library } from './support/live-server';
import { useTestServer } from './support/use-server';
import { localRunOf, pickIndex, play } from './support/player';
import { ask, next, rawSocket } from './support/sockets';

describe.each(storeVariants())('participants on the $name store', (variant) => {
  const live = useTestServer(variant);
  const newRoom = (request: CreateRoomRequest = { scenarioId: 'saturday-returns' }) =>
    live.room(request);

  it('joins with the code, gets a run with a server seed, and has each input acknowledged', async () => {
    const { room } = await newRoom();
    const alice = await live.join(room.code.toLowerCase(), '  Alice  ');
    expect(alice.state.name).toBe('Alice');
    expect(alice.state.nextSeq).toBe(1);
    const [run] = alice.state.runs;
    expect(run?.scenarioId).toBe('saturday-returns');
    expect(run?.log.inputs).toEqual([]);
    expect(Number.isInteger(run?.log.seed)).toBe(true);
    const acknowledged: number[] = [];
    alice.on('acknowledged', ({ input }) => acknowledged.push(input.seq));
    const local = await play(alice, pickIndex(0), 3);
    expect(acknowledged).toEqual([1, 2, 3]);
    expect(alice.pending()).toEqual([]);
    expect(alice.state.runs[0]?.log.inputs).toEqual(local.run.log().inputs);
  });

  it('resumes the same run on another device with the token, and plays it to the end', async () => {
    const { room } = await newRoom();
    const phone = await live.join(room.code, 'Bo');
    const played = await play(phone, pickIndex(1), 4);
    phone.close();
    const laptop = await live.resume(phone.token);
    expect(laptop.state.runs[0]?.log.inputs).toEqual(played.run.log().inputs);
    expect(laptop.state.nextSeq).toBe(5);
    await play(laptop, pickIndex(1));
    expect(laptop.state.runs[0]?.ended).toBe(true);
  });

  it('acknowledges a resent input once (idempotent) and refuses a different one under its number', async () => {
    const { room } = await newRoom();
    const socket = rawSocket(live.server.url);
    const joined = await ask(socket, CLIENT_EVENTS.join, { code: room.code, name: 'Cy' });
    expect(joined.ok).toBe(true);
    const run = joined.state.runs[0]!;
    const local = localRunOf({ state: joined.state } as ParticipantConnection);
    const input = local.step(pickIndex(0));
    const message = { seq: 1, run: 0, scenarioId: run.scenarioId, input };
    const first = await ask(socket, CLIENT_EVENTS.input, message);
    const again = await ask(socket, CLIENT_EVENTS.input, message);
    expect(first).toMatchObject({ ok: true, seq: 1, duplicate: false });
    expect(again).toMatchObject({ ok: true, seq: 1, duplicate: true });
    const other = await ask(socket, CLIENT_EVENTS.input, {
      ...message,
      input: { ...input!, at: 999 },
    });
    expect(other).toMatchObject({ ok: false, error: { code: 'seq-conflict', expectedSeq: 2 } });
    const resumed = await ask(socket, CLIENT_EVENTS.resume, { token: joined.token });
    expect(resumed.state.runs[0]!.log.inputs).toEqual([input]);
    socket.close();
  });

  it('refuses out-of-order, impossible, foreign and too-late inputs without changing the run', async () => {
    const { room } = await newRoom();
    const socket = rawSocket(live.server.url);
    const joined = await ask(socket, CLIENT_EVENTS.join, { code: room.code, name: 'Di' });
    const { scenarioId } = joined.state.runs[0]!;
    const send = (seq: number, input: unknown, extra: object = {}) =>
      ask(socket, CLIENT_EVENTS.input, { seq, run: 0, scenarioId, input, ...extra });
    const local = localRunOf({ state: joined.state } as ParticipantConnection);
    // Walk to the first decision, as the game would.
    let seq = 1;
    while (local.view().kind !== 'decision') {
      const input = local.step(pickIndex(0));
      expect(await send(seq, input)).toMatchObject({ ok: true });
      seq += 1;
    }
    const at = local.at + 1;
    const refusals = [
      [
        await send(seq + 1, { type: 'choose', choiceId: local.view().choices[0]!.id, at }),
        'out-of-order',
      ],
      [await send(seq, { type: 'choose', choiceId: 'not-a-choice', at }), 'impossible'],
      [await send(seq, { type: 'continue', at }), 'impossible'],
      [await send(seq, { type: 'timeout', at }), 'impossible'],
      [
        await send(seq, { type: 'choose', choiceId: local.view().choices[0]!.id, at: 3_600_000 }),
        'impossible',
      ],
      [
        await send(seq, { type: 'choose', choiceId: local.view().choices[0]!.id, at: 0 }),
        'impossible',
      ],
      [await send(seq, { type: 'continue', at }, { scenarioId: 'wedding-weekend' }), 'impossible'],
      [await send(seq, { type: 'continue', at }, { run: 1 }), 'wrong-run'],
    ] as const;
    for (const [answer, code] of refusals)
      expect(answer).toMatchObject({ ok: false, error: { code } });
    const resumed = await ask(socket, CLIENT_EVENTS.resume, { token: joined.token });
    expect(resumed.state.nextSeq).toBe(seq);
    expect(resumed.state.runs[0]!.log.inputs).toEqual(local.run.log().inputs);
    socket.close();
  });

  it('refuses a choice that exists but is not offered (its condition does not hold)', async () => {
    // Find, in the library, a decision with a conditional choice, and reach it.
    const { findConditionalChoice } = await import('./support/conditional');
    const target = findConditionalChoice(library());
    expect(
      target,
      'the library has a conditional choice that some run is not offered',
    ).not.toBeNull();
    const { room } = await newRoom({ scenarioId: target!.scenarioId });
    const socket = rawSocket(live.server.url);
    const joined = await ask(socket, CLIENT_EVENTS.join, { code: room.code, name: 'Ed' });
    // The path reaches the decision with the condition false: replay it with this run's seed.
    const path = target!.pathFor(joined.state.runs[0]!.log.seed);
    expect(path, 'a path to the decision exists for this seed').not.toBeNull();
    let seq = 1;
    for (const input of path!.inputs) {
      expect(
        await ask(socket, CLIENT_EVENTS.input, {
          seq,
          run: 0,
          scenarioId: target!.scenarioId,
          input,
        }),
      ).toMatchObject({ ok: true });
      seq += 1;
    }
    const at = (path!.inputs.at(-1)?.at ?? 0) + 1;
    const answer = await ask(socket, CLIENT_EVENTS.input, {
      seq,
      run: 0,
      scenarioId: target!.scenarioId,
      input: { type: 'choose', choiceId: path!.choiceId, at },
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'impossible' } });
    expect(answer.error.message).toContain('not offered');
    socket.close();
  });

  it('takes a timeout only once the time limit has passed on the server clock, and counts it', async () => {
    const { room, facilitatorKey } = await newRoom({
      scenarioId: 'saturday-returns',
      timePressure: 'normal',
    });
    const socket = rawSocket(live.server.url);
    const joined = await ask(socket, CLIENT_EVENTS.join, { code: room.code, name: 'Tim' });
    const local = localRunOf({ state: joined.state } as ParticipantConnection);
    let seq = 1;
    // Walk the first choices until a timed decision comes up.
    while (local.view().deadline === null) {
      expect(local.ended(), 'this path reaches a timed decision').toBe(false);
      const input = local.step(pickIndex(0));
      expect(
        (
          await ask(socket, CLIENT_EVENTS.input, {
            seq,
            run: 0,
            scenarioId: 'saturday-returns',
            input,
          })
        ).ok,
      ).toBe(true);
      seq += 1;
    }
    const view = local.view();
    const timeout = { type: 'timeout', at: view.deadline! };
    const message = { seq, run: 0, scenarioId: 'saturday-returns', input: timeout };
    const early = await ask(socket, CLIENT_EVENTS.input, message);
    expect(early.error.code).toBe('impossible');
    live.server.clock.advance(view.deadline!);
    const watcher = rawSocket(live.server.url);
    await ask(watcher, CLIENT_EVENTS.watch, { roomId: room.id, key: facilitatorKey });
    const progress = next<ProgressEvent>(watcher, SERVER_EVENTS.progress);
    expect(await ask(socket, CLIENT_EVENTS.input, message)).toMatchObject({ ok: true, seq });
    const event = await progress;
    expect(event.split).toMatchObject({ nodeId: view.nodeId, decided: 1, timedOut: 1 });
    const node = library().scenarios.get('saturday-returns')!.nodes[view.nodeId]!;
    expect(node.kind === 'decision' && event.split?.counts[node.timeoutChoice!]).toBe(1);
    socket.close();
    watcher.close();
  });

  it('issues the next run of a track when one ends, and ends after the last', async () => {
    const { room } = await newRoom({ trackId: 'leading-through-change' });
    expect(room.scenarioIds).toEqual(['price-change-fallout', 'permit-counter', 'late-shipment']);
    const fay = await live.join(room.code, 'Fay');
    for (let index = 0; index < room.scenarioIds.length; index += 1) {
      expect(fay.state.runs.length).toBe(index + 1);
      expect(fay.state.runs[index]?.scenarioId).toBe(room.scenarioIds[index]);
      await play(fay, pickIndex(index));
      expect(fay.state.runs[index]?.ended).toBe(true);
    }
    expect(fay.state.runs.length).toBe(3);
  });

  it('refuses a taken name, an empty or overlong name, and an unknown code', async () => {
    const { room } = await newRoom();
    await live.join(room.code, 'Gus');
    const attempts: Array<[string, string, string]> = [
      [room.code, 'gus', 'name-taken'],
      [room.code, ' \u200b\u0007 ', 'name-invalid'],
      [room.code, 'x'.repeat(41), 'name-invalid'],
      ['ZZZZZZ', 'Hal', 'not-found'],
    ];
    for (const [code, name, expected] of attempts) {
      const error = await live.join(code, name).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(LiveRequestError);
      expect((error as LiveRequestError).code).toBe(expected);
    }
  });
});
