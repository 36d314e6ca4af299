/**
 * "Why this ending": the engine's ending story told in plain words. The deciding branch first
 * (what the better ending needed, what each measure stood at, what cost it and which choice
 * would have added to it), then every step that moved those measures, the turns along the way,
 * and what single choice or chance draw tipped it.
 */
import type {
  ConditionCheck,
  Gate,
  MeterReading,
  WhatIf,
} from '../../engine/profile/ending-story-types';
import type { Profile } from '../../engine/profile/types';
import type { Scenario } from '../../engine/scenario/schema';
import { el, paragraph, section, signed } from '../kit';
import {
  OUTCOME_RANK,
  betterEntry,
  capital,
  choiceAt,
  conditionPhrase,
  weakerNote,
  endingName,
  meterLabel,
  moveInProse,
  moveName,
  needsOf,
  placeName,
  sentence,
  type WhyContext,
} from './why-words';
import { tippingLines } from './why-tipping';

const setByOf = (gate: Gate) => (flag: string) =>
  gate.flags.find((reading) => reading.flag === flag)?.setBy ?? [];

type MeterCheck = Extract<ConditionCheck, { kind: 'meter' }>;

/**
 * What pushed a measure the wrong way most: the leader's own costliest choice and, apart from
 * it, a chance draw, so neither hides the other.
 */
function costs(ctx: WhyContext, reading: MeterReading, check: MeterCheck): string[] {
  const against = (delta: number | undefined) =>
    check.op === 'gte' ? -(delta ?? 0) : (delta ?? 0);
  const verb = check.op === 'gte' ? 'cost' : 'added';
  return (['decision', 'event'] as const).flatMap((kind) => {
    const worst = reading.moves
      .filter((move) => move.kind === kind && against(move.delta) > 0)
      .sort((a, b) => against(b.delta) - against(a.delta))[0];
    return worst ? [`${moveInProse(ctx.scenario, worst)} ${verb} ${against(worst.delta)}`] : [];
  });
}

/** The one choice that would have moved the measure most the right way, all else equal. */
function gain(ctx: WhyContext, check: MeterCheck): string | null {
  const toward = (w: WhatIf) => (check.op === 'gte' ? 1 : -1) * (w.meterChanges[check.meter] ?? 0);
  // Never a choice that would have led to a worse ending; one that reaches a better one first.
  const rank = OUTCOME_RANK[ctx.story.outcome];
  const best = ctx.story.whatIfs
    .filter((w) => w.kind === 'decision' && toward(w) > 0 && OUTCOME_RANK[w.outcome] >= rank)
    .sort((a, b) => OUTCOME_RANK[b.outcome] - OUTCOME_RANK[a.outcome] || toward(b) - toward(a))[0];
  if (!best) return null;
  const enough =
    OUTCOME_RANK[best.outcome] > rank
      ? `, enough for ${endingName(ctx.scenario, best.endingId)}`
      : '';
  const verb = check.op === 'gte' ? 'added' : 'taken off';
  const name = choiceAt(ctx.scenario, best.nodeId, best.choiceId ?? '');
  return `choosing ${name} would have ${verb} ${toward(best)}${enough}${weakerNote(ctx, best)}`;
}

function costAndGain(ctx: WhyContext, check: MeterCheck): string {
  const reading = ctx.gate.meters.find((m) => m.meter === check.meter);
  if (!reading) return '';
  const parts = [...costs(ctx, reading, check), gain(ctx, check)].filter(
    (part): part is string => part !== null,
  );
  return parts.length > 0 ? ` — ${parts.join('; ')}` : '';
}

function needItem(ctx: WhyContext, check: ConditionCheck): HTMLElement {
  const text = conditionPhrase(ctx.scenario, check, setByOf(ctx.gate));
  const item = el('li', { attrs: { 'data-holds': String(check.holds) } });
  let tail = check.holds ? ' (met)' : '';
  if (check.kind === 'meter') {
    Object.assign(item.dataset, {
      meter: check.meter,
      value: String(check.actual),
      threshold: String(check.threshold),
    });
    if (!check.holds) tail = costAndGain(ctx, check);
  }
  item.textContent = sentence(`${capital(text)}${tail}`);
  return item;
}

function needsList(ctx: WhyContext, check: ConditionCheck): HTMLElement {
  return el(
    'ul',
    { className: 'debrief-why-needs' },
    needsOf(check).map((part) => needItem(ctx, part)),
  );
}

function headline(ctx: WhyContext): HTMLElement[] {
  const { scenario, story, gate } = ctx;
  const reached = gate.entries[gate.taken];
  const target = betterEntry(story, gate);
  const reachedName = endingName(scenario, story.endingId);
  if (target?.when && target.ending) {
    const lines = [
      paragraph(`${capital(endingName(scenario, target.ending.id))} needed:`),
      needsList(ctx, target.when),
    ];
    if (reached?.when) {
      const phrase = conditionPhrase(scenario, reached.when, setByOf(gate), true);
      lines.push(paragraph(sentence(`This run reached ${reachedName} because of ${phrase}`)));
    }
    return lines;
  }
  if (!reached?.when) {
    return [paragraph(`This run reached ${reachedName}: no other ending's condition held.`)];
  }
  const otherwise = target?.ending
    ? ` (without it, the run would have ended ${endingName(scenario, target.ending.id)})`
    : '';
  return [
    paragraph(`This run reached ${reachedName} because of this${otherwise}:`),
    needsList(ctx, reached.when),
  ];
}

