/**
 * Property: the numbers "why this ending" shows are the engine's own. Random valid scenarios are
 * played through the real run machine (replayed from a session log, chance drawn by the seed,
 * timeouts included); the story's meters and flags equal the final context, every branch's
 * readings add up from the start value and equal the engine's context where it has one, every
 * threshold is the scenario's, and every branch sends the run where the engine sent it.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { profileOfLog } from '../../../src/engine/profile/profile-of-log';
import type { ConditionCheck } from '../../../src/engine/profile/ending-story-types';
import type { Condition, Scenario } from '../../../src/engine/scenario/schema';
import { initialWorld } from '../../../src/engine/scenario/rules';
import { playLog } from '../../support/play-log';
import type { RunContext } from '../../../src/engine/run/types';
import { arbitraryScenario } from '../../support/generate-scenario';
import { libraryEntry } from '../../support/library';

/** The check has the scenario condition's shape, thresholds and flags, and reads the given world. */
function expectSameCondition(
  condition: Condition,
  check: ConditionCheck,
  world: RunContext | undefined,
): void {
  if ('all' in condition || 'any' in condition) {
    const parts = 'all' in condition ? condition.all : condition.any;
    expect(check.kind).toBe('all' in condition ? 'all' : 'any');
    if (check.kind !== 'all' && check.kind !== 'any') return;
    parts.forEach((part, index) => expectSameCondition(part, check.parts[index]!, world));
  } else if ('flag' in condition || 'notFlag' in condition) {
    expect(check).toMatchObject({
      kind: 'flag',
      flag: 'flag' in condition ? condition.flag : condition.notFlag,
    });
    if (world && check.kind === 'flag') expect(check.actual).toBe(world.flags[check.flag] === true);
  } else {
    const threshold = 'gte' in condition ? condition.gte : condition.lte;
    expect(check).toMatchObject({ kind: 'meter', meter: condition.meter, threshold });
    if (world && check.kind === 'meter') expect(check.actual).toBe(world.meters[check.meter] ?? 0);
  }
}

function branchListOf(scenario: Scenario, context: RunContext, step: number) {
  const entry = context.history[step]!;
  const node = scenario.nodes[entry.nodeId]!;
  if (node.kind === 'narrative') return node.next;
  if (node.kind === 'decision') return node.choices.find((c) => c.id === entry.choiceId)!.next;
  if (node.kind === 'event') return node.outcomes[entry.outcomeIndex!]!.next;
  return undefined;
}

describe('the ending story against the engine', () => {
  it('shows the engine context’s numbers for every run of random scenarios', () => {
    fc.assert(
      fc.property(
        arbitraryScenario(),
        fc.nat(),
        fc.array(fc.nat({ max: 7 }), { maxLength: 12 }),
        (scenario, seed, picks) => {
          const { scoring } = libraryEntry(scenario);
          const result = profileOfLog(
            scenario,
            scoring,
            playLog(scenario, seed, (_, turn) => {
              const pick = picks[turn % Math.max(1, picks.length)] ?? 1;
              return pick === 0 ? 'timeout' : pick;
            }),
          );
          if (!result.ok || !result.profile) throw new Error('the run did not end');
          const { final, snapshots } = result;
          const story = result.profile.endingStory;
          expect(story.final.meters).toEqual(final.meters);
          expect(story.final.flags).toEqual(final.flags);
          expect(story.endingId).toBe(final.nodeId);
          for (const gate of story.gates) {
            // The context right after this step; when it entered a chance event, the draw is in it too.
            const after = snapshots[gate.step + 1];
            const world = after && after.drawnOutcome === undefined ? after : undefined;
            expect(gate.to).toBe(final.history[gate.step + 1]?.nodeId ?? final.nodeId);
            for (const reading of gate.meters) {
              expect(reading.initial).toBe(initialWorld(scenario).meters[reading.meter] ?? 0);
              expect(
                reading.initial + reading.moves.reduce((sum, move) => sum + (move.delta ?? 0), 0),
              ).toBe(reading.value);
              if (world) expect(reading.value).toBe(world.meters[reading.meter] ?? 0);
            }
            for (const flag of gate.flags)
              if (world) expect(flag.value).toBe(world.flags[flag.flag] === true);
            const branches = branchListOf(scenario, final, gate.step);
            if (!Array.isArray(branches)) throw new Error('a gate without a branch list');
            gate.entries.forEach((entry, index) => {
              const when = branches[index]!.when;
              expect(entry.to).toBe(branches[index]!.next);
              if (when && entry.when) expectSameCondition(when, entry.when, world);
              else expect(entry.when).toBeUndefined();
            });
            expect(gate.entries[gate.taken]?.to).toBe(gate.to);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
