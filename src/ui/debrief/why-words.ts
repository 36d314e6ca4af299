/**
 * Plain words for the engine's ending story: names of decisions, chance events, meters and
 * endings as the scenario writes them, and one phrase per condition with its real numbers.
 * Every number here is read from the story; nothing is computed again.
 */
import type {
  BranchEntryCheck,
  ConditionCheck,
  EndingStory,
  Gate,
  Move,
  WhatIf,
} from '../../engine/profile/ending-story-types';
import type { Profile } from '../../engine/profile/types';
import type { EndingOutcome, Scenario } from '../../engine/scenario/schema';

export const OUTCOME_RANK: Record<EndingOutcome, number> = { negative: 0, mixed: 1, positive: 2 };

const OUTCOME_NAMES: Record<EndingOutcome, string> = {
  positive: 'positive',
  mixed: 'mixed',
  negative: 'negative',
};

export function quote(text: string): string {
  return `“${text.trim()}”`;
}

export function meterLabel(scenario: Scenario, meter: string): string {
  return scenario.meters?.[meter]?.label ?? meter;
}

function nodeTitle(scenario: Scenario, nodeId: string): string | undefined {
  return scenario.nodes[nodeId]?.title;
}

export function choiceText(scenario: Scenario, nodeId: string, choiceId: string): string {
  const node = scenario.nodes[nodeId];
  const choice =
    node?.kind === 'decision' ? node.choices.find((c) => c.id === choiceId) : undefined;
  return choice?.text ?? choiceId;
}

/** A choice's total score (0 for an unknown id): what-ifs prefer the stronger leadership option. */
export function choiceTotal(
  scenario: Scenario,
  nodeId: string,
  choiceId: string | undefined,
): number {
  const node = scenario.nodes[nodeId];
  const choice =
    node?.kind === 'decision' ? node.choices.find((c) => c.id === choiceId) : undefined;
  const scores = choice?.scores ?? {};
  return (scores.customerFocus ?? 0) + (scores.adaptability ?? 0) + (scores.empowerment ?? 0);
}

/** "The kettle: “Tell Dana…”", or just the quoted choice when the decision has no title. */
export function decisionName(scenario: Scenario, nodeId: string, choiceId: string): string {
  const title = nodeTitle(scenario, nodeId);
  const text = quote(choiceText(scenario, nodeId, choiceId));
  return title ? `${title}: ${text}` : text;
}

/** "the chance event at Monday", or "a chance event" when it has no title. */
/** "the chance event “The competitor's move”", or "a chance event" when it has no title. */
export function eventName(scenario: Scenario, nodeId: string): string {
  const title = nodeTitle(scenario, nodeId);
  return title ? `the chance event ${quote(title)}` : 'a chance event';
}

/** A step in a list: "The first call: “…”", or "The competitor's move (chance): what happened". */
export function moveName(scenario: Scenario, move: Move): string {
  if (move.kind === 'decision') return decisionName(scenario, move.nodeId, move.choiceId ?? '');
  const node = scenario.nodes[move.nodeId];
  const drawn = node?.kind === 'event' ? node.outcomes[move.outcomeIndex ?? -1]?.text : undefined;
  const name = `${node?.title ?? 'A chance event'} (chance)`;
  return drawn ? `${name}: ${drawn}` : name;
}

/** "“Tell Dana…” at The kettle", or just the quoted choice when the decision has no title. */
export function choiceAt(scenario: Scenario, nodeId: string, choiceId: string): string {
  const title = nodeTitle(scenario, nodeId);
  const text = quote(choiceText(scenario, nodeId, choiceId));
  return title ? `${text} at ${title}` : text;
}

/** A move in running prose: "“Send customers…” at Forty kettles" or "the chance event at Monday". */
export function moveInProse(scenario: Scenario, move: Move): string {
  if (move.kind === 'event') return eventName(scenario, move.nodeId);
  return choiceAt(scenario, move.nodeId, move.choiceId ?? '');
}

/** Ends a sentence with a full stop unless it already ends with one (or inside a closing quote). */
export function sentence(text: string): string {
  return /[.!?]["”’]?$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;
}

/** "“Trusted on Saturdays” (positive)" or "the positive ending". */
export function endingName(scenario: Scenario, endingId: string): string {
  const node = scenario.nodes[endingId];
  if (node?.kind !== 'ending') return endingId;
  const outcome = OUTCOME_NAMES[node.outcome];
  return node.title ? `${quote(node.title)} (${outcome})` : `the ${outcome} ending`;
}

/** Where a turn in the story led: the node's title, or the ending's name. */
export function placeName(scenario: Scenario, nodeId: string): string {
  const node = scenario.nodes[nodeId];
  if (node?.kind === 'ending') return endingName(scenario, nodeId);
  return node?.title ? quote(node.title) : 'another part of the story';
}

/** "you chose The kettle: “…”" or "the chance event at Monday went that way". */
export function didPhrase(scenario: Scenario, move: Move): string {
  return move.kind === 'event'
    ? `${eventName(scenario, move.nodeId)} went that way`
    : `you chose ${moveInProse(scenario, move)}`;
}

/** "choosing The manual: “…”", for the first choice or chance outcome that sets `flag` to true. */
function doingPhrase(scenario: Scenario, flag: string): string {
  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    if (node.kind === 'decision') {
      const choice = node.choices.find((candidate) => candidate.set?.[flag] === true);
      if (choice) return `choosing ${choiceAt(scenario, nodeId, choice.id)}`;
    } else if (node.kind === 'event' && node.outcomes.some((o) => o.set?.[flag] === true)) {
      return `${eventName(scenario, nodeId)} going that way`;
    }
  }
  return `“${flag}”`;
}

