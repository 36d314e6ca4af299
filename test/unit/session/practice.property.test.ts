/**
 * Practice step-backs replay exactly: a practice log with step-backs replays to the same run
 * as the log with the undone decisions (and what followed each) taken out, chance events
 * included (the random generator's state goes back with the decision). Times differ by design
 * (a decision stepped back to is entered anew), so the comparison leaves them out; untimed
 * play ('off') keeps both logs valid, and timed step-backs have their own tests below.
 */
import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SimulatedClock } from 'xstate';
import { scenarioSchema, type Scenario } from '../../../src/engine/scenario/schema';
import type { RunContext } from '../../../src/engine/run/types';
import { startLiveRun } from '../../../src/engine/session/live-run';
import { replay } from '../../../src/engine/session/replay';
import type { SessionInput, SessionLog } from '../../../src/engine/session/types';
import { readJson, scenarioFileNames, SCENARIO_DIR } from '../../scenarios/library-files';
import { arbitraryScenario } from '../../support/generate-scenario';
import { refundScenario } from '../run/fixtures';

const library = scenarioFileNames()
  .map((name) => scenarioSchema.safeParse(readJson(join(SCENARIO_DIR, name))))
  .flatMap((parsed) => (parsed.success ? [parsed.data] : []));

const sources: Array<[string, fc.Arbitrary<Scenario>]> = [
  ['generated scenarios', arbitraryScenario()],
  [`the ${library.length} library scenarios`, fc.constantFrom(...library)],
];

const planArbitrary = fc.array(
  fc.record({ pick: fc.nat({ max: 5 }), delay: fc.nat({ max: 5000 }), back: fc.boolean() }),
  { maxLength: 60 },
);

type Plan = Array<{ pick: number; delay: number; back: boolean }>;

/** Plays a practice run by the plan, stepping back wherever the plan says and the run allows. */
function playPractice(scenario: Scenario, seed: number, plan: Plan): SessionLog {
  const clock = new SimulatedClock();
  const run = startLiveRun(scenario, {
    seed,
    timePressure: 'off',
    startedAt: '2026-12-02T10:00:00.000Z',
    mode: 'practice',
    clock,
  });
  let at = 0;
  for (let step = 0; step < 200 && !run.ended(); step += 1) {
    const move = plan[step % Math.max(plan.length, 1)] ?? { pick: 0, delay: 10, back: false };
    at += move.delay;
    clock.set(at);
    const view = run.view();
    if (move.back && run.canStepBack()) expect(run.back(at)).toBe(true);
    else if (view.kind === 'decision') {
      const choice = view.choices[move.pick % view.choices.length];
      expect(run.choose(choice?.id ?? '', at)).toBe(true);
    } else expect(run.continue(at)).toBe(true);
  }
  const log = run.log();
  run.stop();
  return log;
}

/** The inputs with every step-back applied: the undone decision and all after it removed. */
function withoutStepBacks(inputs: readonly SessionInput[]): SessionInput[] {
  const kept: SessionInput[] = [];
  for (const input of inputs) {
    if (input.type !== 'back') {
      kept.push(input);
      continue;
    }
    for (let last = kept.pop(); last; last = kept.pop()) {
      if (last.type === 'choose' || last.type === 'timeout') break;
    }
  }
  return kept;
}

/** The run's state without its times (and the practice bookkeeping). */
function timeless(context: RunContext) {
  return {
    nodeId: context.nodeId,
    scores: context.scores,
    meters: context.meters,
    flags: context.flags,
    rngState: context.rngState,
    drawnOutcome: context.drawnOutcome,
    endingOutcome: context.endingOutcome,
    history: context.history.map(({ msTaken: _ms, ...rest }) => rest),
  };
}

describe.each(sources)('practice step-backs over %s', (_name, scenarios) => {
  it('a log with step-backs replays to the same state as the log with those decisions removed', () => {
    fc.assert(
      fc.property(
        scenarios,
        fc.integer({ min: 0, max: 0xffffffff }),
        planArbitrary,
        (scenario, seed, plan) => {
          const log = playPractice(scenario, seed, plan);
          const full = replay(scenario, log);
          if (!full.ok) throw new Error(full.message);
          const { result: _result, ...rest } = log;
          const trimmed = replay(scenario, { ...rest, inputs: withoutStepBacks(log.inputs) });
          if (!trimmed.ok) throw new Error(trimmed.message);
          expect(timeless(full.final)).toEqual(timeless(trimmed.final));
          expect(full.ended).toBe(trimmed.ended);
          const backs = log.inputs.filter((input) => input.type === 'back').length;
          expect(full.final.steppedBack?.length ?? 0).toBe(backs);
        },
      ),
      { numRuns: 60 },
    );
  });
});

/** The fixture with a narrative after its timed decision (one cannot step back from an ending). */
function timedThenNarrative(): Scenario {
  const scenario = structuredClone(refundScenario());
  const escalate = scenario.nodes.escalate;
  if (escalate?.kind !== 'decision') throw new Error('the fixture has a timed decision');
  for (const choice of escalate.choices) choice.next = 'aftermath';
  scenario.nodes.aftermath = { kind: 'narrative', text: 'The day goes on.', next: 'mixed-end' };
  return scenario;
}

describe('timed decisions and step-backs', () => {
  const scenario = timedThenNarrative();
  const timedNode = Object.entries(scenario.nodes).find(
    ([, node]) => node.kind === 'decision' && node.timeLimitSeconds !== undefined,
  );

  it('a decision stepped back to gets its whole time limit again, from the step-back', () => {
    if (!timedNode) throw new Error('the fixture has a timed decision');
    const clock = new SimulatedClock();
    const run = startLiveRun(scenario, {
      seed: 3,
      timePressure: 'normal',
      startedAt: '2026-12-02T10:00:00.000Z',
      mode: 'practice',
      clock,
    });
    let at = 0;
    while (run.view().nodeId !== timedNode[0] && !run.ended()) {
      at += 100;
      clock.set(at);
      const view = run.view();
      if (view.kind === 'decision') run.choose(view.choices[view.choices.length - 1]?.id ?? '', at);
      else run.continue(at);
    }
    const limit = run.view().timeLimitMs ?? 0;
    const deadline = run.view().deadline ?? 0;
    clock.set(deadline); // time runs out: the timeout choice is taken
    expect(run.context().history.at(-1)?.timedOut).toBe(true);
    const backAt = deadline + 5000;
    clock.set(backAt);
    expect(run.back(backAt)).toBe(true);
    expect(run.view().nodeId).toBe(timedNode[0]);
    expect(run.view().deadline).toBe(backAt + limit);
    expect(run.context().steppedBack).toEqual([
      expect.objectContaining({ nodeId: timedNode[0], timedOut: true }),
    ]);
    const log = run.log();
    expect(log.inputs.map((input) => input.type).slice(-2)).toEqual(['timeout', 'back']);
    const replayed = replay(scenario, log);
    expect(replayed.ok && replayed.final).toEqual(run.context());
  });

  it('assessment runs cannot step back', () => {
    const run = startLiveRun(scenario, {
      seed: 3,
      timePressure: 'off',
      startedAt: '2026-12-02T10:00:00.000Z',
    });
    for (let at = 1; at < 50 && !run.ended() && run.view().kind !== 'decision'; at += 1)
      run.continue(at);
    run.choose(run.view().choices[0]?.id ?? '', 60);
    expect(run.canStepBack()).toBe(false);
    expect(run.back(61)).toBe(false);
    expect(run.log().inputs.some((input) => input.type === 'back')).toBe(false);
  });
});
