/**
 * Rules about names that must point at something: `start`, every `next`, speakers,
 * principles, meters (in effects and in conditions) and `timeoutChoice`; plus the shape rules
 * of branch lists that zod cannot express (only the last entry goes without `when`).
 */
import type { Condition, Next, Scenario, ScenarioNode } from '../../engine/scenario/schema';
import type { Finding } from './problem';
import { didYouMean } from './suggest';

type Path = Array<string | number>;

function missingTarget(
  kind: string,
  name: string,
  known: Record<string, unknown> | undefined,
  where: string,
): string {
  const hint = didYouMean(name, Object.keys(known ?? {}));
  return `names the ${kind} "${name}", but ${where} has no ${kind} with that id${hint}`;
}

/** Every meter a condition mentions, found without recursion (nesting is bounded anyway). */
function conditionMeterFindings(scenario: Scenario, condition: Condition, path: Path): Finding[] {
  const findings: Finding[] = [];
  const pending: Array<{ condition: Condition; path: Path }> = [{ condition, path }];
  for (let item = pending.pop(); item; item = pending.pop()) {
    const current = item.condition;
    if ('all' in current)
      current.all.forEach((c, i) => pending.push({ condition: c, path: [...item.path, 'all', i] }));
    else if ('any' in current)
      current.any.forEach((c, i) => pending.push({ condition: c, path: [...item.path, 'any', i] }));
    else if ('meter' in current && !Object.hasOwn(scenario.meters ?? {}, current.meter)) {
      findings.push({
        path: [...item.path, 'meter'],
        message: missingTarget('meter', current.meter, scenario.meters, '"meters"'),
      });
    }
  }
  return findings;
}

function meterChangeFindings(
  scenario: Scenario,
  changes: Record<string, number> | undefined,
  path: Path,
): Finding[] {
  return Object.keys(changes ?? {})
    .filter((id) => !Object.hasOwn(scenario.meters ?? {}, id))
    .map((id) => ({
      path: [...path, id],
      message: `changes the meter "${id}", but "meters" has no meter with that id${didYouMean(id, Object.keys(scenario.meters ?? {}))}`,
    }));
}

function nodeTargetFinding(scenario: Scenario, target: string, path: Path): Finding[] {
  if (Object.hasOwn(scenario.nodes, target)) return [];
  return [{ path, message: missingTarget('node', target, scenario.nodes, '"nodes"') }];
}

/** A `next`: its targets exist, its conditions name real meters, only the last entry lacks `when`. */
export function nextFindings(scenario: Scenario, next: Next, path: Path): Finding[] {
  if (typeof next === 'string') return nodeTargetFinding(scenario, next, path);
  const findings: Finding[] = [];
  next.forEach((entry, index) => {
    const entryPath = [...path, index];
    const isLast = index === next.length - 1;
    if (isLast && entry.when) {
      findings.push({
        path: [...entryPath, 'when'],
        message:
          'the last entry of a branch list must have no "when": it is the way on when no other entry applies',
      });
    }
    if (!isLast && !entry.when) {
      findings.push({
        path: entryPath,
        message:
          'only the last entry of a branch list may go without "when"; as it stands, the entries after this one can never be taken',
      });
    }
    if (entry.when)
      findings.push(...conditionMeterFindings(scenario, entry.when, [...entryPath, 'when']));
    findings.push(...nodeTargetFinding(scenario, entry.next, [...entryPath, 'next']));
  });
  return findings;
}

function decisionReferenceFindings(
  scenario: Scenario,
  node: ScenarioNode & { kind: 'decision' },
  path: Path,
): Finding[] {
  const findings: Finding[] = [];
  node.choices.forEach((choice, index) => {
    const choicePath = [...path, 'choices', index];
    if (
      choice.principle !== undefined &&
      !Object.hasOwn(scenario.principles ?? {}, choice.principle)
    ) {
      findings.push({
        path: [...choicePath, 'principle'],
        message: missingTarget('principle', choice.principle, scenario.principles, '"principles"'),
      });
    }
    findings.push(...meterChangeFindings(scenario, choice.meters, [...choicePath, 'meters']));
    if (choice.when)
      findings.push(...conditionMeterFindings(scenario, choice.when, [...choicePath, 'when']));
    findings.push(...nextFindings(scenario, choice.next, [...choicePath, 'next']));
  });
  return findings;
}

function nodeReferenceFindings(scenario: Scenario, id: string, node: ScenarioNode): Finding[] {
  const path: Path = ['nodes', id];
  const findings: Finding[] = [];
  if (node.speaker !== undefined && !Object.hasOwn(scenario.cast ?? {}, node.speaker)) {
    findings.push({
      path: [...path, 'speaker'],
      message: `names the speaker "${node.speaker}", but "cast" has no one with that id${didYouMean(node.speaker, Object.keys(scenario.cast ?? {}))}`,
    });
  }
  if (node.kind === 'narrative')
    findings.push(...nextFindings(scenario, node.next, [...path, 'next']));
  if (node.kind === 'decision') findings.push(...decisionReferenceFindings(scenario, node, path));
  if (node.kind === 'event') {
    node.outcomes.forEach((outcome, index) => {
      const outcomePath = [...path, 'outcomes', index];
      findings.push(...meterChangeFindings(scenario, outcome.meters, [...outcomePath, 'meters']));
      findings.push(...nextFindings(scenario, outcome.next, [...outcomePath, 'next']));
    });
  }
  return findings;
}

export function referenceFindings(scenario: Scenario): Finding[] {
  const findings: Finding[] = [];
  if (!Object.hasOwn(scenario.nodes, scenario.start)) {
    findings.push({
      path: ['start'],
      message: missingTarget('node', scenario.start, scenario.nodes, '"nodes"'),
    });
  }
  for (const [id, node] of Object.entries(scenario.nodes)) {
    findings.push(...nodeReferenceFindings(scenario, id, node));
  }
  return findings;
}
