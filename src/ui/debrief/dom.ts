/**
 * Small DOM builders for the debrief. Every piece of text goes in through `textContent`
 * (or a form control's `value`): scenario files and session logs are never parsed as HTML.
 */

export interface ElementOptions {
  className?: string;
  text?: string;
  attributes?: Record<string, string>;
}

export function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  options: ElementOptions = {},
  children: Array<Node | null | undefined> = [],
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (options.className) node.className = options.className;
  if (options.text !== undefined) node.textContent = options.text;
  for (const [name, value] of Object.entries(options.attributes ?? {}))
    node.setAttribute(name, value);
  for (const child of children) if (child) node.append(child);
  return node;
}

/** A `<section>` labelled by its own heading, so screen-reader users can jump between them. */
export function section(doc: Document, id: string, title: string, level: 2 | 3 = 2): HTMLElement {
  const headingId = `${id}-heading`;
  const wrapper = element(doc, 'section', {
    className: `debrief-section debrief-${id}`,
    attributes: { 'aria-labelledby': headingId },
  });
  wrapper.append(
    element(doc, level === 2 ? 'h2' : 'h3', { text: title, attributes: { id: headingId } }),
  );
  return wrapper;
}

export function paragraph(doc: Document, text: string, className?: string): HTMLParagraphElement {
  return element(doc, 'p', className ? { text, className } : { text });
}

export function list(doc: Document, items: string[], ordered = false): HTMLElement {
  const container = element(doc, ordered ? 'ol' : 'ul');
  for (const item of items) container.append(element(doc, 'li', { text: item }));
  return container;
}

/** A table with a caption, one header row and text cells; the first cell of a row is its header. */
export function table(
  doc: Document,
  caption: string,
  headers: string[],
  rows: string[][],
): HTMLTableElement {
  const result = element(doc, 'table', { className: 'debrief-table' });
  result.append(element(doc, 'caption', { text: caption }));
  const head = element(doc, 'thead');
  const headRow = element(doc, 'tr');
  for (const header of headers)
    headRow.append(element(doc, 'th', { text: header, attributes: { scope: 'col' } }));
  head.append(headRow);
  const body = element(doc, 'tbody');
  for (const cells of rows) {
    const row = element(doc, 'tr');
    cells.forEach((cell, index) => {
      row.append(
        index === 0
          ? element(doc, 'th', { text: cell, attributes: { scope: 'row' } })
          : element(doc, 'td', { text: cell }),
      );
    });
    body.append(row);
  }
  result.append(head, body);
  return result;
}

export function button(
  doc: Document,
  label: string,
  onClick: () => void,
  className = 'debrief-button',
): HTMLButtonElement {
  const result = element(doc, 'button', { text: label, className, attributes: { type: 'button' } });
  result.addEventListener('click', onClick);
  return result;
}

/** "+5", "−3", "0": signed differences read better than bare numbers in a comparison. */
export function signed(value: number): string {
  if (value > 0) return `+${value}`;
  if (value < 0) return `−${Math.abs(value)}`;
  return '0';
}
