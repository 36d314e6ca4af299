/** The track's pattern in words: strongest and weakest dimension, consistency, the recurring habit. */
import { DIMENSION_NAMES, type Archetype } from '../../engine/profile/archetypes';
import type {
  Consistency,
  DimensionAcross,
  Habit,
  TrackPattern,
} from '../../engine/profile/track-pattern';
import type { Profile } from '../../engine/profile/types';
import type { Scenario } from '../../engine/scenario/schema';
import { el, list } from '../kit';
import { debriefSection, debriefTable } from './layout';
import { choiceText, quote } from './why-words';

export interface PatternInput {
  parts: Array<{ scenario: Scenario; profile: Profile; archetype: Archetype }>;
  pattern: TrackPattern;
  archetype: Archetype;
}

const CONSISTENCY_WORDS: Record<Consistency, string> = {
  steady: 'steady: much the same leader in every scenario',
  uneven: 'uneven: some scenarios brought out a different side of you',
  varied: 'varied: a quite different leader from one scenario to the next',
};

function dimensionLine(
  label: string,
  line: DimensionAcross | undefined,
  consistently: string | null,
): string | null {
  if (!line || line.mean === null) return null;
  const range =
    line.lowest === line.highest
      ? `${line.lowest} each time`
      : `from ${line.lowest} to ${line.highest}`;
  return `${label}: ${DIMENSION_NAMES[line.dimension]}, ${line.mean} on average (${consistently ?? range}).`;
}

function principleTitle(parts: PatternInput['parts'], id: string | undefined): string {
  if (id === undefined) return '';
  const found = parts.find((part) => part.scenario.principles?.[id]);
  return found?.scenario.principles?.[id]?.title ?? id;
}

function habitLine(input: PatternInput, habit: Habit | null): string {
  if (!habit) return 'Habit: no single habit showed up in more than one scenario.';
  const { parts } = input;
  const count = `${habit.scenarios.length} of ${parts.length} scenarios`;
  const examples = habit.evidence.slice(0, 2).map((evidence) => {
    const part = parts.find((candidate) => candidate.scenario.id === evidence.scenarioId);
    if (!part) return '';
    const node = part.scenario.nodes[evidence.nodeId];
    const where = node?.title ? `${node.title}, ` : '';
    if (habit.kind === 'timed-out') return `${where}${quote(part.scenario.title)}`;
    return `${quote(choiceText(part.scenario, evidence.nodeId, evidence.choiceId))} (${where}${quote(part.scenario.title)})`;
  });
  const title = quote(principleTitle(parts, habit.principleId));
  const what = {
    applied: `you took the strongest option for ${title}, as in ${examples.join(' and ')}`,
    'passed-over': `you passed over the stronger option for ${title}: you chose ${examples.join(' and ')}`,
    'timed-out': `the time ran out before you decided, in ${examples.join(' and ')}`,
  }[habit.kind];
  return `Habit, in ${count}: ${what}.`;
}

function spreadTable(pattern: TrackPattern): HTMLTableElement {
  return debriefTable(
    'Your scores from scenario to scenario',
    ['Dimension', 'Lowest', 'Highest', 'Spread'],
    pattern.dimensions.map((line) => [
      DIMENSION_NAMES[line.dimension],
      line.lowest === null ? '—' : String(line.lowest),
      line.highest === null ? '—' : String(line.highest),
      line.spread === null ? '—' : String(line.spread),
    ]),
  );
}

/** The archetype of the averages, unless the parts were too different for an average to mean much. */
function archetypeLine(input: PatternInput): HTMLElement {
  const { pattern, archetype, parts } = input;
  if (pattern.consistency === 'varied') {
    const each = parts.map((part) => `${part.archetype.name} in ${quote(part.scenario.title)}`);
    return el('p', { className: 'debrief-track-archetype' }, [
      el('strong', { text: 'No single pattern. ' }),
      `Each scenario brought out a different leader: ${each.join('; ')}.`,
    ]);
  }
  return el('p', { className: 'debrief-track-archetype' }, [
    el('strong', { text: `${archetype.name}. ` }),
    archetype.summary,
  ]);
}

function standoutLines(pattern: TrackPattern): string[] {
  const byDimension = (dimension: string | undefined) =>
    pattern.dimensions.find((line) => line.dimension === dimension);
  if (!pattern.standsOut) {
    const means = pattern.dimensions.flatMap((line) => (line.mean === null ? [] : [line.mean]));
    if (means.length < 2) return [];
    return [
      `No dimension stood out on average: your averages lay between ${Math.min(...means)} and ${Math.max(...means)}.`,
    ];
  }
  return [
    dimensionLine(
      'Strongest',
      byDimension(pattern.strongest?.dimension),
      pattern.strongest?.consistently ? 'strong or better in every scenario' : null,
    ),
    dimensionLine(
      'Weakest',
      byDimension(pattern.weakest?.dimension),
      pattern.weakest?.consistently ? 'below developing in every scenario' : null,
    ),
  ].filter((line): line is string => line !== null);
}

export function patternSection(input: PatternInput): HTMLElement {
  const { pattern } = input;
  const wrapper = debriefSection('track-pattern', 'Your pattern across the track');
  const lines = [
    ...standoutLines(pattern),
    pattern.spread === null || pattern.consistency === null
      ? null
      : `Consistency: on each dimension, your highest and lowest scenario scores were ${pattern.spread} points apart on average (${CONSISTENCY_WORDS[pattern.consistency]}).`,
    habitLine(input, pattern.habit),
  ].filter((line): line is string => line !== null);
  wrapper.append(archetypeLine(input), list(lines), spreadTable(pattern));
  return wrapper;
}
