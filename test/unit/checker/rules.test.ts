/**
 * One test per rule of the scenario format: each fixture breaks exactly one rule of
 * valid.json, and the checker must report it at the exact JSON path with a telling sentence.
 */
import { describe, expect, it } from 'vitest';
import { checkScenarioText, formatProblem } from '../../../src/authoring/check/index';
import { fixtureBytes } from './fixtures';

interface Expectation {
  fixture: string;
  path: string;
  says: string[];
  /** How many problems the fixture yields in total (1 unless the rule implies others). */
  count?: number;
}

const RULES: Record<string, Expectation> = {
  'not JSON (line and column)': {
    fixture: 'not-json.json',
    path: '',
    says: ['line 4, column 3', 'comma'],
  },
  'trailing comma': {
    fixture: 'trailing-comma.json',
    path: '',
    says: ['line 4, column 1', 'comma right before'],
  },
  comments: {
    fixture: 'comment.json',
    path: '',
    says: ['line 2, column 3', 'comments are not allowed'],
  },
  'empty file': { fixture: 'empty.json', path: '', says: ['the file is empty'] },
  'binary file': { fixture: 'binary.json', path: '', says: ['not a text file'] },
  'not UTF-8': { fixture: 'not-utf8.json', path: '', says: ['not UTF-8'] },
  'byte-order mark': { fixture: 'bom.json', path: '', says: ['byte-order mark'] },
  'root is not an object': {
    fixture: 'not-object.json',
    path: '',
    says: ['one JSON object', 'a list'],
  },
  'key repeated in one object': {
    fixture: 'duplicate-key.json',
    path: 'title',
    says: ['"title" appears twice', 'line 5, column 3', 'line 6, column 3'],
  },
  'wrong type': {
    fixture: 'wrong-type.json',
    path: 'estimatedMinutes',
    says: ['should be a number, but it is text'],
  },
  'number out of range': {
    fixture: 'out-of-range.json',
    path: 'estimatedMinutes',
    says: ['positive number', '-5'],
  },
  'text too long': {
    fixture: 'text-too-long.json',
    path: 'nodes.intro.text',
    says: ['at most 2000 characters', '2001'],
  },
  'consequence too long': {
    fixture: 'consequence-too-long.json',
    path: 'nodes.decide.choices[0].consequence',
    says: ['at most 600 characters', '601'],
  },
  'unknown field with nearest name': {
    fixture: 'unknown-field.json',
    path: 'nodes.decide.choices[0].nxet',
    says: ['unknown field "nxet" — did you mean "next"?'],
  },
  'missing required field': {
    fixture: 'missing-field.json',
    path: 'nodes.decide.choices[1].feedback',
    says: ['"feedback" is missing'],
  },
  'bad node kind': {
    fixture: 'bad-kind.json',
    path: 'nodes.intro.kind',
    says: ['"narrative", "decision", "event" or "ending"', '"story"'],
  },
  'formatVersion not 1': {
    fixture: 'format-version.json',
    path: 'formatVersion',
    says: ['should be 1', 'the number 2'],
  },
  'score not a whole number': {
    fixture: 'score-not-whole.json',
    path: 'nodes.decide.choices[0].scores.empowerment',
    says: ['whole number from -3 to 3', '1.5'],
  },
  'score out of range': {
    fixture: 'score-out-of-range.json',
    path: 'nodes.decide.choices[0].scores.empowerment',
    says: ['whole number from -3 to 3', 'the number 4'],
  },
  'condition of no known form': {
    fixture: 'bad-condition.json',
    path: 'nodes.decide.choices[2].when',
    says: ['is not a condition', 'did you mean "flag"?'],
  },
  'next of the wrong type': {
    fixture: 'bad-next-type.json',
    path: 'nodes.decide.choices[0].next',
    says: ['id of the next node (text) or a branch list', 'the number 42'],
  },
  'scenario id with capitals': {
    fixture: 'bad-id.json',
    path: 'id',
    says: ['lowercase letters, digits and "-"'],
  },
  'start names no node': {
    fixture: 'unknown-start.json',
    path: 'start',
    says: ['"intr"', 'no node with that id', 'did you mean "intro"?'],
  },
  'next names no node': {
    fixture: 'unknown-next.json',
    path: 'nodes.decide.choices[0].next',
    says: ['"markt"', 'did you mean "market"?'],
  },
  'branch entry names no node': {
    fixture: 'unknown-branch-next.json',
    path: 'nodes.market.outcomes[0].next[1].next',
    says: ['"mixd"', 'did you mean "mixed"?'],
  },
  'speaker not in cast': {
    fixture: 'unknown-speaker.json',
    path: 'nodes.intro.speaker',
    says: ['"dan"', '"cast"', 'did you mean "dana"?'],
  },
  'unknown principle': {
    fixture: 'unknown-principle.json',
    path: 'nodes.decide.choices[0].principle',
    says: ['"empowr"', 'did you mean "empower"?'],
  },
  'unknown meter in effects': {
    fixture: 'unknown-meter-effect.json',
    path: 'nodes.decide.choices[0].meters.trst',
    says: ['meter "trst"', 'did you mean "trust"?'],
  },
  'unknown meter in a condition': {
    fixture: 'unknown-meter-condition.json',
    path: 'nodes.decide.choices[2].when.meter',
    says: ['meter "trst"', 'did you mean "trust"?'],
  },
  'timeoutChoice names no choice of its node': {
    fixture: 'unknown-timeout-choice.json',
    path: 'nodes.decide.timeoutChoice',
    says: ['"wiat"', 'did you mean "wait"?'],
  },
  'timeoutChoice without timeLimitSeconds': {
    fixture: 'timeout-without-limit.json',
    path: 'nodes.decide.timeoutChoice',
    says: ['"timeLimitSeconds"'],
  },
  'timeLimitSeconds without timeoutChoice': {
    fixture: 'limit-without-timeout.json',
    path: 'nodes.decide.timeLimitSeconds',
    says: ['needs "timeoutChoice"'],
  },
  'last branch entry has a when': {
    fixture: 'branch-last-has-when.json',
    path: 'nodes.market.outcomes[0].next[1].when',
    says: ['last entry of a branch list must have no "when"'],
  },
  'earlier branch entry without when': {
    fixture: 'branch-middle-without-when.json',
    path: 'nodes.market.outcomes[0].next[0]',
    says: ['only the last entry', 'can never be taken'],
  },
  'fewer than 2 choices': {
    fixture: 'too-few-choices.json',
    path: 'nodes.decide.choices',
    says: ['2 to 6 choices', 'has 1'],
  },
  'more than 6 choices': {
    fixture: 'too-many-choices.json',
    path: 'nodes.decide.choices',
    says: ['2 to 6 choices', 'has 7'],
  },
  'all choices conditional': {
    fixture: 'all-choices-conditional.json',
    path: 'nodes.decide.choices',
    says: ['a player could be stuck'],
  },
  'duplicate choice ids': {
    fixture: 'duplicate-choice-id.json',
    path: 'nodes.decide.choices[2].id',
    says: ['"act" is already used by choices[0]'],
  },
  'unreachable node': {
    fixture: 'unreachable-node.json',
    path: 'nodes.orphan',
    says: ['can never be reached', '"intro"'],
  },
  cycle: {
    fixture: 'cycle.json',
    path: 'nodes.intro',
    says: ['"intro" → "decide" → "intro"', 'every run ends'],
  },
  'node from which no ending can be reached': {
    fixture: 'cannot-end.json',
    path: 'nodes.stall',
    says: ['no ending can be reached'],
    count: 2,
  },
};

describe('the checker accepts the valid fixture', () => {
  it('reports no problem and returns the scenario', () => {
    const result = checkScenarioText('valid.json', fixtureBytes('valid.json'));
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.scenario?.id).toBe('checker-valid');
  });
});

describe('each rule of the format is reported at its JSON path', () => {
  for (const [rule, expected] of Object.entries(RULES)) {
    it(rule, () => {
      const result = checkScenarioText(expected.fixture, fixtureBytes(expected.fixture));
      expect(result.ok).toBe(false);
      expect(result.scenario).toBeUndefined();
      expect(result.problems).toHaveLength(expected.count ?? 1);
      const problem = result.problems.find((candidate) => candidate.path === expected.path);
      expect(problem, result.problems.map(formatProblem).join('\n')).toBeDefined();
      expect(problem?.file).toBe(expected.fixture);
      for (const words of expected.says) expect(problem?.message).toContain(words);
    });
  }
});
