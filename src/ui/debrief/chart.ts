/**
 * The three dimensions on a 0–100 scale: the kit's bar chart and the same numbers in a table,
 * so the figures reach screen readers and print identically.
 */
import { DIMENSION_NAMES } from '../../engine/profile/archetypes';
import { scoreBand } from '../../engine/profile/bands';
import { DIMENSIONS } from '../../engine/scenario/schema';
import type { Dimension } from '../../engine/scenario/schema';
import { barChart, el, table } from '../kit';
import { NOT_MEASURED, scoreText } from './figures';

export type ScoreSet = Record<Dimension, number | null>;

/** The palette variable of each dimension's colour (set by ui/palette.ts). */
export function dimensionColourVar(dimension: Dimension): string {
  return `var(--dim-${dimension})`;
}

/** The bar chart; one image to assistive technology, labelled with every number. */
export function scoreChart(scores: ScoreSet): HTMLElement {
  const bars = DIMENSIONS.map((dimension) => ({
    label: DIMENSION_NAMES[dimension],
    value: scores[dimension],
    valueText: scoreText(scores[dimension]),
    colour: dimensionColourVar(dimension),
    data: { dimension },
  }));
  return barChart('Scores out of 100', bars, {
    max: 100,
    ticks: [0, 50, 100],
    className: 'debrief-chart',
  });
}

/** A score's band word (bands.ts); a dash where the dimension is not measured. */
export function bandText(score: number | null): string {
  return score === null ? '—' : scoreBand(score);
}

/** The same numbers as a table: "Dimension | Score (0–100) | Band", "not measured" where null. */
export function scoreTable(scores: ScoreSet, caption = 'Your scores'): HTMLTableElement {
  const rows = DIMENSIONS.map((dimension) => [
    DIMENSION_NAMES[dimension],
    scoreText(scores[dimension]),
    bandText(scores[dimension]),
  ]);
  return table(caption, ['Dimension', 'Score (0–100)', 'Band'], rows, {
    rowHeaders: true,
    className: 'debrief-table',
    rowData: DIMENSIONS.map((dimension) => ({ dimension })),
  });
}

/** Chart and table side by side, with a note when some dimension is not measured. */
export function scoreFigure(scores: ScoreSet, caption?: string): HTMLElement {
  const figure = el('div', { className: 'debrief-score-figure' }, [
    scoreChart(scores),
    scoreTable(scores, caption),
  ]);
  if (DIMENSIONS.some((dimension) => scores[dimension] === null)) {
    figure.append(
      el('p', {
        className: 'debrief-note',
        text: `"${NOT_MEASURED}" means this scenario has no choice that moves that dimension, so it gives no reading of it.`,
      }),
    );
  }
  return figure;
}
