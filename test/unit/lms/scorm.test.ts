// @vitest-environment happy-dom
/**
 * The SCORM adapter against scorm-again as the LMS, for SCORM 1.2 and 2004: a run played to its
 * end leaves completion, scores, one objective per competency and one interaction per decision
 * in the LMS's data; a run left half-way resumes from suspend_data at the same decision with the
 * same time left, without writing any decision twice.
 */
import { describe, expect, it, vi } from 'vitest';
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { connectLms, type LmsConnection, type PackageConfig } from '../../../src/lms';
import type { Scenario } from '../../../src/engine/scenario/schema';
import type { SessionLog } from '../../../src/engine/session/types';
import {
  expectedOverall,
  libraryScenario,
  newPlayer,
  playToEnd,
  reportOf,
  resumedPlayer,
  step,
} from './support';

type Standard = 'scorm12' | 'scorm2004';
type Api = Scorm12API | Scorm2004API;
type Cmi = Record<string, unknown> & {
  interactions: Record<string, Record<string, unknown>>;
  objectives: Record<string, Record<string, unknown> & { score: Record<string, string> }>;
};

// Its timed decision comes second, so a resume there has a decision before it to not repeat.
const scenario = libraryScenario('doubling-the-team');
const scenarios = new Map<string, Scenario>([[scenario.id, scenario]]);

function lmsFor(standard: Standard, restore?: Cmi): Api {
  const settings = { autocommit: false, logLevel: 5 as const };
  const api = standard === 'scorm12' ? new Scorm12API(settings) : new Scorm2004API(settings);
  if (restore) {
    const { interactions: _kept, objectives: _alsoKept, ...rest } = restore;
    api.loadFromJSON({ ...restore, ...rest }, 'cmi');
  }
  return api;
}

function connect(standard: Standard, api: Api, masteryScore: number | null = 70): LmsConnection {
  const config: PackageConfig = {
    standard,
    id: scenario.id,
    kind: 'scenario',
    scenarioIds: [scenario.id],
    masteryScore,
  };
  const win = { [standard === 'scorm12' ? 'API' : 'API_1484_11']: api } as unknown as Window;
  return connectLms(config, { window: win, loadScenario: (id) => scenarios.get(id) });
}

function cmiOf(api: Api): Cmi {
  const rendered = api.renderCommitCMI(true) as { cmi: Cmi };
  return rendered.cmi;
}

const list = <T>(record: Record<string, T>): T[] =>
  Object.keys(record)
    .sort((a, b) => Number(a) - Number(b))
    .map((key) => record[key] as T);

