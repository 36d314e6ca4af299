/**
 * The shell's side of an LMS package: where a package opens from what the LMS kept, and what
 * each run tells the adapter (a recording stand-in for src/lms's LmsConnection).
 */
import { describe, expect, it } from 'vitest';
import type { Track } from '../../../src/engine/scenario/schema';
import { startLiveRun } from '../../../src/engine/session/live-run';
import type { LmsConnection, LmsStart, PackageConfig, RunReport } from '../../../src/lms/index';
import { PROBLEM } from '../../../src/lms/problems';
import {
  bootPackage,
  createLmsLink,
  packageEntry,
  type PackageDeps,
} from '../../../src/shell/lms-link';
import type { PlayableScenario } from '../../../src/services/library-types';
import { libraryEntry } from '../../support/library';
import { refundScenario } from '../run/fixtures';

const refund = libraryEntry(refundScenario());
const second = libraryEntry({ ...refundScenario(), id: 'refund-again' });
const track: Track = {
  id: 'two-refunds',
  title: 'Two refunds',
  summary: 'The same desk twice.',
  scenarios: ['refund-test', 'refund-again'],
};
const scenarioPackage: PackageConfig = {
  standard: 'scorm12',
  id: 'refund-test',
  kind: 'scenario',
  scenarioIds: ['refund-test'],
  masteryScore: null,
};
const trackPackage: PackageConfig = {
  ...scenarioPackage,
  id: track.id,
  kind: 'track',
  scenarioIds: track.scenarios,
};

const library = new Map<string, PlayableScenario>([
  ['refund-test', refund],
  ['refund-again', second],
]);
const deps = (shown: string[] = []): PackageDeps => ({
  findTrack: (id) => (id === track.id ? track : undefined),
  showProblem: (message) => shown.push(message),
  loadScenario: async (id) => library.get(id) ?? null,
});

/** A run of `playable`, `inputs` inputs in (first choice, or continue), or to its end. */
function playRun(playable: PlayableScenario, inputs = Infinity) {
  const run = startLiveRun(playable.scenario, {
    seed: 7,
    timePressure: 'normal',
    startedAt: '2026-01-01T00:00:00.000Z',
  });
  for (let step = 0, at = 0; step < inputs && !run.ended(); step += 1) {
    at += 1000;
    const view = run.view();
    if (view.kind === 'decision') run.choose(view.choices[0]!.id, at);
    else run.continue(at);
  }
  const played = { log: run.log(), context: run.context() };
  run.stop();
  return played;
}

type Call = [string, ...unknown[]];

