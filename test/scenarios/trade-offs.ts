import type { Scores } from '../../src/engine/scenario/schema';
import type { EnumeratedRun } from '../support/enumerate-runs';

/** Pairs of dimensions whose maxima no single complete run reaches together. */
export function conflictingMaxima(runs: EnumeratedRun[]): Array<[keyof Scores, keyof Scores]> {
  const dimensions: Array<keyof Scores> = ['customerFocus', 'adaptability', 'empowerment'];
  const best = Object.fromEntries(
    dimensions.map((d) => [d, Math.max(...runs.map((run) => run.scores[d]))]),
  ) as Scores;
  const conflicts: Array<[keyof Scores, keyof Scores]> = [];
  dimensions.forEach((a, i) => {
    for (const b of dimensions.slice(i + 1)) {
      const both = runs.some((run) => run.scores[a] === best[a] && run.scores[b] === best[b]);
      if (!both) conflicts.push([a, b]);
    }
  });
  return conflicts;
}
