/**
 * The debrief screen: what a leader reads after a run (and prints, and takes away).
 * Everything is built with DOM APIs from the profile, the scenario and the session log;
 * no text from a file ever goes through an HTML parser.
 */
import './debrief.css';
import { scoresOf, selectArchetype } from '../../engine/profile/archetypes';
import { compareAttempts, compareWithBestRun } from '../../engine/profile/compare';
import type { Profile } from '../../engine/profile/types';
import type { Analysis } from '../../engine/scenario/analyse';
import type { Scenario } from '../../engine/scenario/schema';
import type { SessionLog } from '../../engine/session/types';
import { actionsBar, resultCodeReader } from './actions';
import { scoreFigure } from './chart';
import { attemptsSection, bestRunSection } from './comparisons';
import { element, paragraph, section } from './dom';
import {
  archetypeSection,
  endingSection,
  keyMomentsSection,
  metersSection,
  principlesSection,
  timingSection,
} from './sections';

export { renderTrackDebrief } from './track';
export type { TrackDebriefInput } from './track';
export { resultCodeReader } from './actions';

export interface DebriefInput {
  scenario: Scenario;
  analysis: Analysis;
  profile: Profile;
  log: SessionLog;
  /** This leader's earlier finished runs of the scenario, oldest first. */
  earlier: Array<{ log: SessionLog; profile: Profile }>;
}

/**
 * The shell's end screen owns the page's <h1>; the debrief's sections are <h2>s under it.
 * The print title repeats the scenario for the paper copy only (hidden on screen).
 */
function header(doc: Document, scenario: Scenario, log: SessionLog): HTMLElement {
  const top = element(doc, 'div', { className: 'debrief-header' });
  top.append(
    element(doc, 'p', {
      className: 'debrief-print-title',
      text: `Leadership debrief: ${scenario.title}`,
    }),
    paragraph(doc, `Your role: ${scenario.role}`),
  );
  if (log.alias) top.append(paragraph(doc, `Participant: ${log.alias}`));
  return top;
}

function scoresSection(doc: Document, profile: Profile): HTMLElement {
  const wrapper = section(doc, 'scores', 'Your leadership scores');
  wrapper.append(
    paragraph(
      doc,
      'Each dimension runs from 0 (the lowest score any complete run of this scenario can reach) to 100 (the highest).',
    ),
    scoreFigure(doc, scoresOf(profile.dimensions)),
  );
  return wrapper;
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

function takeAwaySection(doc: Document, log: SessionLog): HTMLElement {
  const wrapper = section(doc, 'take-away', 'Keep your results');
  wrapper.classList.add('debrief-no-print');
  wrapper.append(actionsBar(doc, { log }));
  const checker = element(doc, 'details', { className: 'debrief-check' });
  checker.append(
    element(doc, 'summary', { text: 'Check a result code' }),
    resultCodeReader(doc, describeCheckedCode(log)),
  );
  wrapper.append(checker);
  return wrapper;
}

/** Replaces the contents of `root` with the debrief of one run. */
export function renderDebrief(root: HTMLElement, input: DebriefInput): void {
  const doc = root.ownerDocument;
  const { scenario, analysis, profile, log, earlier } = input;
  const main = element(doc, 'section', {
    className: 'debrief',
    attributes: { 'aria-label': 'Debrief', 'data-scenario': scenario.id },
  });
  main.append(
    header(doc, scenario, log),
    scoresSection(doc, profile),
    endingSection(doc, profile),
    archetypeSection(doc, selectArchetype(scoresOf(profile.dimensions))),
    keyMomentsSection(doc, profile),
    principlesSection(doc, scenario, profile),
    // Two short tables side by side on wide screens and on paper.
    element(doc, 'div', { className: 'debrief-columns' }, [
      timingSection(doc, profile, log.timePressure),
      metersSection(doc, profile),
    ]),
  );
  main.append(bestRunSection(doc, compareWithBestRun(scenario, analysis, profile)));
  const attempts = compareAttempts(
    earlier.map((attempt) => attempt.profile),
    profile,
  );
  if (attempts) main.append(attemptsSection(doc, attempts));
  main.append(takeAwaySection(doc, log));
  root.replaceChildren(main);
}