/** The entries the rules judged and passed over (other than the better ending already shown). */
function passedBranches(ctx: WhyContext): HTMLElement[] {
  const rank = OUTCOME_RANK[ctx.story.outcome];
  const target = betterEntry(ctx.story, ctx.gate);
  return ctx.gate.entries
    .filter((entry) => entry.judged && !entry.holds && entry.when && entry !== target)
    .map((entry) => {
      const phrase = conditionPhrase(ctx.scenario, entry.when!, setByOf(ctx.gate));
      const worse = entry.ending && OUTCOME_RANK[entry.ending.outcome] < rank;
      return paragraph(
        worse
          ? sentence(
              `It stayed clear of ${endingName(ctx.scenario, entry.ending!.id)}, which comes with ${phrase}`,
            )
          : sentence(
              `It did not go to ${placeName(ctx.scenario, entry.to)}, which needs ${phrase}`,
            ),
      );
    });
}

/** The conditions the debrief shows: every entry the rules judged, and the better ending's. */
function shownConditions(ctx: WhyContext): ConditionCheck[] {
  const target = betterEntry(ctx.story, ctx.gate);
  return ctx.gate.entries.flatMap((entry) =>
    entry.when && (entry.judged || entry === target) ? [entry.when] : [],
  );
}

function readsOf(check: ConditionCheck, into: Set<string>): Set<string> {
  if (check.kind === 'meter') into.add(check.meter);
  else if (check.kind !== 'flag') check.parts.forEach((part) => readsOf(part, into));
  return into;
}

/** Every step that moved each measure the deciding branch reads, with start and value. */
function trails(ctx: WhyContext): HTMLElement[] {
  const read = new Set<string>();
  for (const condition of shownConditions(ctx)) readsOf(condition, read);
  return ctx.gate.meters
    .filter((reading) => read.has(reading.meter))
    .map((reading) => {
      const label = meterLabel(ctx.scenario, reading.meter);
      const block = el('div', {
        className: 'debrief-trail',
        attrs: {
          'data-meter': reading.meter,
          'data-initial': reading.initial,
          'data-value': reading.value,
        },
      });
      const moves = reading.moves.map((move) =>
        el('li', {
          text: `${signed(move.delta ?? 0)} ${moveName(ctx.scenario, move)}`,
          attrs: {
            'data-step': move.step,
            'data-node': move.nodeId,
            'data-delta': move.delta ?? 0,
          },
        }),
      );
      block.append(
        paragraph(
          moves.length > 0
            ? `${label}: ${reading.initial} at the start, ${reading.value} when the ending was decided.`
            : `${label}: ${reading.initial} at the start; nothing in this run moved it.`,
          'debrief-trail-head',
        ),
      );
      if (moves.length > 0) block.append(el('ul', {}, moves));
      return block;
    });
}

/** Earlier branches along the path: where the story turned, and why. */
function turns(ctx: WhyContext): HTMLElement[] {
  const earlier = ctx.story.gates.slice(0, -1);
  if (earlier.length === 0) return [];
  const items = earlier.map((gate) => {
    const entry = gate.entries[gate.taken];
    const where = ctx.scenario.nodes[gate.nodeId]?.title;
    const at = where ? `After ${where}` : 'Along the way';
    const because = entry?.when
      ? `because of ${conditionPhrase(ctx.scenario, entry.when, setByOf(gate), true)}`
      : 'because no other branch held';
    return el('li', {
      text: `${at}, the story went to ${placeName(ctx.scenario, gate.to)} ${because}.`,
      attrs: { 'data-node': gate.nodeId },
    });
  });
  return [paragraph('Turns along the way:'), el('ul', { className: 'debrief-why-turns' }, items)];
}

/** No branch chose the ending: the route itself did. */
function routeOnly(scenario: Scenario, profile: Profile): HTMLElement[] {
  const story = profile.endingStory;
  const items = story.routeSteps.flatMap((step) => {
    const decision = profile.decisions.find((review) => review.step === step);
    if (decision) {
      const name = choiceAt(scenario, decision.nodeId, decision.choiceId);
      return [
        el('li', { text: sentence(`You chose ${name}`), attrs: { 'data-node': decision.nodeId } }),
      ];
    }
    return [];
  });
  const intro = paragraph(
    items.length > 0
      ? `No condition on the scores or meters chose ${endingName(scenario, story.endingId)}: the route did. These choices set it:`
      : `No condition chose ${endingName(scenario, story.endingId)}: every path that comes this way ends here.`,
  );
  return items.length > 0 ? [intro, el('ul', { className: 'debrief-why-route' }, items)] : [intro];
}

export function whySection(scenario: Scenario, profile: Profile): HTMLElement {
  const wrapper = section('why', 'Why this ending', { level: 3, className: 'debrief-why' });
  const story = profile.endingStory;
  const gate = story.gates[story.gates.length - 1];
  if (!gate) {
    wrapper.append(...routeOnly(scenario, profile));
    return wrapper;
  }
  const ctx: WhyContext = { scenario, profile, story, gate };
  wrapper.append(
    ...headline(ctx),
    ...passedBranches(ctx),
    ...tippingLines(ctx),
    ...trails(ctx),
    ...turns(ctx),
  );
  return wrapper;
}
