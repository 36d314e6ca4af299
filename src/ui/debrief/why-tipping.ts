/**
 * What tipped the ending, from the engine's what-ifs (the same run with one thing different,
 * computed with the scenario's rules): the chance draw outside the leader's control, or the
 * single choice, that would have led to a better ending. When the leadership scores were high
 * and the ending was not positive, it says so first.
 */
import { isHigh } from '../../engine/profile/bands';
import type { ConditionCheck, WhatIf } from '../../engine/profile/ending-story-types';
import { DIMENSIONS } from '../../engine/scenario/schema';
import { el } from '../kit';
import {
  OUTCOME_RANK,
  betterEntry,
  chanceText,
  choiceTotal,
  choiceAt,
  endingName,
  eventName,
  meterLabel,
  quote,
  weakerNote,
  type WhyContext,
} from './why-words';

/** The best ending first; among choices, the stronger leadership option; then the earliest. */
function bestTip(ctx: WhyContext, kind: WhatIf['kind'], rank: number): WhatIf | undefined {
  const total = (w: WhatIf) => choiceTotal(ctx.scenario, w.nodeId, w.choiceId);
  return ctx.story.whatIfs
    .filter((whatIf) => whatIf.kind === kind && OUTCOME_RANK[whatIf.outcome] > rank)
    .sort(
      (a, b) =>
        OUTCOME_RANK[b.outcome] - OUTCOME_RANK[a.outcome] || total(b) - total(a) || a.step - b.step,
    )[0];
}

function highScores(ctx: WhyContext): boolean {
  const scores = DIMENSIONS.map((d) => ctx.profile.dimensions[d].normalised).filter(
    (score): score is number => score !== null,
  );
  return scores.length > 0 && scores.every((score) => isHigh(score));
}

function chanceLine(ctx: WhyContext, tip: WhatIf): string {
  return `Outside your control: ${eventName(ctx.scenario, tip.nodeId)} went against this run. Had it gone the other way (${chanceText(tip)}), the run would have ended ${endingName(ctx.scenario, tip.endingId)}.`;
}

function choiceLine(ctx: WhyContext, tip: WhatIf): string {
  const taken = ctx.profile.decisions.find((review) => review.step === tip.step);
  const instead = taken ? ` instead of ${quote(taken.choiceText)}` : '';
  return `One choice would have tipped it: choosing ${choiceAt(ctx.scenario, tip.nodeId, tip.choiceId ?? '')}${instead} would have ended ${endingName(ctx.scenario, tip.endingId)}${weakerNote(ctx, tip)}.`;
}

function failedMeters(
  check: ConditionCheck | undefined,
): Array<Extract<ConditionCheck, { kind: 'meter' }>> {
  if (!check || check.holds) return [];
  if (check.kind === 'meter') return [check];
  if (check.kind === 'flag') return [];
  return check.parts.flatMap((part) => failedMeters(part));
}

/**
 * A chance draw whose cost alone covers a measure's shortfall. Said even when the other draw
 * would have changed the path (so no what-if can be played out): the arithmetic still holds.
 */
function chanceCostLine(ctx: WhyContext): string | null {
  const target = betterEntry(ctx.story, ctx.gate);
  for (const need of failedMeters(target?.when)) {
    const reading = ctx.gate.meters.find((m) => m.meter === need.meter);
    const against = (delta: number) => (need.op === 'gte' ? -delta : delta);
    const draw = reading?.moves.find(
      (move) => move.kind === 'event' && against(move.delta ?? 0) >= need.gap,
    );
    if (draw) {
      const label = meterLabel(ctx.scenario, need.meter);
      const cost = Math.abs(draw.delta ?? 0);
      const verb = need.op === 'gte' ? 'cost' : 'added';
      return `Outside your control: ${eventName(ctx.scenario, draw.nodeId)} ${verb} ${label} ${cost}, at least as much as the ${need.gap} it missed by. Which way that draw went was chance.`;
    }
  }
  return null;
}

export function tippingLines(ctx: WhyContext): HTMLElement[] {
  const { story } = ctx;
  if (story.outcome === 'positive') return [];
  const rank = OUTCOME_RANK[story.outcome];
  const chance = bestTip(ctx, 'event', rank);
  const choice = bestTip(ctx, 'decision', rank);
  const lines: string[] = [];
  const high = highScores(ctx);
  if (high)
    lines.push(
      `Your leadership scores were strong, yet the ending was ${story.outcome}. Scores measure how you led; the ending also depends on the business measures below.`,
    );
  const chanceCost = chance ? null : chanceCostLine(ctx);
  if (chance) lines.push(chanceLine(ctx, chance));
  else if (chanceCost) lines.push(chanceCost);
  if (choice) lines.push(choiceLine(ctx, choice));
  const target = betterEntry(story, ctx.gate);
  if (high && !chance && !chanceCost && !choice && target?.ending) {
    lines.push(
      `No single different choice or chance draw would have changed it on its own: ${endingName(ctx.scenario, target.ending.id)} needed more than one thing to go differently.`,
    );
  }
  return lines.map((text, index) =>
    el('p', {
      className: high && index === 0 ? 'debrief-why-tip debrief-why-verdict' : 'debrief-why-tip',
      text,
    }),
  );
}
