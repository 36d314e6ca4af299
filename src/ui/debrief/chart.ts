/**
 * The three dimensions on a 0–100 scale: a horizontal bar chart in SVG (built with DOM APIs)
 * and the same numbers in a table, so the figures reach screen readers and print identically.
 */
import { dimensionColour, palette } from '../../app/theme';
import { DIMENSION_NAMES } from '../../engine/profile/archetypes';
import { DIMENSIONS } from '../../engine/scenario/schema';
import type { Dimension } from '../../engine/scenario/schema';
import { element, table } from './dom';
import { NOT_MEASURED, scoreText } from './figures';

const SVG_NS = 'http://www.w3.org/2000/svg';
const LABEL_WIDTH = 150;
const BAR_WIDTH = 300;
const ROW_HEIGHT = 44;
const TOP = 24;
const WIDTH = LABEL_WIDTH + BAR_WIDTH + 60;

export type ScoreSet = Record<Dimension, number | null>;

function svgNode<K extends keyof SVGElementTagNameMap>(
  doc: Document,
  tag: K,
  attributes: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const node = doc.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

function chartLabel(scores: ScoreSet): string {
  const parts = DIMENSIONS.map(
    (dimension) => `${DIMENSION_NAMES[dimension]} ${scoreText(scores[dimension])}`,
  );
  return `Scores out of 100: ${parts.join(', ')}`;
}

function scaleLines(doc: Document, height: number): SVGGElement {
  const group = svgNode(doc, 'g', { class: 'debrief-chart-scale' });
  for (const tick of [0, 50, 100]) {
    const x = LABEL_WIDTH + (BAR_WIDTH * tick) / 100;
    group.append(
      svgNode(doc, 'line', { x1: x, x2: x, y1: TOP - 6, y2: height - 4, stroke: palette.line }),
    );
    group.append(
      svgNode(
        doc,
        'text',
        { x, y: TOP - 10, 'text-anchor': 'middle', 'font-size': 12 },
        String(tick),
      ),
    );
  }
  return group;
}

function bar(
  doc: Document,
  dimension: Dimension,
  score: number | null,
  index: number,
): SVGGElement {
  const y = TOP + index * ROW_HEIGHT;
  const group = svgNode(doc, 'g', { 'data-dimension': dimension });
  group.append(
    svgNode(doc, 'text', { x: 0, y: y + 24, 'font-size': 15 }, DIMENSION_NAMES[dimension]),
  );
  group.append(
    svgNode(doc, 'rect', {
      x: LABEL_WIDTH,
      y: y + 8,
      width: BAR_WIDTH,
      height: 24,
      rx: 4,
      class: 'debrief-chart-track',
    }),
  );
  if (score !== null) {
    const width = (BAR_WIDTH * Math.min(100, Math.max(0, score))) / 100;
    group.append(
      svgNode(doc, 'rect', {
        x: LABEL_WIDTH,
        y: y + 8,
        width,
        height: 24,
        rx: 4,
        fill: dimensionColour[dimension],
      }),
    );
  }
  const valueX = LABEL_WIDTH + BAR_WIDTH + 8;
  group.append(
    svgNode(
      doc,
      'text',
      { x: valueX, y: y + 25, 'font-size': 15 },
      score === null ? '—' : String(score),
    ),
  );
  return group;
}

/** The bar chart; `role="img"` with a label carrying every number. */
export function scoreChart(doc: Document, scores: ScoreSet): SVGSVGElement {
  const height = TOP + DIMENSIONS.length * ROW_HEIGHT + 4;
  const svg = svgNode(doc, 'svg', {
    viewBox: `0 0 ${WIDTH} ${height}`,
    role: 'img',
    'aria-label': chartLabel(scores),
    class: 'debrief-chart',
  });
  svg.append(scaleLines(doc, height));
  DIMENSIONS.forEach((dimension, index) =>
    svg.append(bar(doc, dimension, scores[dimension], index)),
  );
  return svg;
}

/** The same numbers as a table: "Dimension | Score (0–100)", "not measured" where null. */
export function scoreTable(
  doc: Document,
  scores: ScoreSet,
  caption = 'Your scores',
): HTMLTableElement {
  const rows = DIMENSIONS.map((dimension) => [
    DIMENSION_NAMES[dimension],
    scoreText(scores[dimension]),
  ]);
  const result = table(doc, caption, ['Dimension', 'Score (0–100)'], rows);
  result.querySelectorAll('tbody tr').forEach((row, index) => {
    const dimension = DIMENSIONS[index];
    if (dimension) row.setAttribute('data-dimension', dimension);
  });
  return result;
}

/** Chart and table side by side, with a note when some dimension is not measured. */
export function scoreFigure(doc: Document, scores: ScoreSet, caption?: string): HTMLElement {
  const figure = element(doc, 'div', { className: 'debrief-score-figure' }, [
    scoreChart(doc, scores),
    scoreTable(doc, scores, caption),
  ]);
  if (DIMENSIONS.some((dimension) => scores[dimension] === null)) {
    figure.append(
      element(doc, 'p', {
        className: 'debrief-note',
        text: `"${NOT_MEASURED}" means this scenario has no choice that moves that dimension, so it gives no reading of it.`,
      }),
    );
  }
  return figure;
}
