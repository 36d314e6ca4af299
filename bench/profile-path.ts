/**
 * Plays complete random runs on one path of `runners.ts` for a few seconds, for profiling:
 *   node --cpu-prof --cpu-prof-dir=bench/results/profiles --import tsx bench/profile-path.ts xstate-pure
 *   npx tsx bench/profile-summary.ts bench/results/profiles/<file>.cpuprofile
 * Paths: steps, xstate-pure, xstate-actor, ink.
 */
import { performance } from 'node:perf_hooks';
import { Compiler, Story } from 'inkjs/full';
import { generateLayeredScenario } from '../test/support/generate-scenario';
import { scenarioToInk } from './ink-story';
import {
  inkRunner,
  stepPathRunner,
  xstateActorRunner,
  xstatePureRunner,
  type PlayRun,
} from './runners';

const SECONDS = Number(process.env.PROFILE_SECONDS ?? 4);
const scenario = generateLayeredScenario({ nodes: 500, seed: 1 });

function runnerFor(path: string): PlayRun {
  if (path === 'steps') return stepPathRunner(scenario);
  if (path === 'xstate-pure') return xstatePureRunner(scenario);
  if (path === 'xstate-actor') return xstateActorRunner(scenario);
  if (path === 'ink') {
    const json = new Compiler(scenarioToInk(scenario)).Compile().ToJson();
    if (!json) throw new Error('the ink story does not compile');
    return inkRunner(new Story(json));
  }
  throw new Error(`unknown path "${path}": steps, xstate-pure, xstate-actor or ink`);
}

const path = process.argv[2] ?? 'xstate-pure';
const play = runnerFor(path);
let runs = 0;
const start = performance.now();
while (performance.now() - start < SECONDS * 1000) play((runs += 1));
console.log(`${path}: ${Math.round(runs / ((performance.now() - start) / 1000))} runs/s`);
