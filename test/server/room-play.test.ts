/**
 * Room play with phones, on every store: the facilitator moves the room's shared run, opens a
 * vote at each decision, phones vote (and change their vote), the tally streams to everyone,
 * and closing goes with the majority or, on a tie or without votes, the facilitator's pick.
 */
import { describe, expect, it } from 'vitest';
import { exportRoom, LiveRequestError } from '../../src/live/http';
import type { FacilitatorConnection } from '../../src/live/facilitator';
import type { ParticipantConnection } from '../../src/live/participant';
import { workshopFromFile } from '../../src/facilitator/workshop-file';
import { cohortOf } from '../../src/facilitator/cohort';
import { CLIENT_EVENTS } from '../../src/live/protocol';
import { storeVariants } from './support/stores';
import { facilitatorLibrary } from './support/live-server';
import { useTestServer } from './support/use-server';
import { ask, rawSocket, until } from './support/sockets';

describe.each(storeVariants())('room play on the $name store', (variant) => {
  const live = useTestServer(variant);

  async function setUp() {
    const created = await live.roomWithFacilitator({
      scenarioId: 'callback-promise',
      style: 'room-play',
    });
    const phones: ParticipantConnection[] = [];
    for (const name of ['Ava', 'Bo', 'Cy']) phones.push(await live.join(created.room.code, name));
    return { ...created, phones };
  }

  async function toDecision(facilitator: FacilitatorConnection): Promise<boolean> {
    for (;;) {
      const run = facilitator.feed.roomRun!;
      if (run.ended) return false;
      if (run.position.nodeKind === 'decision') return true;
      await facilitator.continueRoom();
    }
  }

  it('decides each decision by the phones’ majority, a tie by the facilitator, and exports the votes', async () => {
    const { room, facilitator, phones, facilitatorKey } = await setUp();
    expect(room.timePressure).toBe('off');
    expect(facilitator.feed.roomRun?.log.inputs).toEqual([]);
    const expectedVotes: Array<Record<string, number>> = [];
    let round = 0;
    while (await toDecision(facilitator)) {
      await until(
        () =>
          phones.every(
            (phone) =>
              phone.state.roomRun?.position.nodeId === facilitator.feed.roomRun?.position.nodeId,
          ),
        5000,
        'the phones to show the decision',
      );
      const vote = await facilitator.openVote();
      await until(
        () => phones.every((phone) => phone.state.vote?.id === vote.id),
        5000,
        'the vote to reach the phones',
      );
      const [first, second] = vote.choices;
      if (round % 2 === 0) {
        // Majority: Bo first backs the second choice, then changes to the first.
        await phones[0]!.vote(vote.id, first!.id);
        await phones[1]!.vote(vote.id, second!.id);
        await phones[1]!.vote(vote.id, first!.id);
        await phones[2]!.vote(vote.id, second!.id);
        await until(() => facilitator.feed.vote?.voters === 3, 5000, 'three ballots in the tally');
        expect(facilitator.feed.vote?.counts[first!.id]).toBe(2);
        const contradicted = await facilitator
          .closeVote(vote.id, second!.id)
          .catch((error: unknown) => error);
        expect((contradicted as LiveRequestError).code).toBe('majority-decides');
        const closed = await facilitator.closeVote(vote.id);
        expect(closed.vote.result).toEqual({ choiceId: first!.id, decidedBy: 'majority' });
      } else {
        await phones[0]!.vote(vote.id, first!.id);
        await phones[1]!.vote(vote.id, second!.id);
        const tie = await facilitator.closeVote(vote.id).catch((error: unknown) => error);
        expect((tie as LiveRequestError).code).toBe('tie');
        expect((tie as LiveRequestError).detail.choiceIds?.sort()).toEqual(
          [first!.id, second!.id].sort(),
        );
        const closed = await facilitator.closeVote(vote.id, second!.id);
        expect(closed.vote.result).toEqual({ choiceId: second!.id, decidedBy: 'facilitator' });
      }
      const counts = Object.fromEntries(vote.choices.map((choice) => [choice.id, 0]));
      if (round % 2 === 0) Object.assign(counts, { [first!.id]: 2, [second!.id]: 1 });
      else Object.assign(counts, { [first!.id]: 1, [second!.id]: 1 });
      expectedVotes.push(counts);
      round += 1;
    }
    expect(round).toBeGreaterThan(1);
    const run = facilitator.feed.roomRun!;
    expect(run.ended).toBe(true);
    expect(run.log.roomVotes).toEqual(expectedVotes);

    const file = workshopFromFile(await exportRoom(live.server.url, room.id, facilitatorKey));
    if (!file.ok) throw new Error(file.message);
    expect(file.workshop.sessions).toHaveLength(1);
    const session = file.workshop.sessions[0]!;
    expect(session.log.alias).toBe('Room');
    expect(session.log.roomVotes).toEqual(expectedVotes);
    const { entries, unusable } = cohortOf(file.workshop.sessions, facilitatorLibrary());
    expect(unusable).toEqual([]);
    expect(entries[0]!.ended).toBe(true);
    expect(entries[0]!.scores).toEqual(run.result!.scores);
  });

  it('lets the facilitator pick when nobody votes, and refuses misplaced ballots', async () => {
    const { room, facilitator, phones } = await setUp();
    await toDecision(facilitator);
    const socket = rawSocket(live.server.url);
    const token = phones[0]!.token;
    expect((await ask(socket, CLIENT_EVENTS.resume, { token })).ok).toBe(true);
    const early = await ask(socket, CLIENT_EVENTS.vote, { voteId: 'none', choiceId: 'x' });
    expect(early.error.code).toBe('no-vote-open');
    const input = await ask(socket, CLIENT_EVENTS.input, {
      seq: 1,
      run: 0,
      scenarioId: room.scenarioIds[0],
      input: { type: 'continue', at: 1 },
    });
    expect(input.error.code).toBe('wrong-run');
    const vote = await facilitator.openVote();
    expect((await facilitator.openVote()).id).toBe(vote.id);
    const wrongChoice = await ask(socket, CLIENT_EVENTS.vote, {
      voteId: vote.id,
      choiceId: 'not-on-ballot',
    });
    expect(wrongChoice.error.code).toBe('impossible');
    const none = await facilitator.closeVote(vote.id).catch((error: unknown) => error);
    expect((none as LiveRequestError).code).toBe('no-votes');
    const picked = vote.choices.at(-1)!.id;
    const closed = await facilitator.closeVote(vote.id, picked);
    expect(closed.vote.result).toEqual({ choiceId: picked, decidedBy: 'facilitator' });
    const late = await ask(socket, CLIENT_EVENTS.vote, { voteId: vote.id, choiceId: picked });
    expect(['no-vote-open', 'vote-closed']).toContain(late.error.code);
    socket.close();
  });

  it('gives a device back its ballot in the open vote when it resumes (a reload)', async () => {
    const { facilitator, phones } = await setUp();
    expect(await toDecision(facilitator)).toBe(true);
    const vote = await facilitator.openVote();
    await until(() => phones[0]!.state.vote?.id === vote.id, 5000, 'the vote on the phone');
    const choice = vote.choices[1]!.id;
    await phones[0]!.vote(vote.id, choice);
    const again = await live.resume(phones[0]!.token);
    expect(again.state.ballot).toEqual({ voteId: vote.id, choiceId: choice });
    const other = await live.resume(phones[1]!.token);
    expect(other.state.ballot).toBeNull();
    await facilitator.closeVote(vote.id);
    expect((await live.resume(phones[0]!.token)).state.ballot).toBeNull();
  });

  it('has no votes in a room where each participant plays alone', async () => {
    const { facilitator } = await live.roomWithFacilitator({ scenarioId: 'callback-promise' });
    const error = await facilitator.openVote().catch((caught: unknown) => caught);
    expect((error as LiveRequestError).code).toBe('not-room-play');
  });
});
