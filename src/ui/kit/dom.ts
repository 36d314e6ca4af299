/**
 * The one way this product builds DOM. Text always goes in with textContent: scenario files,
 * session logs and participants' names are text, never HTML.
 */
type Attributes = Record<string, string | number | boolean | undefined>;

export interface ElementSpec {
  className?: string;
  text?: string;
  attrs?: Attributes;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (event: HTMLElementEventMap[K]) => void }>;
}

export type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  spec: ElementSpec = {},
  children: readonly Child[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (spec.className) element.className = spec.className;
  if (spec.text !== undefined) element.textContent = spec.text;
  setAttributes(element, spec.attrs ?? {});
  for (const [type, listener] of Object.entries(spec.on ?? {})) {
    element.addEventListener(type, listener as EventListener);
  }
  for (const child of children) if (child) element.append(child);
  return element;
}

function setAttributes(element: Element, attrs: Attributes): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element (QR codes, icons); attributes as for `el`, text as a text node. */
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Attributes = {},
  children: readonly Child[] = [],
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  setAttributes(element, attrs);
  for (const child of children) if (child) element.append(child);
  return element;
}

export function button(text: string, onClick: () => void, className = 'button'): HTMLButtonElement {
  return el('button', {
    className,
    text,
    attrs: { type: 'button' },
    on: { click: () => onClick() },
  });
}

/** Moves focus to a heading (made focusable for that) so screen readers start reading there. */
export function focusHeading(heading: HTMLElement): void {
  heading.setAttribute('tabindex', '-1');
  heading.focus({ preventScroll: false });
}

/** A `<section>` labelled by its own heading, so screen-reader users can jump between them. */
export function section(
  id: string,
  title: string,
  options: { level?: 2 | 3; className?: string } = {},
): HTMLElement {
  const headingId = `${id}-heading`;
  const heading = el(options.level === 3 ? 'h3' : 'h2', { text: title, attrs: { id: headingId } });
  return el(
    'section',
    {
      className: options.className ?? `section section-${id}`,
      attrs: { 'aria-labelledby': headingId },
    },
    [heading],
  );
}

export function paragraph(text: string, className?: string): HTMLParagraphElement {
  return el('p', className ? { text, className } : { text });
}

export function list(items: readonly string[], ordered = false): HTMLElement {
  return el(
    ordered ? 'ol' : 'ul',
    {},
    items.map((item) => el('li', { text: item })),
  );
}

/** A labelled form control: the label wraps the control, so the pair can't come apart. */
export function labelled(
  text: string,
  control: HTMLElement,
  className = 'field',
): HTMLLabelElement {
  return el('label', { className }, [el('span', { className: 'field-label', text }), control]);
}

export function selectOf(
  options: ReadonlyArray<{ value: string; text: string }>,
  selected?: string,
): HTMLSelectElement {
  const select = el('select');
  for (const option of options) {
    const item = el('option', { text: option.text, attrs: { value: option.value } });
    if (option.value === selected) item.selected = true;
    select.append(item);
  }
  return select;
}
