/**
 * The end of an assessment track: every scenario's log is replayed to its profile, then the
 * debrief draws one combined profile with each scenario's line. Logs are the only input, so
 * the track profile always agrees with the per-scenario debriefs.
 */
import type { Track } from '../engine/scenario/schema';
import type { SessionLog } from '../engine/session/types';
import { profileOfLog } from '../engine/profile/profile-of-log';
import type { PlayableScenario } from '../services/library-types';
import type { TrackPart } from '../ui/debrief/track';
import { button, el, focusHeading } from '../ui/kit';

export interface FinishedTrackStep {
  playable: PlayableScenario;
  log: SessionLog;
}

export function trackParts(steps: FinishedTrackStep[]): TrackPart[] {
  const parts: TrackPart[] = [];
  for (const { playable, log } of steps) {
    const { scenario, scoring } = playable;
    const replayed = profileOfLog(scenario, scoring, log);
    if (!replayed.ok || !replayed.profile) continue;
    parts.push({ scenario, scoring, log, profile: replayed.profile });
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
