/**
 * The debrief of an assessment track: the pattern across its scenarios first (which dimension
 * was consistently strong or weak, how consistent the leader was, the habit that recurred),
 * then the combined scores, then one short part per scenario. It needs only the stored logs,
 * the scenarios and their scoring: each part's profile is replayed here when not given.
 */
import './debrief.css';
import { DIMENSION_NAMES, scoresOf, selectArchetype } from '../../engine/profile/archetypes';
import { compareWithBestRun } from '../../engine/profile/compare';
import { combineProfiles } from '../../engine/profile/build-profile';
import { profileOfLog } from '../../engine/profile/profile-of-log';
import { trackPattern } from '../../engine/profile/track-pattern';
import type { Profile, Scoring } from '../../engine/profile/types';
import type { Scenario, Track } from '../../engine/scenario/schema';
import type { SessionLog } from '../../engine/session/types';
import { actionsBar } from './actions';
import { scoreFigure } from './chart';
import { button, el, paragraph } from '../kit';
import { debriefSection, debriefTable } from './layout';
import { OUTCOME_WORDS, scoreText } from './figures';
import { TRACK_DEVELOPMENT_NOTE } from './scores';
import { patternSection } from './track-pattern';

export interface TrackPart {
  scenario: Scenario;
  scoring: Scoring;
  log: SessionLog;
  /** The part's profile when the caller already has it; replayed from the log otherwise. */
  profile?: Profile;
}

export interface TrackDebriefInput {
  track: Track;
  parts: TrackPart[];
}

interface ReadPart extends TrackPart {
  profile: Profile;
}

/** Each part with its profile, or the sentence saying why its log could not be read. */
function readParts(parts: TrackPart[]): { read: ReadPart[]; problems: string[] } {
  const read: ReadPart[] = [];
  const problems: string[] = [];
  for (const part of parts) {
    if (part.profile) {
      read.push({ ...part, profile: part.profile });
      continue;
    }
    const replayed = profileOfLog(part.scenario, part.scoring, part.log);
    if (replayed.ok && replayed.profile) read.push({ ...part, profile: replayed.profile });
    else
      problems.push(
        `“${part.scenario.title}” is left out: ${replayed.ok ? 'its run did not reach an ending.' : replayed.message}`,
      );
  }
  return { read, problems };
}

function combinedSection(parts: ReadPart[]): HTMLElement {
  const combined = combineProfiles(parts.map((part) => part.profile));
  const wrapper = debriefSection('track-scores', 'Your scores across the track');
  wrapper.append(
    paragraph(
      'Each score is the average of your 0–100 scores in the scenarios of this track that measure it.',
    ),
    scoreFigure(combined.dimensions, 'Your scores across the track'),
  );
  return wrapper;
}

function partSection(part: ReadPart, index: number): HTMLElement {
  const { scenario, scoring, profile, log } = part;
  const wrapper = debriefSection(`track-part-${index + 1}`, `Part ${index + 1}: ${scenario.title}`);
  wrapper.classList.add('debrief-track-part');
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
    paragraph(`Pattern in this scenario: ${selectArchetype(scoresOf(profile.dimensions)).name}.`),
  );
  const actions = actionsBar({ log, labelPrefix: `Part ${index + 1}: `, print: false });
  actions.classList.add('debrief-no-print');
  wrapper.append(actions);
  return wrapper;
}

/** Replaces the contents of `root` with the debrief of a finished track. */
export function renderTrackDebrief(root: HTMLElement, input: TrackDebriefInput): void {
  const { track } = input;
  const { read, problems } = readParts(input.parts);
  const main = el('section', {
    className: 'debrief debrief-track',
    attrs: { 'aria-label': 'Track debrief', 'data-track': track.id },
  });
  main.append(
    el('div', { className: 'debrief-header' }, [
      el('p', { className: 'debrief-print-title', text: `Leadership debrief: ${track.title}` }),
      paragraph(track.summary),
      paragraph(TRACK_DEVELOPMENT_NOTE, 'debrief-note debrief-purpose'),
      el('div', { className: 'debrief-buttons debrief-no-print' }, [
        button('Print report', () => window.print(), 'debrief-button'),
      ]),
    ]),
  );
  for (const problem of problems) main.append(paragraph(problem, 'debrief-note'));
  if (read.length > 0) {
    const profiles = read.map((part) => part.profile);
    const combined = combineProfiles(profiles);
    main.append(
      patternSection({
        parts: read.map((part) => ({
          scenario: part.scenario,
          profile: part.profile,
          archetype: selectArchetype(scoresOf(part.profile.dimensions)),
        })),
        pattern: trackPattern(profiles),
        archetype: selectArchetype(combined.dimensions),
      }),
      combinedSection(read),
    );
  }
  read.forEach((part, index) => main.append(partSection(part, index)));
  root.replaceChildren(main);
}
