/**
 * The debrief of an assessment track: the combined reading across its scenarios first, then
 * one short part per scenario (ending, scores against the best run, pattern, take-away).
 */
import './debrief.css';
import { DIMENSION_NAMES, scoresOf, selectArchetype } from '../../engine/profile/archetypes';
import { compareWithBestRun } from '../../engine/profile/compare';
import { combineProfiles } from '../../engine/profile/build-profile';
import type { CombinedProfile } from '../../engine/profile/build-profile';
import type { Profile } from '../../engine/profile/types';
import type { Scoring } from '../../engine/profile/types';
import type { Scenario, Track } from '../../engine/scenario/schema';
import type { SessionLog } from '../../engine/session/types';
import { actionsBar } from './actions';
import { scoreFigure } from './chart';
import { button, el, paragraph } from '../kit';
import { debriefSection, debriefTable } from './layout';
import { OUTCOME_WORDS, scoreText } from './figures';
import { archetypeSection } from './sections';

export interface TrackPart {
  scenario: Scenario;
  scoring: Scoring;
  profile: Profile;
  log: SessionLog;
}

export interface TrackDebriefInput {
  track: Track;
  parts: TrackPart[];
}

function combinedSection(combined: CombinedProfile): HTMLElement {
  const wrapper = debriefSection('track-scores', 'Your scores across the track');
  wrapper.append(
    paragraph(
      'Each score is the average of your 0–100 scores in the scenarios of this track that measure it.',
    ),
    scoreFigure(combined.dimensions, 'Your scores across the track'),
  );
  return wrapper;
}

function partSection(part: TrackPart, index: number): HTMLElement {
  const { scenario, scoring, profile, log } = part;
  const wrapper = debriefSection(`track-part-${index + 1}`, `Part ${index + 1}: ${scenario.title}`);
  wrapper.classList.add('debrief-track-part');
  const pattern = selectArchetype(scoresOf(profile.dimensions));
  const ending = profile.ending.title
    ? `${OUTCOME_WORDS[profile.ending.outcome]}: ${profile.ending.title}`
    : OUTCOME_WORDS[profile.ending.outcome];
  wrapper.append(
    el('p', {
      className: `debrief-outcome debrief-outcome-${profile.ending.outcome}`,
      text: ending,
    }),
    debriefTable(
      `Scores in part ${index + 1}`,
      ['Dimension', 'You', 'Gap to the best run'],
      compareWithBestRun(scenario, scoring, profile).map((line) => [
        DIMENSION_NAMES[line.dimension],
        scoreText(line.score),
        line.gap === null ? '—' : String(line.gap),
      ]),
    ),
    paragraph(`Pattern in this scenario: ${pattern.name}.`),
  );
  const actions = actionsBar({ log, labelPrefix: `Part ${index + 1}: `, print: false });
  actions.classList.add('debrief-no-print');
  wrapper.append(actions);
  return wrapper;
}

/** Replaces the contents of `root` with the debrief of a finished track. */
export function renderTrackDebrief(root: HTMLElement, input: TrackDebriefInput): void {
  const { track, parts } = input;
  const main = el('section', {
    className: 'debrief debrief-track',
    attrs: { 'aria-label': 'Track debrief', 'data-track': track.id },
  });
  main.append(
    el('div', { className: 'debrief-header' }, [
      el('p', {
        className: 'debrief-print-title',
        text: `Leadership debrief: ${track.title}`,
      }),
      paragraph(track.summary),
      el('div', { className: 'debrief-buttons debrief-no-print' }, [
        button('Print report', () => window.print(), 'debrief-button'),
      ]),
    ]),
  );
  if (parts.length > 0) {
    const combined = combineProfiles(parts.map((part) => part.profile));
    main.append(combinedSection(combined));
    main.append(archetypeSection(selectArchetype(combined.dimensions)));
  }
  parts.forEach((part, index) => main.append(partSection(part, index)));
  root.replaceChildren(main);
}
