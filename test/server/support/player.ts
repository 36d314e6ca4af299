/**
 * Plays a participant's run the way the game does: the engine's live run on the participant's
 * log (seed from the server), each input sent through the client connection. Its clock never
 * fires, so a timeout happens only when a test asks for one.
 */
import type { Scenario } from '../../../src/engine/scenario/schema';
import type { NodeView } from '../../../src/engine/run/types';
import { resumeLiveRun, type LiveRun } from '../../../src/engine/session/live-run';
import type { SessionInput, SessionLog } from '../../../src/engine/session/types';
import type { ParticipantConnection } from '../../../src/live/participant';
import { library } from './live-server';

const frozenClock = { setTimeout: () => 0, clearTimeout: () => undefined };

export type Pick = (choices: NodeView['choices'], view: NodeView) => string;

export const pickIndex =
  (index: number): Pick =>
  (choices) =>
    (choices[index % choices.length] ?? choices[0])!.id;

export class LocalRun {
  readonly run: LiveRun;
  at: number;

  constructor(
    readonly scenario: Scenario,
    log: SessionLog,
  ) {
    this.at = log.inputs.at(-1)?.at ?? 0;
    this.run = resumeLiveRun(scenario, log, this.at, { clock: frozenClock });
  }

  ended(): boolean {
    return this.run.ended();
  }

  view(): NodeView {
    return this.run.view();
  }

  /** Takes the next step by `pick`; returns the input the game would send (null once ended). */
  step(pick: Pick, stepMs = 1): SessionInput | null {
    if (this.run.ended()) return null;
    const view = this.run.view();
    this.at += stepMs;
    const ok =
      view.kind === 'decision'
        ? this.run.choose(pick(view.choices, view), this.at)
        : this.run.continue(this.at);
    if (!ok) throw new Error(`The local run refused a step at ${view.nodeId}.`);
    return this.run.log().inputs.at(-1) ?? null;
  }
}

export function scenarioById(id: string): Scenario {
  const scenario = library().scenarios.get(id);
  if (!scenario) throw new Error(`No scenario ${id}`);
  return scenario;
}

/** The participant's current run, played locally from its log. */
export function localRunOf(connection: ParticipantConnection, index?: number): LocalRun {
  const runs = connection.state.runs;
  const run = runs[index ?? runs.length - 1];
  if (!run) throw new Error('The participant has no run.');
  return new LocalRun(scenarioById(run.scenarioId), run.log);
}

/** Plays `steps` inputs (or to the end), sending each; resolves once all are acknowledged. */
export async function play(
  connection: ParticipantConnection,
  pick: Pick,
  steps = Number.POSITIVE_INFINITY,
): Promise<LocalRun> {
  const local = localRunOf(connection);
  const run = connection.state.runs.length - 1;
  for (let taken = 0; taken < steps && !local.ended(); taken += 1) {
    const input = local.step(pick);
    if (input) connection.send(input, run);
  }
  await connection.settled();
  return local;
}
