// @vitest-environment happy-dom
/**
 * The cmi5 adapter against a small LMS/LRS on 127.0.0.1: every statement passes xapi-validation
 * and the cmi5 rules (initialized first, terminated last, one answered statement per choice with
 * the competency changes and running scores, completed/passed/failed once per registration, the
 * context template kept), resume through the State API, and an LRS that is unreachable or
 * refuses never stops play.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import nodeConsole from 'node:console';
import { connectLms, type LmsConnection, type PackageConfig } from '../../../src/lms';
import { EXTENSION } from '../../../src/lms/vocabulary';
import type { Profile } from '../../../src/engine/profile/types';
import {
  libraryScenario,
  newPlayer,
  playToEnd,
  resumedPlayer,
  step,
  expectedOverall,
} from './support';
import {
  SESSION_ID_EXTENSION,
  startTestLrs,
  type StoredStatement,
  type TestLrs,
} from '../../support/test-lrs';

const VERB = 'http://adlnet.gov/expapi/verbs/';
const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVEON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const DEFINED = ['initialized', 'completed', 'passed', 'failed', 'terminated'].map(
  (verb) => VERB + verb,
);

const scenario = libraryScenario('doubling-the-team');
let lrs: TestLrs;
let registrations = 0;

beforeAll(async () => {
  lrs = await startTestLrs();
  // happy-dom prints every non-2xx answer like a browser's network log; 404 for a state not
  // saved yet and the refusals these tests ask for are expected, so only those are kept quiet.
  // (happy-dom writes to the console it was created with: Node's own, not the test's.)
  const pageConsole = nodeConsole;
  const printError = pageConsole.error.bind(pageConsole);
  vi.spyOn(pageConsole, 'error').mockImplementation((...args: unknown[]) => {
    if (/^(GET|POST|PUT) http:\/\/127\.0\.0\.1:\d+\//.test(String(args[0]))) return;
    printError(...args);
  });
});
afterAll(() => lrs.close());

const config: PackageConfig = {
  standard: 'cmi5',
  id: scenario.id,
  kind: 'scenario',
  scenarioIds: [scenario.id],
  masteryScore: null,
};

/** A page as the LMS launches it: its query string, real fetch, quick retries. */
function page(search: string): Window {
  return {
    location: { search },
    addEventListener: () => undefined,
    fetch: (...args: Parameters<typeof fetch>) => fetch(...args),
    setTimeout: (callback: () => void) => setTimeout(callback, 20),
    clearTimeout: (handle: ReturnType<typeof setTimeout>) => clearTimeout(handle),
  } as unknown as Window;
}

function launch(registration: string, masteryScore?: number): LmsConnection & { session: string } {
  const { search, session } = lrs.launch({
    registration,
    ...(masteryScore === undefined ? {} : { masteryScore }),
  });
  return Object.assign(connectLms(config, { window: page(search), loadScenario: () => scenario }), {
    session,
  });
}

function newRegistration(): string {
  registrations += 1;
  return `6f1c2d3e-4a5b-4c6d-8e7f-${String(registrations).padStart(12, '0')}`;
}

