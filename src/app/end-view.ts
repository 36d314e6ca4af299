/**
 * The end of a run: the profile and the debrief. The full debrief (src/ui/debrief) is loaded
 * lazily; where it is missing, the short summary (ending and three scores) is shown instead.
 */
import type { Scenario } from '../engine/scenario/schema';
import type { RunContext } from '../engine/run/types';
import type { SessionLog } from '../engine/session/types';
import type { Profile } from '../engine/profile/types';
import { analyseScenario } from '../engine/scenario/analyse';
import { buildProfile } from '../engine/profile/build-profile';
import { replay } from '../engine/session/replay';
import { renderEndSummary } from '../ui/screens/end';
import type { FinishedRun } from './storage';

type Analysis = ReturnType<typeof analyseScenario>;

interface DebriefInput {
  scenario: Scenario;
  analysis: Analysis;
  profile: Profile;
  log: SessionLog;
  earlier: Array<{ log: SessionLog; profile: Profile }>;
}

const debriefModules = import.meta.glob<{
  renderDebrief?: (root: HTMLElement, input: DebriefInput) => void;
}>('../ui/debrief/index.ts');

function sameRun(a: SessionLog, b: SessionLog): boolean {
  return a.startedAt === b.startedAt && a.seed === b.seed && a.inputs.length === b.inputs.length;
}

/** Earlier finished runs of this scenario that still replay against it, oldest first. */
function earlierProfiles(
  scenario: Scenario,
  analysis: Analysis,
  finished: FinishedRun[],
  current: SessionLog,
): DebriefInput['earlier'] {
  const earlier: DebriefInput['earlier'] = [];
  for (const run of finished) {
    if (sameRun(run.log, current)) continue;
    const replayed = replay(scenario, run.log);
    if (!replayed.ok || !replayed.ended || !replayed.hashMatches) continue;
    earlier.push({ log: run.log, profile: buildProfile(scenario, analysis, replayed.final) });
  }
  return earlier;
}

export async function renderRunDebrief(
  host: HTMLElement,
  scenario: Scenario,
  log: SessionLog,
  context: RunContext,
  finished: FinishedRun[],
): Promise<{ profile: Profile; full: boolean }> {
  const analysis = analyseScenario(scenario);
  const profile = buildProfile(scenario, analysis, context);
  const loader = Object.values(debriefModules)[0];
  const mod = loader ? await loader().catch(() => null) : null;
  if (mod?.renderDebrief) {
    const earlier = earlierProfiles(scenario, analysis, finished, log);
    mod.renderDebrief(host, { scenario, analysis, profile, log, earlier });
    return { profile, full: true };
  }
  renderEndSummary(host, profile);
  return { profile, full: false };
}
