/**
 * A horizontal bar chart in SVG, built with DOM APIs (labels are text nodes, never markup).
 * The same numbers always sit in a table next to it, so the chart itself is role="img".
 */
import { palette } from '../app/theme';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface Bar {
  label: string;
  value: number;
  colour?: string;
}

function svgNode<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number>,
  text?: string,
) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Long choice texts are cut for the chart only; the table beside it has them in full. */
function shortLabel(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function barChart(
  title: string,
  bars: readonly Bar[],
  options: { large?: boolean } = {},
): SVGSVGElement {
  const scale = options.large ? 1.8 : 1;
  const labelWidth = 320 * scale;
  const barWidth = 360 * scale;
  const rowHeight = 34 * scale;
  const width = labelWidth + barWidth + 70 * scale;
  const height = rowHeight * bars.length + 8;
  const highest = Math.max(1, ...bars.map((bar) => bar.value));
  const total = bars.reduce((sum, bar) => sum + bar.value, 0);
  const svg = svgNode('svg', {
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    class: 'fac-chart',
  });
  svg.setAttribute(
    'aria-label',
    `${title}: ${bars.map((bar) => `${bar.label} ${bar.value}`).join(', ')}`,
  );
  svg.append(svgNode('title', {}, title));
  bars.forEach((bar, index) => {
    const y = index * rowHeight + 4;
    const length = (barWidth * bar.value) / highest;
    const share = total > 0 ? Math.round((100 * bar.value) / total) : 0;
    const fontSize = 14 * scale;
    svg.append(
      svgNode(
        'text',
        { x: 0, y: y + rowHeight * 0.62, 'font-size': fontSize, fill: palette.paper },
        shortLabel(bar.label, 38),
      ),
      svgNode('rect', {
        x: labelWidth,
        y: y + 4,
        width: barWidth,
        height: rowHeight - 10,
        rx: 4,
        fill: palette.ink,
      }),
      svgNode('rect', {
        x: labelWidth,
        y: y + 4,
        width: length,
        height: rowHeight - 10,
        rx: 4,
        fill: bar.colour ?? palette.coral,
      }),
      svgNode(
        'text',
        {
          x: labelWidth + barWidth + 8,
          y: y + rowHeight * 0.62,
          'font-size': fontSize,
          fill: palette.paper,
        },
        `${bar.value} (${share}%)`,
      ),
    );
  });
  return svg;
}
