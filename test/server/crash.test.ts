/**
 * `kill -9` in the middle of a room, on every store: every input acknowledged before the kill
 * is there after the restart, the clients reconnect by themselves, resend what was not
 * acknowledged, and finish; the facilitator's feed matches what they played.
 */
import { describe, expect, it } from 'vitest';
import { createRoom } from '../../src/live/http';
import { FacilitatorConnection } from '../../src/live/facilitator';
import { ParticipantConnection } from '../../src/live/participant';
import type { SessionInput } from '../../src/engine/session/types';
import { storeVariants } from './support/stores';
import { useStore } from './support/use-server';
import { freePort, startChildServer, type ChildServer } from './support/child-server';
import { localRunOf, pickIndex, play } from './support/player';
import { until } from './support/sockets';

const fast = { reconnectionDelay: 100, reconnectionDelayMax: 500 };

describe.each(storeVariants())('a server killed mid-room on the $name store', (variant) => {
  const files = useStore(variant);
  let server: ChildServer;
  // Kept first, so stopped after every connection; the test swaps in the restarted server.
  files.keep({ close: () => server?.stop() });

  it(
    'keeps every acknowledged input, and everyone reconnects and finishes',
    { timeout: 180_000 },
    async () => {
      const port = await freePort();
      server = await startChildServer(port, { ...files.store.env });
      const { room, facilitatorKey } = await createRoom(server.url, {
        scenarioId: 'permit-counter',
      });
      const facilitator = await FacilitatorConnection.open({
        url: server.url,
        roomId: room.id,
        key: facilitatorKey,
        io: fast,
      });
      files.keep(facilitator);
      const names = ['Mo', 'Nia', 'Oz'];
      const people: ParticipantConnection[] = [];
      for (const name of names) {
        const person = await ParticipantConnection.join(
          { url: server.url, io: fast },
          room.code,
          name,
        );
        files.keep(person);
        people.push(person);
      }
      const acknowledged = new Map<string, SessionInput[]>();
      for (const person of people) {
        acknowledged.set(person.state.participantId, []);
        person.on('acknowledged', ({ input }) =>
          acknowledged.get(person.state.participantId)!.push(input.input),
        );
      }
      const locals = [];
      for (const [index, person] of people.entries())
        locals.push(await play(person, pickIndex(index), 3));
      // More inputs go out, and the server dies while some are in flight.
      for (const [index, person] of people.entries())
        person.send(locals[index]!.step(pickIndex(index))!);
      await server.kill9();
      for (const [index, person] of people.entries()) {
        const input = locals[index]!.step(pickIndex(index));
        if (input) person.send(input);
      }
      await until(() => people.every((person) => !person.online), 10_000, 'everyone to notice');

      server = await startChildServer(port, { ...files.store.env });
      for (const person of people) await person.settled();
      await until(() => facilitator.online, 20_000, 'the facilitator to reconnect');
      for (const [index, person] of people.entries()) {
        const kept = person.state.runs[0]!.log.inputs;
        const before = acknowledged.get(person.state.participantId)!;
        expect(kept.slice(0, before.length)).toEqual(before);
        expect(kept).toEqual(locals[index]!.run.log().inputs);
        await play(person, pickIndex(index));
        expect(person.state.runs[0]!.ended).toBe(true);
      }
      await until(
        () =>
          facilitator.feed.participants.length === 3 &&
          facilitator.feed.participants.every((p) => p.runs[0]?.ended),
        20_000,
        'the feed to show every ending',
      );
      for (const [index, participant] of facilitator.feed.participants.entries())
        expect(participant.runs[0]!.log.inputs).toEqual(
          localRunOf(people[index]!).run.log().inputs,
        );
    },
  );
});
