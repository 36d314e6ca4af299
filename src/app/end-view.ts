/**
 * The end of a run: the profile and the debrief. The full debrief (src/ui/debrief) is loaded
 * lazily; where it is missing, the short summary (ending and three scores) is shown instead.
 */
import type { RunContext } from '../engine/run/types';
import type { SessionLog } from '../engine/session/types';
import type { Profile } from '../engine/profile/types';
import { buildProfile } from '../engine/profile/build-profile';
import { profileOfLog } from '../engine/profile/profile-of-log';
import { renderEndSummary } from '../ui/screens/end';
import type { PlayableScenario } from '../services/library-types';
import type { FinishedRun } from '../services/run-store';

function sameRun(a: SessionLog, b: SessionLog): boolean {
  return a.startedAt === b.startedAt && a.seed === b.seed && a.inputs.length === b.inputs.length;
}

/** Earlier finished runs of this scenario that still replay against it, oldest first. */
function earlierProfiles(
  { scenario, scoring }: PlayableScenario,
  finished: FinishedRun[],
  current: SessionLog,
): Array<{ log: SessionLog; profile: Profile }> {
  const earlier: Array<{ log: SessionLog; profile: Profile }> = [];
  for (const run of finished) {
    if (sameRun(run.log, current)) continue;
    const replayed = profileOfLog(scenario, scoring, run.log);
    if (!replayed.ok || !replayed.profile || !replayed.hashMatches) continue;
    earlier.push({ log: run.log, profile: replayed.profile });
  }
  return earlier;
}

export async function renderRunDebrief(
  host: HTMLElement,
  playable: PlayableScenario,
  log: SessionLog,
  context: RunContext,
  finished: FinishedRun[],
): Promise<{ profile: Profile; full: boolean }> {
  const { scenario, scoring } = playable;
  const profile = buildProfile(scenario, scoring, context);
  const mod = await import('../ui/debrief/index').catch(() => null);
  if (mod) {
    const earlier = earlierProfiles(playable, finished, log);
    mod.renderDebrief(host, { scenario, scoring, profile, log, earlier });
    return { profile, full: true };
  }
  renderEndSummary(host, profile);
  return { profile, full: false };
}
