/** Sentences for values outside their allowed range: text lengths, numbers, list sizes. */
import type { z } from 'zod';
import { describeValue } from './describe';
import type { PathSegments } from './problem';

type RangeIssue = z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig;

/** `…choices[i].scores.<dimension>`: a choice's score (and not, say, a meter named "scores"). */
export function isScorePath(path: PathSegments): boolean {
  const n = path.length;
  return (
    n >= 4 &&
    path[n - 2] === 'scores' &&
    typeof path[n - 3] === 'number' &&
    path[n - 4] === 'choices'
  );
}

export function scoreSentence(value: unknown): string {
  return `a score should be a whole number from -3 to 3, but it is ${describeValue(value)}`;
}

/** What a list holds, named after the field, for "a decision needs 2 to 6 choices". */
const LIST_SENTENCES: Record<string, (count: number) => string> = {
  choices: (count) => `a decision needs 2 to 6 choices, but this one has ${count}`,
  outcomes: () => 'an event needs at least one outcome',
  next: () => 'a branch list needs at least one entry',
  all: () => '"all" needs at least one condition inside its list',
  any: () => '"any" needs at least one condition inside its list',
  scenarios: (count) => `a track lists 2 to 4 scenarios, but this one lists ${count}`,
  tracks: () => 'the file needs at least one track',
};

function listSentence(issue: RangeIssue, path: PathSegments, value: unknown): string {
  const count = Array.isArray(value) ? value.length : 0;
  const field = path[path.length - 1];
  const specific = typeof field === 'string' ? LIST_SENTENCES[field] : undefined;
  if (specific) return specific(count);
  if (issue.code === 'too_small') {
    return `should have at least ${issue.minimum} entries, but it has ${count}`;
  }
  return `should have at most ${issue.maximum} entries, but it has ${count}`;
}

function textSentence(issue: RangeIssue, path: PathSegments, value: unknown): string {
  const length = typeof value === 'string' ? value.length : 0;
  if (issue.code === 'too_small') {
    if (issue.minimum !== 1) return `should be at least ${issue.minimum} characters long`;
    const isNext = path[path.length - 1] === 'next';
    return isNext
      ? 'should not be empty: give the id of the node that comes next'
      : 'should not be empty';
  }
  return `is too long: at most ${issue.maximum} characters are allowed, but it has ${length}`;
}

function numberSentence(issue: RangeIssue, value: unknown): string {
  const actual = describeValue(value);
  if (issue.code === 'too_small') {
    if (issue.minimum === 0 && !issue.inclusive) {
      return `should be a positive number (more than 0), but it is ${actual}`;
    }
    const bound = issue.inclusive ? 'at least' : 'more than';
    return `should be ${bound} ${issue.minimum}, but it is ${actual}`;
  }
  const bound = issue.inclusive ? 'at most' : 'less than';
  return `should be ${bound} ${issue.maximum}, but it is ${actual}`;
}

export function rangeSentence(issue: RangeIssue, path: PathSegments, value: unknown): string {
  if (isScorePath(path)) return scoreSentence(value);
  if (issue.origin === 'array') return listSentence(issue, path, value);
  if (issue.origin === 'string') return textSentence(issue, path, value);
  return numberSentence(issue, value);
}
