/** The debrief's story of one run: the ending and why, key moments, principles, one thing to try. */
import { DIMENSION_NAMES } from '../../engine/profile/archetypes';
import type { Profile } from '../../engine/profile/types';
import type { TryNext } from '../../engine/profile/try-next';
import { DIMENSIONS } from '../../engine/scenario/schema';
import type { Scenario } from '../../engine/scenario/schema';
import { el, paragraph, plural, signed } from '../kit';
import { debriefSection } from './layout';
import { OUTCOME_WORDS, keyMomentLines, principleLines, type KeyMomentLine } from './figures';
import { whySection } from './why';
import { quote } from './why-words';

export function endingSection(scenario: Scenario, profile: Profile): HTMLElement {
  const wrapper = debriefSection('ending', 'How it ended');
  const outcome = profile.ending.outcome;
  wrapper.append(
    el('p', {
      className: `debrief-outcome debrief-outcome-${outcome}`,
      text: profile.ending.title
        ? `${OUTCOME_WORDS[outcome]}: ${profile.ending.title}`
        : OUTCOME_WORDS[outcome],
    }),
    paragraph(profile.ending.text),
    whySection(scenario, profile),
  );
  return wrapper;
}

/** "Customer focus +2, Empowerment −1": the measured dimensions a decision moved. */
function effectText(line: KeyMomentLine): string {
  const moved = [...line.raised, ...line.lowered].sort(
    (a, b) => DIMENSIONS.indexOf(a) - DIMENSIONS.indexOf(b),
  );
  if (moved.length === 0) return 'This decision did not move a leadership score.';
  const parts = moved.map((d) => `${DIMENSION_NAMES[d]} ${signed(line.decision.scores[d])}`);
  return `This decision: ${parts.join(', ')}.`;
}

function momentBlock(line: KeyMomentLine): HTMLElement {
  const { decision } = line;
  const tone = decision.lost > 0 ? 'lowered' : 'raised';
  const block = el('div', {
    className: `debrief-moment debrief-moment-${tone}`,
    attrs: { 'data-node': decision.nodeId },
  });
  const where = decision.nodeTitle ? `${decision.nodeTitle}: ` : '';
  block.append(
    el('h3', { className: 'debrief-choice', text: `${where}${decision.choiceText}` }),
    el('p', { className: 'debrief-effect', text: effectText(line) }),
    paragraph(decision.feedback),
  );
  if (decision.timedOut) {
    block.append(
      paragraph('The time ran out here, so this choice was made for you.', 'debrief-note'),
    );
  }
  const better = decision.bestAlternative;
  if (better) {
    block.append(
      el('p', { className: 'debrief-alternative' }, [
        el('strong', { text: 'A stronger option you had: ' }),
        el('span', { className: 'debrief-choice', text: better.choiceText }),
        ` (${plural(decision.lost, 'point')} more in total)`,
      ]),
      paragraph(better.feedback),
    );
  }
  return block;
}

export function keyMomentsSection(profile: Profile): HTMLElement {
  const wrapper = debriefSection('moments', 'Key moments');
  const lines = keyMomentLines(profile);
  if (lines.length === 0) {
    const measured = DIMENSIONS.some((d) => profile.dimensions[d].normalised !== null);
    wrapper.append(
      paragraph(
        measured
          ? 'None of your decisions moved a leadership dimension.'
          : 'This scenario does not score any leadership dimension.',
      ),
    );
  }
  for (const line of lines) wrapper.append(momentBlock(line));
  return wrapper;
}

/** The first three principles, most points lost first; a near-best run hears that instead. */
export function principlesSection(scenario: Scenario, profile: Profile): HTMLElement {
  const wrapper = debriefSection('principles', 'Principles to revisit');
  if (profile.nearBest) {
    wrapper.append(
      paragraph(
        profile.lostPoints === 0
          ? 'None: at every decision you took the strongest option on offer. This run is as close to the best as this scenario allows; the stretch below goes beyond it.'
          : `None to speak of: your run was close to the best this scenario allows (${plural(profile.lostPoints, 'point')} short of the strongest options, in all). The stretch below goes beyond it.`,
      ),
    );
    return wrapper;
  }
  const lines = principleLines(scenario, profile).slice(0, 3);
  if (lines.length === 0) {
    wrapper.append(paragraph('No principle stood out as a gap in this run.'));
    return wrapper;
  }
  const entries = el('dl', { className: 'debrief-principles' });
  for (const line of lines) {
    const passed = line.passedOver
      .map(
        (option) => `${option.nodeTitle ? `${option.nodeTitle}: ` : ''}${quote(option.choiceText)}`,
      )
      .join('; ');
    entries.append(
      el('dt', { text: line.title, attrs: { 'data-principle': line.id } }),
      el('dd', { text: line.summary }),
      el('dd', {
        className: 'debrief-note',
        text: `Passed over: ${passed} (${plural(line.lost, 'point')}).`,
      }),
    );
  }
  wrapper.append(entries);
  return wrapper;
}

/** The lead-in names the decision, never the option the run took there (that is not the advice). */
function tryNextLead(next: Exclude<TryNext, { kind: 'idea' }>): string {
  const where = next.nodeTitle ?? 'one of its decisions';
  if (next.kind === 'better-option')
    return `Where your run lost most (${plural(next.lost, 'point')}), at ${where}, try the stronger option:`;
  const dimension = DIMENSION_NAMES[next.dimension].toLowerCase();
  return `A stretch on ${dimension}: at ${where}, the run that reaches 100 on ${dimension} chose:`;
}

function tryNextBody(next: TryNext): HTMLElement[] {
  if (next.kind === 'idea') return [paragraph(next.text)];
  return [
    paragraph(tryNextLead(next)),
    el('p', { className: 'debrief-try-option debrief-choice', text: next.choiceText }),
    paragraph(
      `This option: ${DIMENSIONS.map((d) => `${DIMENSION_NAMES[d]} ${signed(next.scores[d])}`).join(', ')}.`,
      'debrief-effect',
    ),
    paragraph(next.feedback),
  ];
}

export function tryNextSection(scenario: Scenario, next: TryNext | null): HTMLElement {
  const wrapper = debriefSection('try-next', 'One thing to try next');
  if (!next) {
    wrapper.append(paragraph('Play the scenario again and try a path you have not taken.'));
    return wrapper;
  }
  wrapper.dataset.kind = next.kind;
  if (next.kind !== 'idea')
    Object.assign(wrapper.dataset, { node: next.nodeId, choice: next.choiceId });
  wrapper.append(...tryNextBody(next));
  const principle = next.principleId ? scenario.principles?.[next.principleId] : undefined;
  if (principle)
    wrapper.append(paragraph(`${principle.title}: ${principle.summary}`, 'debrief-note'));
  return wrapper;
}
