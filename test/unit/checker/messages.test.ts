/** The wording helpers: paths, typo suggestions and the one-sentence union explanations. */
import { describe, expect, it } from 'vitest';
import { checkScenarioText, formatPath, formatProblem } from '../../../src/authoring/check/index';
import { editDistance, nearestName } from '../../../src/authoring/check/suggest';
import { validScenarioObject } from './fixtures';

describe('formatPath and formatProblem', () => {
  it('writes keys with dots, list positions in brackets and odd keys quoted', () => {
    expect(formatPath(['nodes', 'complaint', 'choices', 1, 'next'])).toBe(
      'nodes.complaint.choices[1].next',
    );
    expect(formatPath(['nodes', 'follow-up'])).toBe('nodes.follow-up');
    expect(formatPath(['nodes', 'two words'])).toBe('nodes["two words"]');
    expect(formatPath([])).toBe('');
  });

  it('prints file: path: sentence, or file: sentence for the whole file', () => {
    expect(formatProblem({ file: 'a.json', path: 'start', message: 'x' })).toBe('a.json: start: x');
    expect(formatProblem({ file: 'a.json', path: '', message: 'x' })).toBe('a.json: x');
  });
});

describe('nearest-name suggestions', () => {
  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('nxet', 'next')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('suggests close names, ignores case, and stays quiet when nothing is close', () => {
    expect(nearestName('feedbak', ['text', 'feedback', 'next'])).toBe('feedback');
    expect(nearestName('Next', ['next', 'text'])).toBe('next');
    expect(nearestName('banana', ['next', 'text'])).toBeUndefined();
    expect(nearestName('a', ['b'])).toBeUndefined();
  });
});

/** The messages for one condition placed on the valid fixture's third choice. */
function conditionMessages(when: unknown): string[] {
  const scenario = validScenarioObject();
  const nodes = scenario.nodes as Record<string, { choices: Array<Record<string, unknown>> }>;
  (nodes.decide?.choices[2] as Record<string, unknown>).when = when;
  const result = checkScenarioText('c.json', JSON.stringify(scenario));
  return result.problems.map(formatProblem);
}

describe('conditions get one clear sentence, not a list of alternatives', () => {
  const at = 'c.json: nodes.decide.choices[2].when';

  it('a meter condition without a bound', () => {
    expect(conditionMessages({ meter: 'trust' })).toEqual([
      expect.stringContaining(`${at}: a meter condition needs "gte" (at least) or "lte" (at most)`),
    ]);
  });

  it('a meter condition with both bounds', () => {
    expect(conditionMessages({ meter: 'trust', gte: 1, lte: 5 })).toEqual([
      expect.stringContaining(`${at}: a meter condition takes only one of "gte"`),
    ]);
  });

  it('two tests in one condition', () => {
    expect(conditionMessages({ flag: 'a', notFlag: 'b' })).toEqual([
      expect.stringContaining(
        `${at}: a condition tests one thing, but this one has "flag" and "notFlag"`,
      ),
    ]);
  });

  it('a wrong value inside a nested condition is pinpointed', () => {
    expect(conditionMessages({ any: [{ flag: 'a' }, { meter: 'trust', lte: 'high' }] })).toEqual([
      `${at}.any[1].lte: should be a number, but it is text ("high")`,
    ]);
  });

  it('an unknown field next to a valid test', () => {
    expect(conditionMessages({ flag: 'a', gte: 3 })).toEqual([
      expect.stringContaining(`${at}.gte: unknown field "gte"`),
    ]);
  });

  it('text where a condition belongs', () => {
    expect(conditionMessages('trusted')).toEqual([
      expect.stringContaining(`${at}: should be a condition such as { "flag": "name" }`),
    ]);
  });

  it('an empty "all" list', () => {
    expect(conditionMessages({ all: [] })).toEqual([
      `${at}.all: "all" needs at least one condition inside its list`,
    ]);
  });
});

describe('next gets one clear sentence too', () => {
  function nextMessages(next: unknown): string[] {
    const scenario = validScenarioObject();
    const nodes = scenario.nodes as Record<string, Record<string, unknown>>;
    (nodes.intro as Record<string, unknown>).next = next;
    return checkScenarioText('n.json', JSON.stringify(scenario)).problems.map(formatProblem);
  }

  it('an empty branch list', () => {
    expect(nextMessages([])).toEqual([
      'n.json: nodes.intro.next: a branch list needs at least one entry',
    ]);
  });

  it('a branch entry without its next', () => {
    expect(nextMessages([{ when: { flag: 'a' } }])).toEqual([
      'n.json: nodes.intro.next[0].next: the required field "next" is missing',
    ]);
  });

  it('an empty id', () => {
    expect(nextMessages('')).toEqual([
      'n.json: nodes.intro.next: should not be empty: give the id of the node that comes next',
    ]);
  });

  it('a missing next, reported once even with a misspelt field', () => {
    const scenario = validScenarioObject();
    const intro = (scenario.nodes as Record<string, Record<string, unknown>>).intro as Record<
      string,
      unknown
    >;
    delete intro.next;
    expect(
      checkScenarioText('n.json', JSON.stringify(scenario)).problems.map(formatProblem),
    ).toEqual([
      'n.json: nodes.intro.next: the required field "next" is missing: give the id of the node that comes next, or a branch list',
    ]);
    intro.nxt = 'decide';
    expect(
      checkScenarioText('n.json', JSON.stringify(scenario)).problems.map(formatProblem),
    ).toEqual(['n.json: nodes.intro.nxt: unknown field "nxt" — did you mean "next"?']);
  });
});
