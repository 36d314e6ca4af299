/**
 * Why a session cannot join a workshop, in a facilitator's words: the decision by its title,
 * the choice by its text, the scenario by its title; never internal ids or input numbers.
 * Pure: it replays the part of the run before the problem to see where the participant was.
 */
import type { ScenarioNode as Node, Scenario } from '../engine/scenario/schema';
import { hashScenario as hashOf } from '../engine/session/hash';
import { replay, type ReplayFailure } from '../engine/session/replay';
import { findOfferedChoice } from '../engine/run/steps';
import type { RunContext } from '../engine/run/types';
import type { SessionInput, SessionLog } from '../engine/session/types';
import type { Library } from './types';

const EXCERPT = 60;

/** A node as a facilitator knows it: its title, else the start of its text in quotes. */
export function nodeName(node: Node | undefined): string {
  if (!node) return 'a part of the story this scenario does not have';
  if (node.title) return `“${node.title}”`;
  const text = node.text.replace(/\s+/g, ' ').trim();
  return `“${text.length > EXCERPT ? `${text.slice(0, EXCERPT).trimEnd()}…` : text}”`;
}

/** Library scenarios do not change while the page is open: each is hashed once. */
const hashes = new WeakMap<Scenario, string>();
function hashScenario(scenario: Scenario): string {
  let hash = hashes.get(scenario);
  if (hash === undefined) {
    hash = hashOf(scenario);
    hashes.set(scenario, hash);
  }
  return hash;
}

/** A node's title, or the start of its text (not quoted): for headings and lists. */
export function nodeTitle(node: Node | undefined): string {
  return nodeName(node).replace(/^“|”$/g, '');
}

/** The library scenario whose content matches the one the session was recorded on, if any. */
function recordedOn(log: SessionLog, library: Library, except: Scenario): Scenario | null {
  for (const { scenario } of library.values()) {
    if (scenario !== except && hashScenario(scenario) === log.scenarioHash) return scenario;
  }
  return null;
}

export function unknownScenarioReason(log: SessionLog, library: Library): string {
  for (const { scenario } of library.values()) {
    if (hashScenario(scenario) === log.scenarioHash)
      return `This session belongs to scenario “${scenario.title}”, but its file names a scenario this game does not have (“${log.scenarioId}”).`;
  }
  return `This session belongs to scenario “${log.scenarioId}”, which is not in this version of the game.`;
}

function choiceText(node: Node | undefined, choiceId: string): string | null {
  if (node?.kind !== 'decision') return null;
  const choice = node.choices.find((candidate) => candidate.id === choiceId);
  return choice ? `“${choice.text}”` : null;
}

function chooseProblem(scenario: Scenario, context: RunContext, choiceId: string, at: number) {
  const node = scenario.nodes[context.nodeId];
  const where = nodeName(node);
  if (node?.kind !== 'decision')
    return `At ${where} it records a choice where there was nothing to choose.`;
  const text = choiceText(node, choiceId);
  if (!text) return `At the decision ${where} it records a choice this decision does not have.`;
  if (!findOfferedChoice(scenario, context, choiceId))
    return `At the decision ${where} it records the choice ${text}, which was not offered there.`;
  if (context.deadline !== null && at >= context.deadline)
    return `At the decision ${where} it records the choice ${text} after the time limit had run out.`;
  return `At the decision ${where} the choice ${text} was not accepted.`;
}

function inputProblem(
  scenario: Scenario,
  context: RunContext,
  input: SessionInput,
  previousAt: number,
): string {
  const where = nodeName(scenario.nodes[context.nodeId]);
  if (context.endingOutcome !== undefined) return 'It goes on after the run had already ended.';
  if (!Number.isFinite(input.at) || input.at < previousAt)
    return `At ${where} its times go backwards.`;
  if (input.type === 'choose') return chooseProblem(scenario, context, input.choiceId, input.at);
  if (input.type === 'continue') return `At the decision ${where} it moves on without a choice.`;
  return context.deadline === null
    ? `At ${where} it records running out of time where there was no time limit.`
    : `At the decision ${where} it records running out of time before the time limit.`;
}

/**
 * The facilitator's sentence for a session the engine could not replay against `scenario`.
 * A session recorded on another scenario of the library says so; one whose input is at fault
 * says where the participant was and what it records there.
 */
export function replayReason(
  scenario: Scenario,
  log: SessionLog,
  failure: ReplayFailure,
  library: Library,
): string {
  const other =
    log.scenarioHash !== hashScenario(scenario) ? recordedOn(log, library, scenario) : null;
  if (other)
    return `This session belongs to scenario “${other.title}”, not “${scenario.title}”: its file names the wrong scenario.`;
  const index = failure.atInput;
  const input = index === undefined ? undefined : log.inputs[index];
  if (index === undefined || !input) return failure.message;
  const before = replay(scenario, {
    ...log,
    inputs: log.inputs.slice(0, index),
    result: undefined,
  });
  if (!before.ok) return failure.message;
  const previousAt = log.inputs[index - 1]?.at ?? 0;
  const problem = inputProblem(scenario, before.final, input, previousAt);
  return `This session cannot be replayed on “${scenario.title}”. ${problem}`;
}
