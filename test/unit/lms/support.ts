/**
 * Helpers for the LMS adapter tests: play a library scenario through a LiveRun on a simulated
 * clock, telling the adapter about every input the way the shell will, and read back what the
 * LMS side (scorm-again) recorded.
 */
import { join } from 'node:path';
import { SimulatedClock } from 'xstate';
import { scenarioSchema, type Scenario } from '../../../src/engine/scenario/schema';
import { analyseScenario } from '../../../src/authoring/analyse';
import { buildProfile } from '../../../src/engine/profile/build-profile';
import type { Profile } from '../../../src/engine/profile/types';
import { resumeLiveRun, startLiveRun, type LiveRun } from '../../../src/engine/session/live-run';
import type { SessionLog } from '../../../src/engine/session/types';
import type { LmsConnection, RunReport } from '../../../src/lms';
import { SCENARIO_DIR, readJson } from '../../scenarios/library-files';

export function libraryScenario(id: string): Scenario {
  return scenarioSchema.parse(readJson(join(SCENARIO_DIR, `${id}.json`)));
}

export interface Player {
  run: LiveRun;
  clock: SimulatedClock;
  /** ms of active play so far. */
  elapsed: number;
  scenario: Scenario;
  track?: { id: string; index: number; finished: SessionLog[] };
}

export function reportOf(player: Player): RunReport {
  const report: RunReport = {
    scenario: player.scenario,
    log: player.run.log(),
    context: player.run.context(),
  };
  if (player.track) report.track = player.track;
  return report;
}

export function newPlayer(scenario: Scenario, seed = 7, track?: Player['track']): Player {
  const clock = new SimulatedClock();
  const run = startLiveRun(scenario, {
    seed,
    timePressure: 'normal',
    startedAt: '2026-12-01T09:00:00.000Z',
    clock,
  });
  return { run, clock, elapsed: 0, scenario, ...(track ? { track } : {}) };
}

export function resumedPlayer(scenario: Scenario, log: SessionLog, elapsedMs: number): Player {
  const clock = new SimulatedClock();
  clock.set(elapsedMs);
  const run = resumeLiveRun(scenario, log, elapsedMs, { clock });
  return { run, clock, elapsed: elapsedMs, scenario };
}

/** One input after `ms` of thought: the `pick`-th offered choice at a decision, else continue. */
export function step(player: Player, lms: LmsConnection, ms = 4000, pick = 0): void {
  player.elapsed += ms;
  player.clock.increment(ms);
  const view = player.run.view();
  const at = player.elapsed;
  const accepted =
    view.kind === 'decision'
      ? player.run.choose((view.choices[pick % view.choices.length] ?? view.choices[0])!.id, at)
      : player.run.continue(at);
  if (!accepted) throw new Error(`input refused at ${view.nodeId}`);
  lms.inputAccepted(reportOf(player), at);
}

export function profileOf(player: Player): Profile {
  return buildProfile(player.scenario, analyseScenario(player.scenario), player.run.context());
}

/** Plays to the ending, telling the LMS about every input and the end. */
export function playToEnd(player: Player, lms: LmsConnection, pick = 0): Profile {
  while (!player.run.ended()) step(player, lms, 4000, pick);
  const profile = profileOf(player);
  lms.runEnded(reportOf(player), profile);
  return profile;
}

export function expectedOverall(profiles: Profile[]): number {
  const perDimension = (['customerFocus', 'adaptability', 'empowerment'] as const).map(
    (dimension) => {
      const values = profiles
        .map((p) => p.dimensions[dimension].normalised)
        .filter((v): v is number => v !== null);
      return values.length ? Math.round(values.reduce((a, b) => a + b, 0) / values.length) : null;
    },
  );
  const measured = perDimension.filter((v): v is number => v !== null);
  return Math.round(measured.reduce((a, b) => a + b, 0) / measured.length);
}
