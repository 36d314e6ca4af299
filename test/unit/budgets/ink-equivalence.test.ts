/**
 * The inkjs comparison is only fair if the ink story is the same story. These tests walk the
 * ink story and our pure step functions in lockstep with the bench's choice policy: at every
 * step both must be at the same node, show the same text, offer the same choices in the same
 * order and hold the same meters, flags and scores. Where an event draws an outcome, ink's
 * draw (read from its tag) is imposed on our run, since the two engines have different PRNGs.
 */
import fc from 'fast-check';
import { Compiler, Story } from 'inkjs/full';
import { describe, expect, it } from 'vitest';
import { drawWeighted } from '../../../src/engine/run/rng';
import { currentNode, drawEventOutcome, initialContext } from '../../../src/engine/run/steps';
import type { RunContext, RunEvent } from '../../../src/engine/run/types';
import { offeredChoices } from '../../../src/engine/scenario/rules';
import type { Scenario } from '../../../src/engine/scenario/schema';
import { DIMENSIONS } from '../../../src/engine/scenario/schema';
import { arbitraryScenario, generateLayeredScenario } from '../../support/generate-scenario';
import { inkNames, inkText, scenarioToInk } from '../../../bench/ink-story';
import { enterNode, pickIndex, stepOn } from '../../../bench/runners';

function compile(scenario: Scenario): Story {
  const compiler = new Compiler(scenarioToInk(scenario, { tagNodes: true }));
  let json: string | void;
  try {
    json = compiler.Compile().ToJson();
  } catch (error) {
    // Compile() only says "Compilation failed": the compiler's own messages say why.
    expect(compiler.errors).toEqual([]);
    throw error;
  }
  if (!json) throw new Error('no ink JSON');
  return new Story(json);
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Our context entering its node, with an event's outcome forced to `outcome` (ink's draw). */
function enterWith(
  scenario: Scenario,
  context: RunContext,
  outcome: number | undefined,
): RunContext {
  const node = currentNode(scenario, context);
  if (node.kind !== 'event' || outcome === undefined) return enterNode(scenario, context);
  const weights = node.outcomes.map((item) => item.weight);
  let state = 0;
  while (drawWeighted(weights, state).index !== outcome) state += 1;
  return drawEventOutcome(scenario, { ...context, rngState: state });
}

function expectSameWorld(scenario: Scenario, story: Story, context: RunContext): void {
  const names = inkNames(scenario);
  for (const [id, name] of names.meter)
    expect(story.variablesState[name], `meter ${id}`).toBeCloseTo(context.meters[id] ?? 0, 6);
  for (const [id, name] of names.flag)
    expect(story.variablesState[name], `flag ${id}`).toBe(context.flags[id] === true);
  for (const dimension of DIMENSIONS)
    expect(story.variablesState[`s_${dimension}`], dimension).toBe(context.scores[dimension]);
}

/** Plays one run on both engines in lockstep; returns the number of inputs. */
function walkInLockstep(scenario: Scenario, story: Story, seed: number): number {
  story.ResetState();
  story.state.storySeed = seed;
  let context = initialContext(scenario, { seed, timePressure: 'off' });
  let rng = seed;
  for (let inputs = 0; ; inputs += 1) {
    const lines: string[] = [];
    const tags: string[] = [];
    while (story.canContinue) {
      lines.push(story.Continue() ?? '');
      tags.push(...(story.currentTags ?? []));
    }
    const outcomeTag = tags.find((tag) => tag.startsWith('outcome:'));
    context = enterWith(scenario, context, outcomeTag ? Number(outcomeTag.slice(8)) : undefined);
    const node = currentNode(scenario, context);
    expect(tags).toContain(`node:${context.nodeId}`);
    const outcomeText =
      node.kind === 'event' ? node.outcomes[context.drawnOutcome ?? -1]?.text : undefined;
    expect(normalise(lines.join(' '))).toBe(
      normalise([node.text, outcomeText].filter(Boolean).join(' ')),
    );
    expectSameWorld(scenario, story, context);
    const inkChoices = story.currentChoices.map((choice) => normalise(choice.text));
    if (node.kind === 'ending') {
      expect(inkChoices).toEqual([]);
      return inputs;
    }
    const ours = node.kind === 'decision' ? offeredChoices(node, context) : [];
    expect(inkChoices).toEqual(
      node.kind === 'decision' ? ours.map((c) => normalise(c.text)) : ['Continue'],
    );
    const pick = node.kind === 'decision' ? pickIndex(ours.length, rng) : { index: 0, rng };
    rng = pick.rng;
    const at = context.now + 1000;
    const event: RunEvent =
      node.kind === 'decision'
        ? { type: 'player.choose', choiceId: ours[pick.index]?.id ?? '', at }
        : { type: 'player.continue', at };
    story.ChooseChoiceIndex(pick.index);
    context = stepOn(scenario, context, event);
  }
}

describe('the ink story written for the inkjs bench', () => {
  it('walks a layered scenario exactly like our engine, run after run', () => {
    const scenario = generateLayeredScenario({ nodes: 60, seed: 3, width: 4 });
    const story = compile(scenario);
    for (let seed = 1; seed <= 25; seed += 1)
      expect(walkInLockstep(scenario, story, seed)).toBeGreaterThan(5);
  });

  it('walks random valid scenarios exactly like our engine', () => {
    fc.assert(
      fc.property(arbitraryScenario(), fc.nat({ max: 1000 }), (scenario, seed) => {
        walkInLockstep(scenario, compile(scenario), seed);
      }),
      { numRuns: 25 },
    );
  });

  it('keeps ink syntax in scenario text as plain text', () => {
    const scenario = generateLayeredScenario({ nodes: 20, seed: 4, width: 2 });
    const tricky =
      'Refund {50%} -> [now] # tag // not a comment /* nor this */ * + - ~ = | \\ <> : ^ "quoted"';
    for (const node of Object.values(scenario.nodes)) node.text = tricky;
    walkInLockstep(scenario, compile(scenario), 7);
    expect(inkText('a-b')).toBe('a\\-b');
  });
});
