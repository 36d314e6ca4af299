/**
 * The end of an assessment track: every scenario's log is replayed to its profile, then the
 * debrief draws one combined profile with each scenario's line. Logs are the only input, so
 * the track profile always agrees with the per-scenario debriefs.
 */
import type { Scenario, Track } from '../engine/scenario/schema';
import type { SessionLog } from '../engine/session/types';
import { analyseScenario } from '../engine/scenario/analyse';
import { buildProfile } from '../engine/profile/build-profile';
import { replay } from '../engine/session/replay';
import type { TrackPart } from '../ui/debrief/track';
import { button, el, focusHeading } from '../ui/dom';

export interface FinishedTrackStep {
  scenario: Scenario;
  log: SessionLog;
}

export function trackParts(steps: FinishedTrackStep[]): TrackPart[] {
  const parts: TrackPart[] = [];
  for (const { scenario, log } of steps) {
    const replayed = replay(scenario, log);
    if (!replayed.ok || !replayed.ended) continue;
    const analysis = analyseScenario(scenario);
    parts.push({
      scenario,
      analysis,
      log,
      profile: buildProfile(scenario, analysis, replayed.final),
    });
  }
  return parts;
}

export async function renderTrackEnd(
  root: HTMLElement,
  track: Track,
  steps: FinishedTrackStep[],
  onBack: () => void,
): Promise<void> {
  const { renderTrackDebrief } = await import('../ui/debrief/index');
  const heading = el('h1', { text: `Your profile for the track “${track.title}”` });
  const host = el('div', { className: 'debrief-host' });
  const actions = el('div', { className: 'actions' }, [
    button('Back to the list', onBack, 'button button-primary'),
  ]);
  root.append(el('section', { className: 'screen end-screen' }, [heading, host, actions]));
  renderTrackDebrief(host, { track, parts: trackParts(steps) });
  focusHeading(heading);
}
