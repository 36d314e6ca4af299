/**
 * What the debrief tells a leader to work on, over every complete run of every scenario file in
 * scenarios/ and of generated scenarios: principles to revisit come only from better options
 * passed over and never name a principle the run applied with the best option offered; the
 * points lost are the scenario's own; "one thing to try next" never names an option the run
 * took, nor a principle it practised.
 */
import { expect } from 'vitest';
import { readRun } from '../../../../src/engine/profile/reading';
import { NEAR_BEST_LOSS } from '../../../../src/engine/profile/revisit';
import { tryNext } from '../../../../src/engine/profile/try-next';
import type { Profile } from '../../../../src/engine/profile/types';
import type { DecisionNode, Scenario } from '../../../../src/engine/scenario/schema';
import { choiceScores } from '../../../../src/engine/scenario/rules';
import { tryNextSection } from '../../../../src/ui/debrief/sections';
import { quote } from '../../../../src/ui/debrief/why-words';
import type { Scoring } from '../../../../src/engine/profile/types';
import type { EnumeratedRun } from '../../../support/enumerate-runs';

const total = (choice: DecisionNode['choices'][number]) => {
  const s = choiceScores(choice);
  return s.customerFocus + s.adaptability + s.empowerment;
};

/** Per decision of the run: the choice taken, the options offered, from the scenario itself. */
function taken(scenario: Scenario, profile: Profile) {
  return profile.decisions.map((review) => {
    const node = scenario.nodes[review.nodeId] as DecisionNode;
    const choice = node.choices.find((c) => c.id === review.choiceId)!;
    const offered = node.choices.filter((c) => review.offered.includes(c.id));
    const best = Math.max(...offered.map(total));
    return { review, node, choice, offered, best, bestOffered: total(choice) >= best };
  });
}

/** Principles to revisit never include one applied with the best option offered. */
export function checkRevisit(scenario: Scenario, run: EnumeratedRun, profile: Profile): void {
  // expect() is called only when a rule fails: over 176,000 runs its own cost dominated.
  const check = (ok: boolean, rule: string) => {
    if (!ok) expect.fail(`${run.steps.join(' > ')}: ${rule}`);
  };
  const decisions = taken(scenario, profile);
  const applied = new Set(
    decisions.flatMap((d) => (d.bestOffered && d.choice.principle ? [d.choice.principle] : [])),
  );
  const lost = decisions.reduce((sum, d) => sum + d.best - total(d.choice), 0);
  check(profile.lostPoints === lost, `lost points ${profile.lostPoints}, counted ${lost}`);
  check(profile.nearBest === lost <= NEAR_BEST_LOSS, 'near-best flag');
  for (const line of profile.principlesToRevisit) {
    check(!applied.has(line.principleId), `${line.principleId} was applied with the best option`);
    check(line.moments.length > 0, `${line.principleId} has no moment`);
    check(line.lost === line.moments.reduce((sum, m) => sum + m.lost, 0), 'line total');
    for (const moment of line.moments) {
      const d = decisions.find((entry) => entry.review.nodeId === moment.nodeId)!;
      const better = d.offered.find((c) => c.id === moment.betterChoiceId)!;
      // Only from a better option passed over: offered there, the best there, carrying it.
      check(total(better) === d.best, `${moment.nodeId}: the better option is not the best`);
      check(total(better) > total(d.choice), `${moment.nodeId}: the option is not better`);
      check(better.principle === line.principleId, `${moment.nodeId}: another principle`);
      check(moment.lost === d.best - total(d.choice), `${moment.nodeId}: points lost`);
    }
  }
  const weights = profile.principlesToRevisit.map((line) => line.lost);
  check(
    weights.every((weight, i) => i === 0 || weights[i - 1]! >= weight),
    'lines ordered by points lost',
  );
}

/** One thing to try next never names an option taken or a principle practised. */
export function checkTryNext(
  scenario: Scenario,
  scoring: Scoring,
  run: EnumeratedRun,
  profile: Profile,
  draw: boolean,
): void {
  const check = (ok: boolean, rule: string) => {
    if (!ok) expect.fail(`${run.steps.join(' > ')}: ${rule}`);
  };
  const decisions = taken(scenario, profile);
  const practised = new Set(
    decisions.flatMap((d) =>
      d.choice.principle && (d.bestOffered || total(d.choice) > 0) ? [d.choice.principle] : [],
    ),
  );
  const next = tryNext(scenario, scoring, profile, readRun(profile).archetype);
  check(next !== null, 'there is one thing to try next');
  if (!next) return;
  if (next.principleId !== undefined)
    check(!practised.has(next.principleId), `${next.principleId} was practised`);
  if (next.kind !== 'idea') {
    check(
      !decisions.some((d) => d.review.nodeId === next.nodeId && d.choice.id === next.choiceId),
      'names an option taken',
    );
    check(
      !decisions.some((d) => d.choice.text.trim() === next.choiceText.trim()),
      'names the text of an option taken',
    );
  }
  if (profile.nearBest) check(next.kind !== 'better-option', 'a near-best run gets a stretch');
  // Drawing the section is the slow part: every run of a small scenario, a spread of a large one.
  if (!draw) return;
  const section = tryNextSection(scenario, next);
  const option = section.querySelector('.debrief-try-option')?.textContent ?? '';
  const where = run.steps.join(' > ');
  for (const d of decisions) {
    expect(option, where).not.toBe(d.choice.text);
    expect(section.textContent, where).not.toContain(quote(d.choice.text));
  }
}
