/**
 * A stand-in for the shell, for the LMS e2e spec: plays a library scenario with the engine (no
 * screens) and tells the adapter (src/lms) what the shell will tell it, inside a real LMS frame.
 * Query: ?standard=…&steps=<inputs to play, default all>. Writes what happened as JSON into
 * `main[data-report]` and exits the LMS on pagehide, as the shell will.
 */
import { connectLms } from '../../../../src/lms';
import { scenarioSchema } from '../../../../src/engine/scenario/schema';
import { analyseScenario } from '../../../../src/authoring/analyse';
import { buildProfile } from '../../../../src/engine/profile/build-profile';
import { resumeLiveRun, startLiveRun } from '../../../../src/engine/session/live-run';
import type { LmsStandard } from '../../../../src/lms/package-config';
import scenarioFile from '../../../../scenarios/doubling-the-team.json';

const params = new URLSearchParams(location.search);
const standard = (params.get('standard') ?? 'scorm12') as LmsStandard;
const steps = Number(params.get('steps') ?? '1000');
const scenario = scenarioSchema.parse(scenarioFile);
const main = document.getElementById('probe') as HTMLElement;

async function probe(): Promise<void> {
  const lms = connectLms(
    { standard, id: scenario.id, kind: 'scenario', scenarioIds: [scenario.id], masteryScore: 70 },
    { loadScenario: () => scenario },
  );
  const problems: string[] = [];
  lms.onProblem((message) => problems.push(message));
  const started = await lms.start();
  const current = started.resume?.current;
  let elapsed = current?.elapsedMs ?? 0;
  const run = current
    ? resumeLiveRun(scenario, current.log, current.elapsedMs)
    : startLiveRun(scenario, {
        seed: 5,
        timePressure: 'normal',
        startedAt: new Date().toISOString(),
      });
  const resumedAt = current ? run.context().nodeId : null;
  const remainingMs = current ? (run.view().deadline ?? 0) - elapsed : null;
  let decisions = 0;
  for (let step = 0; step < steps && !run.ended(); step += 1) {
    elapsed += 3000;
    const view = run.view();
    if (view.kind === 'decision') decisions += 1;
    const accepted =
      view.kind === 'decision' ? run.choose(view.choices[0]!.id, elapsed) : run.continue(elapsed);
    if (!accepted) throw new Error(`refused at ${view.nodeId}`);
    lms.inputAccepted({ scenario, log: run.log(), context: run.context() }, elapsed);
  }
  if (run.ended()) {
    const profile = buildProfile(scenario, analyseScenario(scenario), run.context());
    lms.runEnded({ scenario, log: run.log(), context: run.context() }, profile);
  }
  run.stop();
  addEventListener('pagehide', () => lms.exit(elapsed + 1500));
  main.dataset.report = JSON.stringify({
    status: started.status,
    learnerName: started.learnerName ?? null,
    resumedAt,
    remainingMs,
    nodeId: run.context().nodeId,
    ended: run.ended(),
    decisions,
    problems,
  });
  main.setAttribute('aria-busy', 'false');
}

probe().catch((error: unknown) => {
  main.dataset.report = JSON.stringify({ error: String(error) });
  main.setAttribute('aria-busy', 'false');
});
