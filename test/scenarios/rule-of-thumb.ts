/**
 * Rule-of-thumb players: people who do not read the situation but follow one habit at every
 * decision. A run "follows" a player when every decision on it is one the player would make.
 * Style players (delegate, give, ask first) take a choice of their style wherever one is offered
 * and may take anything where none is, so the enumeration covers their best possible play.
 */
import type { Choice, DecisionNode, Scenario } from '../../src/engine/scenario/schema';
import { offeredChoices } from '../../src/engine/scenario/rules';
import type { EnumeratedRun } from '../support/enumerate-runs';
import { CHOICE_STYLES, type ChoiceStyle } from './choice-styles';

export interface RuleOfThumbPlayer {
  name: string;
  /** Would this player pick `chosen` from `offered` at this decision? */
  wouldPick(offered: Choice[], chosen: Choice, styleOf: (choice: Choice) => ChoiceStyle[]): boolean;
}

function stylePlayer(name: string, style: ChoiceStyle): RuleOfThumbPlayer {
  return {
    name,
    wouldPick: (offered, chosen, styleOf) =>
      styleOf(chosen).includes(style) || !offered.some((choice) => styleOf(choice).includes(style)),
  };
}

export const RULE_OF_THUMB_PLAYERS: RuleOfThumbPlayer[] = [
  stylePlayer('always delegates to the front line', 'delegate'),
  stylePlayer('always gives the customer what they ask', 'give'),
  stylePlayer('always asks first or gathers data', 'ask'),
  { name: 'always takes the first option', wouldPick: (offered, chosen) => offered[0] === chosen },
  {
    name: 'always takes the last option',
    wouldPick: (offered, chosen) => offered.at(-1) === chosen,
  },
  {
    name: 'always takes the longest option',
    wouldPick: (offered, chosen) =>
      offered.every((choice) => choice.text.length <= chosen.text.length),
  },
];

/** The styles the map gives a choice; throws for a choice the map does not classify. */
export function styleLookup(scenarioId: string, nodeId: string): (choice: Choice) => ChoiceStyle[] {
  return (choice) => {
    const styles = CHOICE_STYLES[scenarioId]?.[nodeId]?.[choice.id];
    if (!styles)
      throw new Error(`${scenarioId}: ${nodeId}.${choice.id} is not in choice-styles.ts`);
    return styles;
  };
}

/**
 * Does every decision on the run match the player? A timed decision's timeout choice that was
 * not on offer (its `when` failed) is never a player's pick: the player always answers in time.
 */
export function follows(
  scenario: Scenario,
  run: EnumeratedRun,
  player: RuleOfThumbPlayer,
): boolean {
  return run.steps.every((step, index) => {
    const [nodeId, choiceId] = step.split(':');
    if (nodeId === undefined || choiceId === undefined) return true;
    const node = scenario.nodes[nodeId] as DecisionNode;
    const world = run.worlds[index];
    if (!world) throw new Error(`no world recorded for step ${step}`);
    const offered = offeredChoices(node, world);
    const chosen = offered.find((choice) => choice.id === choiceId);
    return (
      chosen !== undefined && player.wouldPick(offered, chosen, styleLookup(scenario.id, nodeId))
    );
  });
}