/** Waits until the LRS holds `count` statements of this registration (the queue is async). */
async function statementsOf(registration: string, count: number): Promise<StoredStatement[]> {
  const ofRegistration = () =>
    lrs.statements.filter((s) => s.statement.context?.registration === registration);
  for (let tries = 0; tries < 300 && ofRegistration().length < count; tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return ofRegistration();
}

const verbOf = (stored: StoredStatement) => stored.statement.verb.id.slice(VERB.length);
const categories = (stored: StoredStatement) =>
  (
    ((stored.statement.context?.contextActivities as Record<string, unknown>)?.category ??
      []) as Array<{ id: string }>
  ).map((activity) => activity.id);

/** The cmi5 session rules, checked on one session's statements in the order the LRS got them. */
function expectCmi5Session(
  session: StoredStatement[],
  registration: string,
  sessionId: string,
): void {
  expect(session.flatMap((s) => s.warnings)).toEqual([]);
  expect(verbOf(session[0]!)).toBe('initialized');
  expect(verbOf(session[session.length - 1]!)).toBe('terminated');
  const times = session.map((s) => Date.parse(s.statement.timestamp));
  expect([...times].sort((a, b) => a - b)).toEqual(times);
  const definedVerbs = session.filter((s) => DEFINED.includes(s.statement.verb.id)).map(verbOf);
  expect(new Set(definedVerbs).size).toBe(definedVerbs.length);
  expect(
    definedVerbs.filter((verb) => verb === 'passed' || verb === 'failed').length,
  ).toBeLessThanOrEqual(1);
  for (const stored of session) {
    const context = stored.statement.context as Record<string, unknown>;
    expect(context.registration).toBe(registration);
    expect((context.extensions as Record<string, unknown>)[SESSION_ID_EXTENSION]).toBe(sessionId);
    expect(JSON.stringify(context.contextActivities)).toContain('urn:publisher:au:saturday');
    const defined = DEFINED.includes(stored.statement.verb.id);
    expect(categories(stored).includes(CMI5_CATEGORY)).toBe(defined);
    const judged =
      stored.statement.result?.completion !== undefined ||
      stored.statement.result?.success !== undefined;
    expect(categories(stored).includes(MOVEON_CATEGORY)).toBe(defined && judged);
    if (defined) expect(stored.statement.object.id).toBe(lrs.activityId);
  }
}

describe('cmi5 adapter', () => {
  it('sends the defined statements in order and one valid statement per choice', async () => {
    const registration = newRegistration();
    const lms = launch(registration, 0.5);
    const problems: string[] = [];
    lms.onProblem((message) => problems.push(message));
    const started = await lms.start();
    expect(started).toMatchObject({ status: 'connected', learnerName: 'Ada Learner' });
    const player = newPlayer(scenario);
    const profile: Profile = playToEnd(player, lms, 1);
    lms.exit();
    const decisions = profile.decisions;
    const overall = expectedOverall([profile]);
    const verdict = overall >= 50 ? 'passed' : 'failed';
    const session = await statementsOf(registration, decisions.length + 4);
    expect(session.map(verbOf)).toEqual([
      'initialized',
      ...decisions.map(() => 'answered'),
      verdict,
      'completed',
      'terminated',
    ]);
    expectCmi5Session(session, registration, lms.session);
    const answered = session.filter((s) => verbOf(s) === 'answered');
    let running = { 'customer-focus': 0, adaptability: 0, empowerment: 0 };
    answered.forEach((stored, index) => {
      const decision = decisions[index]!;
      const { result, object } = stored.statement;
      expect(object.id).toBe(`${lrs.activityId}/decisions/${scenario.id}/${decision.nodeId}`);
      expect(result?.response).toBe(decision.choiceId);
      const change = {
        'customer-focus': decision.scores.customerFocus,
        adaptability: decision.scores.adaptability,
        empowerment: decision.scores.empowerment,
      };
      running = {
        'customer-focus': running['customer-focus'] + change['customer-focus'],
        adaptability: running.adaptability + change.adaptability,
        empowerment: running.empowerment + change.empowerment,
      };
      const extensions = result?.extensions as Record<string, unknown>;
      expect(extensions[EXTENSION.competencyChange]).toEqual(change);
      expect(extensions[EXTENSION.competencyScore]).toEqual(running);
      expect(extensions[EXTENSION.timedOut]).toBe(decision.timedOut);
    });
    const judged = session.find((s) => verbOf(s) === verdict)!;
    expect(judged.statement.result).toMatchObject({
      success: verdict === 'passed',
      score: { scaled: overall / 100, raw: overall, min: 0, max: 100 },
    });
    const completed = session.find((s) => verbOf(s) === 'completed')!;
    expect(completed.statement.result).toMatchObject({ completion: true });
    expect(completed.statement.result?.score).toBeUndefined();
    expect(problems).toEqual([]);
  });

  it('reports completion only without a mastery score', async () => {
    const registration = newRegistration();
    const lms = launch(registration);
    await lms.start();
    const profile = playToEnd(newPlayer(scenario), lms);
    lms.exit();
    const session = await statementsOf(registration, profile.decisions.length + 3);
    expect(session.map(verbOf).filter((verb) => verb !== 'answered')).toEqual([
      'initialized',
      'completed',
      'terminated',
    ]);
  });

  it('resumes from the State API at the same decision, and completes once per registration', async () => {
    const registration = newRegistration();
    const first = launch(registration);
    await first.start();
    const player = newPlayer(scenario);
    while (player.run.view().deadline === null) step(player, first, 3000, 1);
    const atDecision = player.run.view();
    first.exit(player.elapsed + 5000);
    const decided = player.run.log().inputs.filter((input) => input.type !== 'continue').length;
    const firstSession = await statementsOf(registration, decided + 2);
    expect(firstSession.map(verbOf).at(-1)).toBe('terminated');

    const second = launch(registration);
    const started = await second.start();
    expect(started.resume?.current?.log).toEqual(player.run.log());
    expect(started.resume?.current?.elapsedMs).toBe(player.elapsed + 5000);
    const resumed = resumedPlayer(
      scenario,
      started.resume!.current!.log,
      started.resume!.current!.elapsedMs,
    );
    expect(resumed.run.view().nodeId).toBe(atDecision.nodeId);
    expect((resumed.run.view().deadline ?? 0) - resumed.elapsed).toBe(
      (atDecision.deadline ?? 0) - player.elapsed - 5000,
    );
    const profile = playToEnd(resumed, second);
    second.exit();

    const third = launch(registration);
    const again = await third.start();
    expect(again.resume?.logs).toHaveLength(1);
    third.runEnded(
      { scenario, log: again.resume!.logs[0]!, context: resumed.run.context() },
      profile,
    );
    third.exit();
    const all = await statementsOf(registration, profile.decisions.length + 7);
    const answered = all.filter((s) => verbOf(s) === 'answered');
    expect(answered).toHaveLength(profile.decisions.length);
    expect(all.filter((s) => verbOf(s) === 'completed')).toHaveLength(1);
    expect(all.filter((s) => verbOf(s) === 'initialized')).toHaveLength(3);
    expect(all.flatMap((s) => s.warnings)).toEqual([]);
  });

  it('keeps playing while the LRS is unreachable, then delivers everything in order', async () => {
    const registration = newRegistration();
    const lms = launch(registration);
    const problems: string[] = [];
    lms.onProblem((message) => problems.push(message));
    await lms.start();
    lrs.failStatements(3, 0);
    const player = newPlayer(scenario);
    step(player, lms);
    step(player, lms);
    lrs.failStatements(2, 503);
    const profile = playToEnd(player, lms);
    await new Promise((resolve) => setTimeout(resolve, 300));
    lms.exit();
    const session = await statementsOf(registration, profile.decisions.length + 3);
    expect(session.map(verbOf)).toEqual([
      'initialized',
      ...profile.decisions.map(() => 'answered'),
      'completed',
      'terminated',
    ]);
    expect(problems).toEqual([expect.stringMatching(/cannot be reached right now/)]);
  });

  it('drops a statement the LRS refuses for good, says so once, and goes on', async () => {
    const registration = newRegistration();
    const lms = launch(registration);
    const problems: string[] = [];
    lms.onProblem((message) => problems.push(message));
    await lms.start();
    await statementsOf(registration, 1);
    lrs.failStatements(1, 400);
    const player = newPlayer(scenario);
    const profile = playToEnd(player, lms);
    // Everything but the refused one arrives before the page closes.
    await statementsOf(registration, profile.decisions.length + 1);
    lms.exit();
    const session = await statementsOf(registration, profile.decisions.length + 2);
    expect(session.filter((s) => verbOf(s) === 'answered')).toHaveLength(
      profile.decisions.length - 1,
    );
    expect(session.map(verbOf).at(-1)).toBe('terminated');
    expect(problems).toEqual([expect.stringMatching(/refused one of your results/)]);
  });

  it('without launch parameters, or when the LMS will not hand a token: play goes on', async () => {
    const none = connectLms(config, { window: page(''), loadScenario: () => scenario });
    expect(await none.start()).toMatchObject({ status: 'no-lms' });
    const { search } = lrs.launch({ registration: newRegistration() });
    const spent = connectLms(config, { window: page(search), loadScenario: () => scenario });
    await fetch(new URLSearchParams(search).get('fetch')!, { method: 'POST' });
    const started = await spent.start();
    expect(started).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/did not let this course start/),
    });
    playToEnd(newPlayer(scenario), spent);
    spent.exit();
  });
});
