/**
 * Writes a scenario as ink source with the same shape, so inkjs can run an equivalent story:
 * one knot per node, the node's text as its line, a sticky choice per scenario choice (guarded
 * by the same `when`), the same meter changes with the same clamping (MIN/MAX), the same flags
 * and score sums, branch lists as ink conditionals, events as a weighted RANDOM draw over
 * their outcomes, endings as `-> END`. Narratives and events end in one "Continue" choice
 * because our engine waits for `player.continue` there: both engines take the same number of
 * inputs per run. Timers are left out (the bench plays with time pressure off).
 *
 * Identifiers are generated (k0, m0, f0…) because scenario ids may hold `-`, which ink
 * forbids. With `tagNodes`, each knot and outcome carries a tag naming the scenario node and
 * outcome, so a test can walk both engines in lockstep; the bench leaves tags out.
 */
import type { Condition, Next, Scenario, ScenarioNode } from '../src/engine/scenario/schema';
import { DIMENSIONS } from '../src/engine/scenario/schema';

export interface InkStoryOptions {
  tagNodes?: boolean;
}

export interface InkNames {
  knot: Map<string, string>;
  meter: Map<string, string>;
  flag: Map<string, string>;
}

interface Effects {
  meters?: Record<string, number>;
  set?: Record<string, boolean>;
  scores?: Partial<Record<(typeof DIMENSIONS)[number], number>>;
}

/** Backslash-escapes every character ink could read as syntax; newlines become spaces. */
export function inkText(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/[\\{}[\]|#/*+\-=~<>:^]/g, (char) => `\\${char}`);
}

function inkNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(6).replace(/0+$/, '');
}

function collectFlags(scenario: Scenario): string[] {
  const flags = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if ((key === 'flag' || key === 'notFlag') && typeof child === 'string') flags.add(child);
        else if (key === 'set' && child && typeof child === 'object')
          Object.keys(child).forEach((flag) => flags.add(flag));
        else visit(child);
      }
    }
  };
  visit(scenario.nodes);
  return [...flags].sort();
}

/** The ink identifier of every node (knot), meter and flag of a scenario. */
export function inkNames(scenario: Scenario): InkNames {
  const numbered = (ids: string[], prefix: string) =>
    new Map(ids.map((id, index) => [id, `${prefix}${index}`]));
  return {
    knot: numbered(Object.keys(scenario.nodes), 'k'),
    meter: numbered(Object.keys(scenario.meters ?? {}), 'm'),
    flag: numbered(collectFlags(scenario), 'f'),
  };
}

function lookup(map: Map<string, string>, id: string): string {
  const name = map.get(id);
  if (name === undefined) throw new Error(`ink story: no identifier for "${id}"`);
  return name;
}

/** `(a && b)`; a single part stays bare, because ink reads `(f0)` as a list literal. */
function joined(parts: Condition[], operator: string, names: InkNames): string {
  const written = parts.map((part) => inkCondition(part, names));
  return written.length === 1 ? (written[0] as string) : `(${written.join(operator)})`;
}

export function inkCondition(condition: Condition, names: InkNames): string {
  if ('flag' in condition) return lookup(names.flag, condition.flag);
  if ('notFlag' in condition) return `not ${lookup(names.flag, condition.notFlag)}`;
  if ('all' in condition) return joined(condition.all, ' && ', names);
  if ('any' in condition) return joined(condition.any, ' || ', names);
  const meter = lookup(names.meter, condition.meter);
  return 'gte' in condition
    ? `${meter} >= ${inkNumber(condition.gte)}`
    : `${meter} <= ${inkNumber(condition.lte)}`;
}

function effectLines(scenario: Scenario, effects: Effects, names: InkNames): string[] {
  const lines: string[] = [];
  for (const [id, delta] of Object.entries(effects.meters ?? {})) {
    const meter = scenario.meters?.[id];
    if (!meter) continue; // as the engine: an unknown meter is never invented at run time
    const name = lookup(names.meter, id);
    let value = delta < 0 ? `${name} - ${inkNumber(-delta)}` : `${name} + ${inkNumber(delta)}`;
    if (meter.min !== undefined) value = `MAX(${value}, ${inkNumber(meter.min)})`;
    if (meter.max !== undefined) value = `MIN(${value}, ${inkNumber(meter.max)})`;
    lines.push(`~ ${name} = ${value}`);
  }
  for (const [flag, value] of Object.entries(effects.set ?? {}))
    lines.push(`~ ${lookup(names.flag, flag)} = ${value}`);
  for (const dimension of DIMENSIONS) {
    const score = effects.scores?.[dimension] ?? 0;
    if (score !== 0)
      lines.push(`~ s_${dimension} = s_${dimension} + ${score}`.replace('+ -', '- '));
  }
  return lines;
}

