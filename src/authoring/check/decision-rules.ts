/**
 * Rules for decision nodes that zod cannot express: a player must never be left with no
 * choice, choice ids are unique within the node, and a timed decision says which choice the
 * clock takes.
 */
import type { DecisionNode, Scenario } from '../../engine/scenario/schema';
import type { Finding } from './problem';
import { didYouMean } from './suggest';

type Path = Array<string | number>;

function duplicateChoiceFindings(node: DecisionNode, path: Path): Finding[] {
  const firstIndex = new Map<string, number>();
  const findings: Finding[] = [];
  node.choices.forEach((choice, index) => {
    const earlier = firstIndex.get(choice.id);
    if (earlier === undefined) {
      firstIndex.set(choice.id, index);
      return;
    }
    findings.push({
      path: [...path, 'choices', index, 'id'],
      message: `the choice id "${choice.id}" is already used by choices[${earlier}] of this node; each choice needs its own id`,
    });
  });
  return findings;
}

function timerFindings(node: DecisionNode, path: Path): Finding[] {
  const hasLimit = node.timeLimitSeconds !== undefined;
  const timeoutChoice = node.timeoutChoice;
  if (hasLimit && timeoutChoice === undefined) {
    return [
      {
        path: [...path, 'timeLimitSeconds'],
        message:
          'a timed decision needs "timeoutChoice" too: the id of the choice taken when the time runs out',
      },
    ];
  }
  if (timeoutChoice === undefined) return [];
  if (!hasLimit) {
    return [
      {
        path: [...path, 'timeoutChoice'],
        message:
          '"timeoutChoice" only makes sense with "timeLimitSeconds"; add a time limit or remove "timeoutChoice"',
      },
    ];
  }
  const ids = node.choices.map((choice) => choice.id);
  if (ids.includes(timeoutChoice)) return [];
  return [
    {
      path: [...path, 'timeoutChoice'],
      message: `names the choice "${timeoutChoice}", but this decision has no choice with that id${didYouMean(timeoutChoice, ids)}`,
    },
  ];
}

function stuckFinding(node: DecisionNode, path: Path): Finding[] {
  if (!node.choices.every((choice) => choice.when !== undefined)) return [];
  return [
    {
      path: [...path, 'choices'],
      message:
        'every choice here has a "when", so a player could be stuck with nothing to choose; leave at least one choice without a condition',
    },
  ];
}

export function decisionFindings(scenario: Scenario): Finding[] {
  const findings: Finding[] = [];
  for (const [id, node] of Object.entries(scenario.nodes)) {
    if (node.kind !== 'decision') continue;
    const path: Path = ['nodes', id];
    findings.push(
      ...stuckFinding(node, path),
      ...duplicateChoiceFindings(node, path),
      ...timerFindings(node, path),
    );
  }
  return findings;
}