function flagPhrase(
  scenario: Scenario,
  check: Extract<ConditionCheck, { kind: 'flag' }>,
  setBy: Move[],
): string {
  const did = setBy.map((move) => didPhrase(scenario, move)).join(', then ');
  const doing = doingPhrase(scenario, check.flag);
  // "choosing X" and "you chose X" name the same step: say "you did" rather than repeat it.
  const same = did === `you ${doing.replace(/^choosing /, 'chose ')}`;
  // A flag can be set and later cleared: then every step that touched it is named.
  if (check.expected) {
    if (check.holds) return `${doing}: ${same ? 'you did' : did}`;
    return did ? `${doing}: not in effect at the end (${did})` : `${doing}: not in this run`;
  }
  if (!check.holds) return `not ${doing}: but ${same ? 'you did' : did}`;
  return did ? `not ${doing}: not in effect at the end (${did})` : `not ${doing}: you did not`;
}

function meterPhrase(
  scenario: Scenario,
  check: Extract<ConditionCheck, { kind: 'meter' }>,
): string {
  const label = meterLabel(scenario, check.meter);
  const bound = check.op === 'gte' ? 'or more' : 'or less';
  const miss = check.op === 'gte' ? 'short' : 'too high';
  const tail = check.holds ? '' : `, ${check.gap} ${miss}`;
  return `${label} at ${check.threshold} ${bound}: it stood at ${check.actual}${tail}`;
}

/** One condition in words, leaves joined with "and" / "or". */
export function conditionPhrase(
  scenario: Scenario,
  check: ConditionCheck,
  setBy: (flag: string) => Move[],
  reason = false,
): string {
  if (check.kind === 'meter') return meterPhrase(scenario, check);
  if (check.kind === 'flag') return flagPhrase(scenario, check, setBy(check.flag));
  let parts = check.parts;
  // As a reason, an "any" that held is told by the parts that held; a part that did not is
  // kept only when a step of the run touched it (so every such step is still named).
  if (reason && check.kind === 'any' && check.holds)
    parts = parts.filter((part) => part.holds || touched(part, setBy));
  const joiner = check.kind === 'all' ? '; and ' : '; or ';
  return parts.map((part) => conditionPhrase(scenario, part, setBy, reason)).join(joiner);
}

function touched(check: ConditionCheck, setBy: (flag: string) => Move[]): boolean {
  if (check.kind === 'flag') return setBy(check.flag).length > 0;
  if (check.kind === 'meter') return false;
  return check.parts.some((part) => touched(part, setBy));
}

/** The top-level parts of a condition: an "all" reads as a list of needs. */
export function needsOf(check: ConditionCheck): ConditionCheck[] {
  return check.kind === 'all' ? check.parts : [check];
}

/** "a 40% chance" for an alternative chance outcome. */
export function chanceText(whatIf: WhatIf): string {
  return `${Math.round((whatIf.chance ?? 0) * 100)}% likely`;
}

export interface WhyContext {
  scenario: Scenario;
  profile: Profile;
  story: EndingStory;
  gate: Gate;
}

export function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The best ending of the deciding branch that beats the one reached. */
export function betterEntry(story: EndingStory, gate: Gate): BranchEntryCheck | undefined {
  const rank = OUTCOME_RANK[story.outcome];
  const rankOf = (entry: BranchEntryCheck) =>
    entry.ending ? OUTCOME_RANK[entry.ending.outcome] : -1;
  return gate.entries
    .filter((entry) => rankOf(entry) > rank)
    .sort((a, b) => rankOf(b) - rankOf(a))[0];
}

/** ", though it is the weaker leadership choice" when the alternative scores below what was taken. */
export function weakerNote(ctx: WhyContext, whatIf: WhatIf): string {
  if (whatIf.kind !== 'decision') return '';
  const taken = ctx.profile.decisions.find((review) => review.step === whatIf.step);
  if (!taken) return '';
  const takenTotal = choiceTotal(ctx.scenario, taken.nodeId, taken.choiceId);
  return choiceTotal(ctx.scenario, whatIf.nodeId, whatIf.choiceId) < takenTotal
    ? ', though it is the weaker leadership choice'
    : '';
}
