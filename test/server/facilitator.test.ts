/**
 * The facilitator's side, on every store: the live feed (joins, positions, splits, endings and
 * profiles from the server's replay), the room commands, and the export, which the offline
 * tools (intake + aggregate) must read with exactly the numbers the feed showed.
 */
import { describe, expect, it } from 'vitest';
import { deleteRoom, exportRoom, LiveRequestError } from '../../src/live/http';
import { splitKey } from '../../src/live/feed-state';
import { feedSessions } from '../../src/facilitator/live-sessions';
import { workshopFromFile } from '../../src/facilitator/workshop-file';
import { cohortOf } from '../../src/facilitator/cohort';
import { aggregateCohort } from '../../src/facilitator/aggregate';
import { storeVariants } from './support/stores';
import { facilitatorLibrary, library } from './support/live-server';
import { useTestServer } from './support/use-server';
import { pickIndex, play } from './support/player';
import { until } from './support/sockets';

describe.each(storeVariants())('the facilitator on the $name store', (variant) => {
  const live = useTestServer(variant);

  it('sees joins, positions and splits live, then endings and profiles, equal to the offline tools', async () => {
    const { room, facilitator, facilitatorKey } = await live.roomWithFacilitator({
      scenarioId: 'wedding-weekend',
      mode: 'practice',
    });
    const names = ['Ana', 'Ben', 'Cleo', 'Dev'];
    const people = [];
    for (const name of names) people.push(await live.join(room.code, name));
    await until(() => facilitator.feed.participants.length === 4, 5000, 'four joins in the feed');
    expect(facilitator.feed.participants.map((participant) => participant.name)).toEqual(names);

    // Presence: a participant who leaves shows as offline, and online again on return.
    expect(facilitator.feed.participants.every((participant) => participant.online)).toBe(true);
    people[3]!.close();
    await until(() => facilitator.feed.participants[3]?.online === false, 5000, 'Dev offline');
    people[3] = await live.resume(people[3]!.token);
    await until(() => facilitator.feed.participants[3]?.online === true, 5000, 'Dev back');

    // Two inputs each, then the feed shows where each one is.
    for (const [index, person] of people.entries()) await play(person, pickIndex(index), 2);
    await until(
      () => facilitator.feed.participants.every((p) => p.runs[0]?.log.inputs.length === 2),
      5000,
      'positions after two inputs',
    );
    for (const participant of facilitator.feed.participants) {
      const position = participant.runs[0]!.position;
      const node = library().scenarios.get('wedding-weekend')!.nodes[position.nodeId]!;
      expect(position.nodeTitle).toBe(node.title ?? null);
      expect(position.nodeKind).toBe(node.kind);
    }

    // Everyone plays to the end on a different path; practice rooms show the debrief at once.
    for (const [index, person] of people.entries()) {
      await play(person, pickIndex(index));
      expect(person.state.runs[0]!.ended).toBe(true);
      expect(person.state.runs[0]!.debrief).not.toBeNull();
    }
    await until(
      () => facilitator.feed.participants.every((p) => p.runs[0]?.result !== null),
      5000,
      'every result in the feed',
    );

    // The export, read by the offline tools, gives the numbers the live feed showed.
    const file = workshopFromFile(await exportRoom(live.server.url, room.id, facilitatorKey));
    if (!file.ok) throw new Error(file.message);
    expect(file.workshop.sessions).toEqual(feedSessions(facilitator.feed));
    const scenario = library().scenarios.get('wedding-weekend')!;
    const { entries, unusable } = cohortOf(file.workshop.sessions, facilitatorLibrary());
    expect(unusable).toEqual([]);
    const summary = aggregateCohort(scenario, entries);
    expect(summary.participants.map((row) => row.alias)).toEqual(names);
    for (const [index, participant] of facilitator.feed.participants.entries()) {
      const result = participant.runs[0]!.result!;
      expect(entries[index]!.scores).toEqual(result.scores);
      expect(entries[index]!.profile).toEqual(result.profile);
      expect(entries[index]!.archetype).toEqual(result.archetype);
    }
    for (const decision of summary.decisions) {
      const split = facilitator.feed.splits.get(splitKey(scenario.id, decision.nodeId));
      const counts = Object.fromEntries(
        decision.choices
          .filter((choice) => choice.count > 0)
          .map((choice) => [choice.choiceId, choice.count]),
      );
      expect(split?.counts ?? {}).toEqual(counts);
      expect(split?.decided ?? 0).toBe(decision.decided);
      expect(split?.timedOut ?? 0).toBe(decision.timedOut);
    }
    expect(summary.finished).toBe(4);
  });

  it('pauses (inputs wait), resumes (they go), releases debriefs and ends the room', async () => {
    const { room, facilitator } = await live.roomWithFacilitator({
      scenarioId: 'saturday-returns',
    });
    const eve = await live.join(room.code, 'Eve');
    await facilitator.control('pause');
    await until(() => eve.state.room.status === 'paused', 5000, 'the pause to reach Eve');
    const local = await play(eve, pickIndex(0), 0);
    const input = local.step(pickIndex(0))!;
    eve.send(input);
    await until(() => eve.pending().length === 1, 5000, 'the input to wait');
    expect(eve.state.nextSeq).toBe(1);
    await facilitator.control('resume');
    await eve.settled();
    expect(eve.state.runs[0]!.log.inputs).toEqual([input]);

    // Assessment room: no debrief until released.
    await play(eve, pickIndex(0));
    expect(eve.state.runs[0]!.ended).toBe(true);
    expect(eve.state.runs[0]!.debrief).toBeNull();
    await facilitator.control('release-debriefs');
    await until(() => eve.state.runs[0]!.debrief !== null, 5000, 'the released debrief');
    const ended = await facilitator.control('end');
    expect(ended.status).toBe('ended');
    await until(() => eve.state.room.status === 'ended', 5000, 'the end to reach Eve');
    const late = await live.join(room.code, 'Fin').catch((error: unknown) => error);
    expect((late as LiveRequestError).code).toBe('room-closed');
  });

  it('deletes the room at once: participants and facilitator are told, nothing is left', async () => {
    const { room, facilitator, facilitatorKey } = await live.roomWithFacilitator({
      scenarioId: 'late-shipment',
    });
    const gil = await live.join(room.code, 'Gil');
    await play(gil, pickIndex(0), 2);
    let told = 0;
    gil.on('deleted', () => (told += 1));
    facilitator.on('deleted', () => (told += 1));
    await deleteRoom(live.server.url, room.id, facilitatorKey);
    await until(() => told === 2, 5000, 'both told of the deletion');
    expect(await live.rowsOf(room.id)).toBe(0);
    const again = await live.resume(gil.token).catch((error: unknown) => error);
    expect((again as LiveRequestError).code).toBe('unauthorized');
  });
});
