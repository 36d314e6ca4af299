/**
 * The debrief screen: what a leader reads after a run (and prints, and takes away).
 * Everything is built with DOM APIs from the profile, the scenario and the session log;
 * no text from a file ever goes through an HTML parser.
 */
import './debrief.css';
import { compareAttempts, compareWithBestRun } from '../../engine/profile/compare';
import { readRun } from '../../engine/profile/reading';
import { tryNext } from '../../engine/profile/try-next';
import type { Profile } from '../../engine/profile/types';
import type { Scoring } from '../../engine/profile/types';
import type { Scenario } from '../../engine/scenario/schema';
import { modeOfLog, type SessionLog } from '../../engine/session/types';
import { actionsBar, resultCodeReader } from './actions';
import { el, paragraph } from '../kit';
import { debriefSection } from './layout';
import { detailsBlock } from './details';
import { archetypeSection } from './reading-card';
import { scoresSection } from './scores';
import { endingSection, keyMomentsSection, principlesSection, tryNextSection } from './sections';

export { renderTrackDebrief } from './track';
export type { TrackDebriefInput } from './track';
export { resultCodeReader } from './actions';

export interface DebriefInput {
  scenario: Scenario;
  scoring: Scoring;
  profile: Profile;
  log: SessionLog;
  /** This leader's earlier finished runs of the scenario, oldest first. */
  earlier: Array<{ log: SessionLog; profile: Profile }>;
}

/**
 * The shell's end screen owns the page's <h1>; the debrief's sections are <h2>s under it.
 * The print title repeats the scenario for the paper copy only (hidden on screen).
 */
/** Which mode the run was played in, and in practice what was taken back. */
export function modeNote(log: SessionLog, profile: Pick<Profile, 'stepBacks'>): string {
  if (modeOfLog(log) === 'assessment')
    return 'Played in assessment mode: no scores or coaching during play.';
  const stepBacks = profile.stepBacks ?? [];
  const count = stepBacks.length;
  if (count === 0)
    return 'Played in practice mode, with coaching after each choice; no step-backs.';
  const taken = stepBacks.map((note) => `“${note.choiceText}”`).join(', ');
  return `Played in practice mode, with coaching after each choice: you stepped back ${count} ${
    count === 1 ? 'time' : 'times'
  } and chose again (taken back: ${taken}). The scores count the choices that stood.`;
}

function header(scenario: Scenario, log: SessionLog, profile: Profile): HTMLElement {
  const top = el('div', { className: 'debrief-header' });
  top.append(
    el('p', {
      className: 'debrief-print-title',
      text: `Leadership debrief: ${scenario.title}`,
    }),
    paragraph(`Your role: ${scenario.role}`),
  );
  if (log.alias) top.append(paragraph(`Participant: ${log.alias}`));
  top.append(paragraph(modeNote(log, profile), 'debrief-mode'));
  return top;
}

/** Confirms a pasted code, and whether it is this very session. */
function describeCheckedCode(current: SessionLog) {
  return (log: SessionLog): string => {
    const same = JSON.stringify(log) === JSON.stringify(current);
    const inputs = `${log.inputs.length} recorded steps`;
    return same
      ? `Code accepted: it holds this session (${inputs}).`
      : `Code accepted: it holds a session of "${log.scenarioId}" started ${log.startedAt} (${inputs}).`;
  };
}

function takeAwaySection(log: SessionLog): HTMLElement {
  const wrapper = debriefSection('take-away', 'Keep your results');
  wrapper.classList.add('debrief-no-print');
  wrapper.append(actionsBar({ log }));
  const checker = el('details', { className: 'debrief-check' });
  checker.append(
    el('summary', { text: 'Check a result code' }),
    resultCodeReader(describeCheckedCode(log)),
  );
  wrapper.append(checker);
  return wrapper;
}

/**
 * Replaces the contents of `root` with the debrief of one run. Story first, then numbers:
 * the ending and why, the three scores, the pattern, key moments, principles to revisit and
 * one thing to try next; timing, meters, the best run and attempts behind a disclosure.
 */
export function renderDebrief(root: HTMLElement, input: DebriefInput): void {
  const { scenario, scoring, profile, log, earlier } = input;
  const main = el('section', {
    className: 'debrief',
    attrs: { 'aria-label': 'Debrief', 'data-scenario': scenario.id },
  });
  const reading = readRun(profile);
  const attempts = compareAttempts(
    earlier.map((attempt) => attempt.profile),
    profile,
  );
  main.append(
    header(scenario, log, profile),
    endingSection(scenario, profile),
    scoresSection(profile),
    archetypeSection(reading),
    keyMomentsSection(profile),
    principlesSection(scenario, profile),
    tryNextSection(scenario, tryNext(scenario, scoring, profile, reading.archetype)),
    detailsBlock({
      profile,
      timePressure: log.timePressure,
      bestRun: compareWithBestRun(scenario, scoring, profile),
      attempts,
    }),
    takeAwaySection(log),
  );
  root.replaceChildren(main);
}
