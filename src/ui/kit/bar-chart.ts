/**
 * The one bar chart: horizontal bars drawn with HTML and CSS, so labels are real text at the
 * page's font size (readable on a phone and a projector, wrapping instead of being cut) and
 * print like the rest of the page. The same numbers always sit in a table nearby, so the chart
 * is one image to assistive technology, labelled with every number.
 */
import { el } from './dom';

export interface Bar {
  label: string;
  /** null: nothing to draw (e.g. a dimension the scenario does not measure). */
  value: number | null;
  /** A CSS colour, usually a palette variable such as `var(--coral)`. */
  colour?: string;
  /** What is written after the bar; defaults to the value. */
  valueText?: string;
  /** Data attributes for the row, e.g. `{ dimension: 'adaptability' }`. */
  data?: Record<string, string>;
}

export interface BarChartOptions {
  /** The value of a full bar; defaults to the largest value (at least 1). */
  max?: number;
  /** Values at which to draw a faint guide line (e.g. 0, 50, 100). */
  ticks?: readonly number[];
  className?: string;
}

function share(value: number, max: number): number {
  return Math.min(100, Math.max(0, (100 * value) / max));
}

export function barChart(
  title: string,
  bars: readonly Bar[],
  options: BarChartOptions = {},
): HTMLElement {
  const max = options.max ?? Math.max(1, ...bars.map((bar) => bar.value ?? 0));
  const label = `${title}: ${bars.map((bar) => `${bar.label} ${bar.valueText ?? bar.value ?? '–'}`).join(', ')}`;
  const rows = bars.map((bar) => {
    const fill = el('span', { className: 'bar-fill' });
    if (bar.value !== null) fill.style.width = `${share(bar.value, max)}%`;
    if (bar.colour) fill.style.background = bar.colour;
    const track = el('span', { className: 'bar-track' }, [
      ...(options.ticks ?? []).map((tick) => {
        const line = el('span', { className: 'bar-tick' });
        line.style.left = `${share(tick, max)}%`;
        return line;
      }),
      fill,
    ]);
    const row = el('div', { className: 'bar-row' }, [
      el('span', { className: 'bar-label', text: bar.label }),
      track,
      el('span', { className: 'bar-value', text: bar.valueText ?? String(bar.value ?? '–') }),
    ]);
    for (const [name, value] of Object.entries(bar.data ?? {})) row.dataset[name] = value;
    return row;
  });
  const className = options.className ? `bar-chart ${options.className}` : 'bar-chart';
  return el('div', { className, attrs: { role: 'img', 'aria-label': label } }, rows);
}
