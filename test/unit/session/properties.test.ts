/**
 * Properties of the run machine, replay and persistence over generated scenarios and over
 * every scenario file in the library that parses.
 */
import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock } from 'xstate';
import { machineFor } from '../../../src/engine/run/compile';
import { scenarioSchema, type Scenario } from '../../../src/engine/scenario/schema';
import { replay } from '../../../src/engine/session/replay';
import type { SessionLog } from '../../../src/engine/session/types';
import { readJson, scenarioFileNames, SCENARIO_DIR } from '../../scenarios/library-files';
import { arbitraryScenario } from '../../support/generate-scenario';
import {
  actorHandle,
  planArbitrary,
  playToEnd,
  pureHandle,
  startActor,
  startLive,
  timePressureArbitrary,
  viaJson,
  type PlanStep,
} from './run-driver';

function libraryScenarios(): Scenario[] {
  return scenarioFileNames()
    .map((name) => scenarioSchema.safeParse(readJson(join(SCENARIO_DIR, name))))
    .flatMap((parsed) => (parsed.success ? [parsed.data] : []));
}

const library = libraryScenarios();
const sources: Array<[string, fc.Arbitrary<Scenario>]> = [
  ['generated scenarios', arbitraryScenario()],
];
if (library.length > 0)
  sources.push([`the ${library.length} library scenarios`, fc.constantFrom(...library)]);

const seedArbitrary = fc.integer({ min: 0, max: 0xffffffff });

/** A run played to its end through a LiveRun, and the log it wrote. */
function finishedLog(
  scenario: Scenario,
  seed: number,
  timePressure: 'normal' | 'double' | 'off',
  plan: PlanStep[],
) {
  const { run, handle } = startLive(scenario, seed, timePressure);
  playToEnd(handle, plan, Object.keys(scenario.nodes).length);
  const log = run.log();
  const context = run.context();
  run.stop();
  return { log, context };
}

describe.each(sources)('over %s', (_name, scenarios) => {
  it('a random run always ends within node-count steps', () => {
    fc.assert(
      fc.property(
        scenarios,
        seedArbitrary,
        timePressureArbitrary,
        planArbitrary,
        (scenario, seed, pressure, plan) => {
          const nodeCount = Object.keys(scenario.nodes).length;
          const handle = pureHandle(scenario, seed, pressure);
          const steps = playToEnd(handle, plan, nodeCount);
          expect(handle.ended()).toBe(true);
          expect(steps).toBeLessThan(nodeCount);
          expect(handle.context().history).toHaveLength(steps);
        },
      ),
    );
  });

  it('replaying the log of a live run reproduces its exact final context', () => {
    fc.assert(
      fc.property(
        scenarios,
        seedArbitrary,
        timePressureArbitrary,
        planArbitrary,
        (scenario, seed, pressure, plan) => {
          const { log, context } = finishedLog(scenario, seed, pressure, plan);
          const outcome = replay(scenario, viaJson(log));
          if (!outcome.ok) throw new Error(outcome.message);
          expect(outcome.ended).toBe(true);
          expect(outcome.hashMatches).toBe(true);
          expect(outcome.snapshots).toHaveLength(log.inputs.length + 1);
          expect(outcome.final).toEqual(context);
          // Driving the pure machine with the same plan lands on the same context too.
          const pure = pureHandle(scenario, seed, pressure);
          playToEnd(pure, plan, Object.keys(scenario.nodes).length);
          expect(pure.context()).toEqual(context);
        },
      ),
    );
  });

  it('persisting and restoring the actor at any step then continuing gives the same final context', () => {
    fc.assert(
      fc.property(
        scenarios,
        seedArbitrary,
        timePressureArbitrary,
        planArbitrary,
        fc.nat({ max: 40 }),
        (scenario, seed, pressure, plan, stopAfter) => {
          const maxSteps = Object.keys(scenario.nodes).length;
          const reference = startActor(scenario, seed, pressure);
          playToEnd(reference.handle, plan, maxSteps);

          const interrupted = startActor(scenario, seed, pressure);
          const stoppedAt = playToEnd(interrupted.handle, plan, Math.min(stopAfter, maxSteps));
          const persisted = viaJson(interrupted.actor.getPersistedSnapshot());
          const resumeAt = interrupted.actor.getSnapshot().context.now;
          interrupted.actor.stop();

          const clock = new SimulatedClock();
          clock.set(resumeAt);
          const input = { seed, timePressure: pressure };
          const restored = createActor(machineFor(scenario), {
            input,
            snapshot: persisted,
            clock,
          }).start();
          if (restored.getSnapshot().status === 'active')
            restored.send({ type: 'run.resumed', at: resumeAt });
          playToEnd(actorHandle(scenario, restored, clock), plan, maxSteps, stoppedAt);

          expect(restored.getSnapshot().status).toBe('done');
          expect(viaJson(restored.getSnapshot().context)).toEqual(
            viaJson(reference.actor.getSnapshot().context),
          );
        },
      ),
    );
  });

  it('tampered logs are rejected', () => {
    const tampering = fc.constantFrom(
      'scores',
      'ending',
      'unknown-choice',
      'after-end',
      'back-in-time',
      'early-timeout',
    );
    fc.assert(
      fc.property(
        scenarios,
        seedArbitrary,
        timePressureArbitrary,
        planArbitrary,
        tampering,
        fc.nat(),
        (scenario, seed, pressure, plan, kind, where) => {
          const { log } = finishedLog(scenario, seed, pressure, plan);
          const tampered = tamper(scenario, viaJson(log), kind, where);
          fc.pre(tampered !== null);
          expect(replay(scenario, tampered as SessionLog).ok).toBe(false);
        },
      ),
    );
  });
});

/** One kind of change a person might make to a finished log; null when it does not apply. */
function tamper(
  scenario: Scenario,
  log: SessionLog,
  kind: string,
  where: number,
): SessionLog | null {
  const result = log.result;
  if (!result) throw new Error('a finished run has a result');
  const index = log.inputs.length === 0 ? -1 : where % log.inputs.length;
  const input = log.inputs[index];
  switch (kind) {
    case 'scores':
      log.result = {
        ...result,
        rawScores: { ...result.rawScores, adaptability: result.rawScores.adaptability + 1 },
      };
      return log;
    case 'ending': {
      const other = Object.entries(scenario.nodes).find(
        ([id, node]) => node.kind === 'ending' && id !== result.endingId,
      );
      if (!other) return null;
      log.result = { ...result, endingId: other[0] };
      return log;
    }
    case 'unknown-choice':
      if (input?.type !== 'choose') return null;
      log.inputs[index] = { ...input, choiceId: `${input.choiceId}-forged` };
      return log;
    case 'after-end':
      log.inputs.push({ type: 'continue', at: (log.inputs.at(-1)?.at ?? 0) + 1 });
      return log;
    case 'back-in-time': {
      const previous = log.inputs[index - 1];
      if (!input || !previous || previous.at === 0) return null;
      log.inputs[index] = { ...input, at: previous.at - 1 };
      return log;
    }
    default: {
      if (input?.type !== 'timeout') return null;
      log.inputs[index] = { ...input, at: input.at - 1 };
      return log;
    }
  }
}