/** Records every call the shell makes, in order. */
function recordingConnection(started: LmsStart = { status: 'connected' }) {
  const calls: Call[] = [];
  const connection: LmsConnection = {
    start: async () => started,
    inputAccepted: (report, elapsedMs) => calls.push(['inputAccepted', report, elapsedMs]),
    runEnded: (report, profile) => calls.push(['runEnded', report, profile]),
    trackEnded: (profiles) => calls.push(['trackEnded', profiles]),
    suspend: (elapsedMs) => calls.push(['suspend', elapsedMs]),
    exit: (elapsedMs) => calls.push(['exit', elapsedMs]),
    onProblem: (listener) => listener('a problem the adapter found'),
  };
  return { connection, calls };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('where a package opens', () => {
  it('a first launch opens the briefing of its scenario, or of its track’s first part', async () => {
    expect(await packageEntry(scenarioPackage, undefined, deps())).toEqual({
      kind: 'briefing',
      request: { kind: 'library', scenarioId: 'refund-test' },
      track: null,
    });
    expect(await packageEntry(trackPackage, undefined, deps())).toEqual({
      kind: 'briefing',
      request: { kind: 'library', scenarioId: 'refund-test' },
      track: { track, index: 0, finished: [] },
    });
  });

  it('a run under way in the second part plays on there, with the first part finished', async () => {
    const first = playRun(refund).log;
    const current = playRun(second, 2).log;
    const entry = await packageEntry(
      trackPackage,
      { logs: [first], current: { log: current, elapsedMs: 4200 } },
      deps(),
    );
    expect(entry).toEqual({
      kind: 'playing',
      playable: second,
      resume: { log: current, elapsedMs: 4200 },
      track: { track, index: 1, finished: [{ scenarioId: 'refund-test', log: first }] },
    });
  });

  it('between parts it opens the next part’s briefing; after the last, the track’s profile', async () => {
    const first = playRun(refund).log;
    const between = await packageEntry(trackPackage, { logs: [first] }, deps());
    expect(between).toMatchObject({
      kind: 'briefing',
      request: { scenarioId: 'refund-again' },
      track: { index: 1 },
    });
    const done = await packageEntry(trackPackage, { logs: [first, playRun(second).log] }, deps());
    expect(done).toMatchObject({ kind: 'trackEnded', track: { index: 1 } });
  });

  it('a finished scenario package reopens at its end, with the run replayed', async () => {
    const run = playRun(refund);
    const entry = await packageEntry(scenarioPackage, { logs: [run.log] }, deps());
    expect(entry).toEqual({ kind: 'ended', playable: refund, finished: run });
  });
});

describe('what each run tells the LMS', () => {
  it('the run as it opens and after each input, with the track; a pause; exit with the time', () => {
    const { connection, calls } = recordingConnection();
    const link = createLmsLink(trackPackage, connection, deps().loadScenario);
    const first = playRun(refund).log;
    const pass = { track, index: 1, finished: [{ scenarioId: 'refund-test', log: first }] };
    const observer = link.observe(second, pass);
    let elapsed = 1500;
    observer.opened(() => elapsed);
    const run = playRun(second, 1);
    observer.stepped(run.log, run.context, 1500);
    observer.paused(1600);
    elapsed = 2500;
    link.exit();
    observer.left();
    link.exit();
    const report = calls[0]?.[1] as RunReport;
    expect(report).toEqual({
      scenario: second.scenario,
      log: run.log,
      context: run.context,
      track: { id: track.id, index: 1, finished: [first] },
    });
    expect(calls.map(([name, , elapsedMs]) => [name, elapsedMs])).toEqual([
      ['inputAccepted', 1500],
      ['suspend', undefined],
      ['exit', undefined],
      ['exit', undefined],
    ]);
    expect(calls.slice(1).map((call) => call[1])).toEqual([1600, 2500, undefined]);
  });

  it('a scenario package reports the end with the profile, then exits', async () => {
    const { connection, calls } = recordingConnection();
    const run = playRun(refund);
    createLmsLink(scenarioPackage, connection, deps().loadScenario)
      .observe(refund, null)
      .ended(run.log, run.context);
    await settle();
    expect(calls.map(([name]) => name)).toEqual(['runEnded', 'exit']);
    expect(calls[0]?.[2]).toMatchObject({ dimensions: expect.any(Object) });
  });

  it('a track reports each part’s end, and after its last part the track, then exits', async () => {
    const { connection, calls } = recordingConnection();
    const link = createLmsLink(trackPackage, connection, deps().loadScenario);
    const firstRun = playRun(refund);
    link.observe(refund, { track, index: 0, finished: [] }).ended(firstRun.log, firstRun.context);
    await settle();
    expect(calls.map(([name]) => name)).toEqual(['runEnded']);
    const secondRun = playRun(second);
    const finished = [{ scenarioId: 'refund-test', log: firstRun.log }];
    link.observe(second, { track, index: 1, finished }).ended(secondRun.log, secondRun.context);
    await expect.poll(() => calls.map(([name]) => name)).toContain('exit');
    expect(calls.map(([name]) => name)).toEqual(['runEnded', 'runEnded', 'trackEnded', 'exit']);
    expect(calls[2]?.[1]).toHaveLength(2);
  });
});

describe('booting a package', () => {
  it('connects, passes the adapter’s problems on, and resumes where the LMS says', async () => {
    const shown: string[] = [];
    const current = playRun(refund, 2).log;
    const { connection } = recordingConnection({
      status: 'connected',
      resume: { logs: [], current: { log: current, elapsedMs: 900 } },
    });
    const boot = await bootPackage(scenarioPackage, deps(shown), async () => connection);
    expect(boot.link).not.toBeNull();
    expect(boot.entry).toMatchObject({ kind: 'playing', resume: { elapsedMs: 900 } });
    expect(shown).toEqual(['a problem the adapter found']);
  });

  it('when the adapter cannot even load, says so and opens the briefing to play anyway', async () => {
    const shown: string[] = [];
    const boot = await bootPackage(scenarioPackage, deps(shown), () =>
      Promise.reject(new Error('chunk missing')),
    );
    expect(boot).toEqual({
      link: null,
      entry: {
        kind: 'briefing',
        request: { kind: 'library', scenarioId: 'refund-test' },
        track: null,
      },
    });
    expect(shown).toEqual([PROBLEM.notStarted]);
  });
});