/** A `next`: a divert, or a conditional whose first holding branch diverts. */
function nextLines(next: Next, names: InkNames): string[] {
  if (typeof next === 'string') return [`-> ${lookup(names.knot, next)}`];
  // A conditional of `else` alone is not ink: a list that always takes its first entry is a divert.
  if (!next[0]?.when) return [`-> ${lookup(names.knot, next[0]?.next ?? '')}`];
  const lines = ['{'];
  for (const entry of next) {
    const divert = `-> ${lookup(names.knot, entry.next)}`;
    if (!entry.when) {
      lines.push('- else:', `  ${divert}`);
      break; // the first entry without `when` always applies: later ones are unreachable
    }
    lines.push(`- ${inkCondition(entry.when, names)}:`, `  ${divert}`);
  }
  lines.push('}');
  return lines;
}

const indent = (lines: string[]) => lines.map((line) => `  ${line}`);

function continueChoice(next: Next, names: InkNames): string[] {
  return ['+ [Continue]', ...indent(nextLines(next, names))];
}

/** Integer weights for ink's RANDOM: as they are, or scaled by 1,000 when some are fractional. */
function integerWeights(weights: number[]): number[] {
  if (weights.every(Number.isInteger)) return weights;
  return weights.map((weight) => Math.max(1, Math.round(weight * 1000)));
}

function eventLines(
  scenario: Scenario,
  id: string,
  node: ScenarioNode,
  names: InkNames,
  tags: boolean,
) {
  if (node.kind !== 'event') return [];
  const knot = lookup(names.knot, id);
  const weights = integerWeights(node.outcomes.map((outcome) => outcome.weight));
  const bodies = node.outcomes.map((outcome, index) => [
    ...effectLines(scenario, outcome, names),
    `-> ${knot}.o${index}`,
  ]);
  const stitches = node.outcomes.flatMap((outcome, index) => {
    const text = [node.text, outcome.text].filter(Boolean).join(' ');
    const tag = tags ? ` #outcome:${index}` : '';
    return [`= o${index}`, `${inkText(text)}${tag}`, ...continueChoice(outcome.next, names)];
  });
  // One outcome needs no draw (and a conditional of `else` alone is not ink).
  if (bodies.length === 1) return [...(bodies[0] ?? []), ...stitches];
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const draw = [`~ temp roll = RANDOM(1, ${total})`, '{'];
  let upTo = 0;
  bodies.forEach((body, index) => {
    upTo += weights[index] ?? 0;
    draw.push(index === bodies.length - 1 ? '- else:' : `- roll <= ${upTo}:`, ...indent(body));
  });
  return [...draw, '}', ...stitches];
}

function knotLines(
  scenario: Scenario,
  id: string,
  node: ScenarioNode,
  names: InkNames,
  tags: boolean,
) {
  const header = [`=== ${lookup(names.knot, id)} ===`];
  if (tags) header.push(`#node:${id}`);
  if (node.kind === 'event') return [...header, ...eventLines(scenario, id, node, names, tags)];
  const text = inkText(node.text);
  if (node.kind === 'ending') return [...header, text, '-> END'];
  if (node.kind === 'narrative') return [...header, text, ...continueChoice(node.next, names)];
  const choices = node.choices.flatMap((choice) => {
    const guard = choice.when ? `{${inkCondition(choice.when, names)}} ` : '';
    const body = [...effectLines(scenario, choice, names), ...nextLines(choice.next, names)];
    return [`+ ${guard}[${inkText(choice.text)}]`, ...indent(body)];
  });
  return [...header, text, ...choices];
}

/** The whole story: variables, a divert to the start, then one knot per node. */
export function scenarioToInk(scenario: Scenario, options: InkStoryOptions = {}): string {
  const names = inkNames(scenario);
  const variables = [
    ...Object.entries(scenario.meters ?? {}).map(([id, meter]) => {
      const initial = Math.min(
        meter.max ?? Infinity,
        Math.max(meter.min ?? -Infinity, meter.initial),
      );
      return `VAR ${lookup(names.meter, id)} = ${inkNumber(initial)}`;
    }),
    ...[...names.flag.values()].map((flag) => `VAR ${flag} = false`),
    ...DIMENSIONS.map((dimension) => `VAR s_${dimension} = 0`),
  ];
  const knots = Object.entries(scenario.nodes).flatMap(([id, node]) => [
    '',
    ...knotLines(scenario, id, node, names, options.tagNodes ?? false),
  ]);
  return [...variables, '', `-> ${lookup(names.knot, scenario.start)}`, ...knots, ''].join('\n');
}