describe.each(['scorm12', 'scorm2004'] as const)('SCORM adapter (%s)', (standard) => {
  it('reports completion, scores, objectives and one interaction per decision', async () => {
    const api = lmsFor(standard);
    const lms = connect(standard, api);
    const problems: string[] = [];
    lms.onProblem((message) => problems.push(message));
    expect(await lms.start()).toMatchObject({ status: 'connected' });
    const player = newPlayer(scenario);
    const profile = playToEnd(player, lms, 1);
    lms.exit();
    const cmi = cmiOf(api);
    const overall = expectedOverall([profile]);
    const decisions = profile.decisions;
    const interactions = list(cmi.interactions);
    expect(interactions).toHaveLength(decisions.length);
    interactions.forEach((interaction, index) => {
      const decision = decisions[index]!;
      expect(interaction.id).toBe(`${scenario.id}.${decision.nodeId}`);
      const response =
        interaction[standard === 'scorm12' ? 'student_response' : 'learner_response'];
      expect(String(response).startsWith(decision.choiceId)).toBe(true);
      expect(interaction.latency).not.toBe('');
    });
    const objectives = list(cmi.objectives);
    for (const [dimension, id] of [
      ['customerFocus', 'customer-focus'],
      ['adaptability', 'adaptability'],
      ['empowerment', 'empowerment'],
    ] as const) {
      const objective = objectives.find((candidate) => candidate.id === id);
      expect(objective?.score.raw).toBe(String(profile.dimensions[dimension].normalised));
    }
    if (standard === 'scorm12') {
      const core = cmi.core as Record<string, unknown> & { score: Record<string, string> };
      expect(core.score.raw).toBe(String(overall));
      expect(core.lesson_status).toBe(overall >= 70 ? 'passed' : 'failed');
      expect(core.exit).toBe('');
    } else {
      const score = cmi.score as Record<string, string>;
      expect(score.scaled).toBe(String(overall / 100));
      expect(cmi.completion_status).toBe('completed');
      expect(cmi.success_status).toBe(overall >= 70 ? 'passed' : 'failed');
      expect(cmi.exit).toBe('normal');
      expect(String(interactions[0]?.description)).toMatch(/^Customer focus [+-]?\d/);
    }
    expect(String(cmi.suspend_data).length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('reports completion only when the package has no mastery score', async () => {
    const api = lmsFor(standard);
    const lms = connect(standard, api, null);
    await lms.start();
    playToEnd(newPlayer(scenario), lms);
    lms.exit();
    const cmi = cmiOf(api);
    if (standard === 'scorm12')
      expect((cmi.core as Record<string, unknown>).lesson_status).toBe('completed');
    else expect([cmi.completion_status, cmi.success_status]).toEqual(['completed', 'unknown']);
  });

  it('resumes from suspend_data at the same decision with the time that was left', async () => {
    const firstApi = lmsFor(standard);
    const first = connect(standard, firstApi);
    await first.start();
    const player = newPlayer(scenario);
    while (player.run.view().deadline === null) step(player, first, 3000, 1);
    const atDecision = player.run.view();
    const remaining = (atDecision.deadline ?? 0) - (player.elapsed + 12_000);
    first.exit(player.elapsed + 12_000);
    const savedLog = player.run.log();
    const decisionsBefore = list(cmiOf(firstApi).interactions).length;
    expect(String(cmiOf(firstApi).suspend_data).length).toBeLessThanOrEqual(4096);

    const secondApi = lmsFor(standard, { ...cmiOf(firstApi), entry: 'resume' } as Cmi);
    const second = connect(standard, secondApi);
    const started = await second.start();
    expect(started.status).toBe('connected');
    expect(started.resume?.logs).toEqual([]);
    expect(started.resume?.current?.log).toEqual(savedLog);
    const resumed = resumedPlayer(
      scenario,
      started.resume!.current!.log,
      started.resume!.current!.elapsedMs,
    );
    const view = resumed.run.view();
    expect(view.nodeId).toBe(atDecision.nodeId);
    expect((view.deadline ?? 0) - resumed.elapsed).toBe(remaining);

    const profile = playToEnd(resumed, second, 1);
    second.exit();
    const interactions = list(cmiOf(secondApi).interactions);
    expect(decisionsBefore).toBeGreaterThan(0);
    expect(interactions.map((i) => i.id)).toEqual(
      profile.decisions.map((decision) => `${scenario.id}.${decision.nodeId}`),
    );
  });

  it('keeps suspend_data within the standard’s limit and says so once when it cannot', async () => {
    const api = lmsFor(standard);
    const lms = connect(standard, api);
    const problems: string[] = [];
    lms.onProblem((message) => problems.push(message));
    await lms.start();
    const player = newPlayer(scenario);
    step(player, lms);
    const saved = String(cmiOf(api).suspend_data);
    const huge = {
      ...reportOf(player),
      track: { id: 'x', index: 0, finished: Array(3000).fill(player.run.log()) },
    };
    lms.inputAccepted(huge, 1);
    lms.inputAccepted(huge, 2);
    const limit = standard === 'scorm12' ? 4096 : 64_000;
    expect(String(cmiOf(api).suspend_data)).toBe(saved);
    expect(saved.length).toBeLessThanOrEqual(limit);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/too long/);
  });
});

describe('SCORM adapter failures never stop play', () => {
  it('without an LMS: no-lms, told once, every call a no-op', async () => {
    const lms = connectLms(
      {
        standard: 'scorm12',
        id: scenario.id,
        kind: 'scenario',
        scenarioIds: [scenario.id],
        masteryScore: null,
      },
      { window: {} as Window, loadScenario: () => scenario },
    );
    const problems: string[] = [];
    const started = await lms.start();
    lms.onProblem((message) => problems.push(message));
    expect(started.status).toBe('no-lms');
    const player = newPlayer(scenario);
    playToEnd(player, lms);
    lms.exit();
    expect(problems).toEqual([started.message]);
    expect(started.message).toMatch(/could not find the learning system/);
  });

  it('an LMS whose calls throw or refuse: play goes on, one message', async () => {
    // The first failure's details go to the console once, for an administrator.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const api = lmsFor('scorm2004') as Scorm2004API;
    let calls = 0;
    const original = api.SetValue.bind(api);
    api.SetValue = (element: string, value: unknown) => {
      calls += 1;
      if (element.startsWith('cmi.interactions')) throw new Error('LMS database is down');
      if (element === 'cmi.suspend_data') return 'false';
      return original(element, value);
    };
    const lms = connect('scorm2004', api);
    const problems: string[] = [];
    lms.onProblem((message) => problems.push(message));
    await lms.start();
    playToEnd(newPlayer(scenario), lms);
    lms.exit();
    expect(calls).toBeGreaterThan(10);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/did not accept part of your progress/);
    expect(cmiOf(api).completion_status).toBe('completed');
    expect(warn).toHaveBeenCalledOnce();
    expect(String(warn.mock.calls[0]?.[0])).toMatch(
      /^LMS call failed: SetValue\(cmi\.suspend_data\)/,
    );
    warn.mockRestore();
  });

  it('an LMS that refuses to start: failed, told once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const api = {
      LMSInitialize: () => 'false',
      LMSGetLastError: () => '101',
      LMSGetErrorString: () => 'General exception',
    };
    const lms = connectLms(
      {
        standard: 'scorm12',
        id: scenario.id,
        kind: 'scenario',
        scenarioIds: [scenario.id],
        masteryScore: null,
      },
      { window: { API: api } as unknown as Window, loadScenario: () => scenario },
    );
    expect(await lms.start()).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/did not let this course start/),
    });
    expect(warn).toHaveBeenCalledWith(
      'LMS call failed: LMSInitialize → error 101 General exception',
    );
    warn.mockRestore();
  });

  it('finds the API in a parent window, as the standard searches', async () => {
    const api = lmsFor('scorm12');
    const top = { API: api } as unknown as Window;
    const middle = { parent: top } as unknown as Window;
    const frame = { parent: middle } as unknown as Window;
    const lms = connectLms(
      {
        standard: 'scorm12',
        id: scenario.id,
        kind: 'scenario',
        scenarioIds: [scenario.id],
        masteryScore: null,
      },
      { window: frame, loadScenario: () => scenario },
    );
    expect((await lms.start()).status).toBe('connected');
  });
});

