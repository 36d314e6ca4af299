/**
 * Building blocks shared by the scenario generators: conditions, effects, scores and the
 * "next" of a slot. Everything they produce is valid against `scenarioSchema` and only names
 * meters, flags and principles the generated scenario declares.
 */
import type { BranchEntry, Condition, Next, Scores } from '../../src/engine/scenario/schema';
import { DIMENSIONS } from '../../src/engine/scenario/schema';
import { chance, pickOne, type Entropy } from './entropy';

export interface Vocabulary {
  /** Meter ids that conditions may read and effects may change. */
  meters: string[];
  flags: string[];
  /** Meter thresholds and deltas are drawn from these. */
  thresholds: number[];
  deltas: number[];
}

/** A condition at most `depth` levels deep, on the vocabulary's flags and meters. */
export function randomCondition(entropy: Entropy, vocabulary: Vocabulary, depth = 2): Condition {
  const kinds = ['flag', 'notFlag'];
  if (vocabulary.meters.length > 0) kinds.push('gte', 'lte');
  if (depth > 0) kinds.push('all', 'any');
  const kind = pickOne(entropy, kinds);
  switch (kind) {
    case 'flag':
      return { flag: pickOne(entropy, vocabulary.flags) };
    case 'notFlag':
      return { notFlag: pickOne(entropy, vocabulary.flags) };
    case 'gte':
      return {
        meter: pickOne(entropy, vocabulary.meters),
        gte: pickOne(entropy, vocabulary.thresholds),
      };
    case 'lte':
      return {
        meter: pickOne(entropy, vocabulary.meters),
        lte: pickOne(entropy, vocabulary.thresholds),
      };
    default: {
      const parts = [randomCondition(entropy, vocabulary, depth - 1)];
      if (chance(entropy, 2)) parts.push(randomCondition(entropy, vocabulary, depth - 1));
      return kind === 'all' ? { all: parts } : { any: parts };
    }
  }
}

/** Meter changes and flag sets, each part present only sometimes. */
export function randomEffects(
  entropy: Entropy,
  vocabulary: Vocabulary,
): { meters?: Record<string, number>; set?: Record<string, boolean> } {
  const effects: { meters?: Record<string, number>; set?: Record<string, boolean> } = {};
  for (const meter of vocabulary.meters) {
    if (!chance(entropy, 2)) continue;
    effects.meters = { ...effects.meters, [meter]: pickOne(entropy, vocabulary.deltas) };
  }
  if (chance(entropy, 3)) {
    effects.set = { [pickOne(entropy, vocabulary.flags)]: !chance(entropy, 4) };
  }
  return effects;
}

/** Scores from -3 to 3; a dimension is sometimes left out (it then counts as 0). */
export function randomScores(entropy: Entropy): Partial<Scores> | undefined {
  const scores: Partial<Scores> = {};
  for (const dimension of DIMENSIONS) {
    if (chance(entropy, 5)) continue;
    scores[dimension] = entropy.below(7) - 3;
  }
  return Object.keys(scores).length > 0 ? scores : undefined;
}

/**
 * The `next` of one slot (a choice, an outcome, a narrative) that must be able to reach
 * `target`: the id itself, or a branch list whose last, unconditional entry is `target` and
 * whose earlier entries lead to other allowed targets under random conditions.
 */
export function randomNext(
  entropy: Entropy,
  vocabulary: Vocabulary,
  target: string,
  allowed: string[],
): Next {
  if (allowed.length < 2 || !chance(entropy, 3)) return target;
  const entries: BranchEntry[] = [];
  const conditional = 1 + entropy.below(2);
  for (let index = 0; index < conditional; index += 1) {
    entries.push({ when: randomCondition(entropy, vocabulary), next: pickOne(entropy, allowed) });
  }
  entries.push({ next: target });
  return entries;
}

/** A branch list that reaches every target: one conditional entry per target but the last. */
export function branchListOver(entropy: Entropy, vocabulary: Vocabulary, targets: string[]): Next {
  if (targets.length === 1) return targets[0] as string;
  const entries: BranchEntry[] = targets.map((next) => ({
    when: randomCondition(entropy, vocabulary),
    next,
  }));
  const last = entries[entries.length - 1] as BranchEntry;
  delete last.when;
  return entries;
}
