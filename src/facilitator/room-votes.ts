/** How a room's show of hands becomes one choice: the majority goes on; a tie goes to the facilitator. */

export type VoteOutcome =
  | { kind: 'winner'; choiceId: string }
  | { kind: 'tie'; choiceIds: string[] }
  | { kind: 'no-votes' };

/** Votes per choice id (in the order the choices were offered). */
export function resolveVotes(
  votes: ReadonlyArray<{ choiceId: string; count: number }>,
): VoteOutcome {
  const valid = votes.filter((vote) => Number.isInteger(vote.count) && vote.count > 0);
  if (valid.length === 0) return { kind: 'no-votes' };
  const top = Math.max(...valid.map((vote) => vote.count));
  const leaders = valid.filter((vote) => vote.count === top).map((vote) => vote.choiceId);
  return leaders.length === 1
    ? { kind: 'winner', choiceId: leaders[0] as string }
    : { kind: 'tie', choiceIds: leaders };
}

/** A vote box's text as a count: blank is 0; anything else must be a whole number ≥ 0. */
export function parseVoteCount(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return 0;
  if (!/^\d+$/.test(trimmed)) return null;
  const count = Number(trimmed);
  return Number.isSafeInteger(count) ? count : null;
}