describe.each(['scorm12', 'scorm2004'] as const)('SCORM adapter with a track (%s)', (standard) => {
  const ids = ['saturday-returns', 'doubling-the-team'];
  const trackScenarios = new Map(ids.map((id) => [id, libraryScenario(id)]));
  const connectTrack = (api: Api) =>
    connectLms(
      { standard, id: 'two-step', kind: 'track', scenarioIds: ids, masteryScore: 50 },
      {
        window: { [standard === 'scorm12' ? 'API' : 'API_1484_11']: api } as unknown as Window,
        loadScenario: (id) => trackScenarios.get(id),
      },
    );

  it('completes only when the track ends, from every scenario, and resumes between scenarios', async () => {
    const firstApi = lmsFor(standard);
    const first = connectTrack(firstApi);
    await first.start();
    const track = { id: 'two-step', index: 0, finished: [] as SessionLog[] };
    const opening = newPlayer(trackScenarios.get(ids[0]!)!, 3, track);
    const firstProfile = playToEnd(opening, first, 2);
    const status = (cmi: Cmi) =>
      standard === 'scorm12'
        ? (cmi.core as Record<string, unknown>).lesson_status
        : cmi.completion_status;
    expect(status(cmiOf(firstApi))).toBe('incomplete');
    first.exit();

    const secondApi = lmsFor(standard, { ...cmiOf(firstApi), entry: 'resume' } as Cmi);
    const second = connectTrack(secondApi);
    const started = await second.start();
    expect(started.resume?.logs).toEqual([opening.run.log()]);
    expect(started.resume?.current).toBeUndefined();
    const next = { id: 'two-step', index: 1, finished: started.resume!.logs };
    const closing = newPlayer(trackScenarios.get(ids[1]!)!, 4, next);
    const secondProfile = playToEnd(closing, second, 0);
    second.trackEnded([firstProfile, secondProfile]);
    second.exit();
    const cmi = cmiOf(secondApi);
    const overall = expectedOverall([firstProfile, secondProfile]);
    const verdict = overall >= 50 ? 'passed' : 'failed';
    expect(status(cmi)).toBe(standard === 'scorm12' ? verdict : 'completed');
    if (standard === 'scorm2004') expect(cmi.success_status).toBe(verdict);
    const raw =
      standard === 'scorm12'
        ? (cmi.core as { score: { raw: string } }).score.raw
        : (cmi.score as { raw: string }).raw;
    expect(raw).toBe(String(overall));
    const decisions = firstProfile.decisions.length + secondProfile.decisions.length;
    expect(list(cmi.interactions)).toHaveLength(decisions);
  });
});
