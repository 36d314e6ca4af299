import { describe, expect, it } from 'vitest';
import { parseVoteCount, resolveVotes } from '../../../src/facilitator/room-votes';

describe('resolveVotes', () => {
  it('lets the majority go on', () => {
    expect(
      resolveVotes([
        { choiceId: 'a', count: 3 },
        { choiceId: 'b', count: 5 },
        { choiceId: 'c', count: 0 },
      ]),
    ).toEqual({ kind: 'winner', choiceId: 'b' });
  });

  it('hands a tie to the facilitator, tied choices in offered order', () => {
    expect(
      resolveVotes([
        { choiceId: 'a', count: 4 },
        { choiceId: 'b', count: 1 },
        { choiceId: 'c', count: 4 },
      ]),
    ).toEqual({ kind: 'tie', choiceIds: ['a', 'c'] });
  });

  it('asks for votes when there are none', () => {
    expect(
      resolveVotes([
        { choiceId: 'a', count: 0 },
        { choiceId: 'b', count: 0 },
      ]),
    ).toEqual({ kind: 'no-votes' });
  });
});

describe('parseVoteCount', () => {
  it('reads blank as 0 and refuses anything but whole numbers', () => {
    expect(parseVoteCount('')).toBe(0);
    expect(parseVoteCount(' 12 ')).toBe(12);
    expect(parseVoteCount('-1')).toBeNull();
    expect(parseVoteCount('2.5')).toBeNull();
    expect(parseVoteCount('lots')).toBeNull();
  });
});
