/**
 * Small DOM builders. Text is always set with textContent: scenario files are text, never HTML.
 */
type Attributes = Record<string, string | number | boolean | undefined>;

export interface ElementSpec {
  className?: string;
  text?: string;
  attrs?: Attributes;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (event: HTMLElementEventMap[K]) => void }>;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  spec: ElementSpec = {},
  children: Array<Node | null | undefined> = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (spec.className) element.className = spec.className;
  if (spec.text !== undefined) element.textContent = spec.text;
  for (const [name, value] of Object.entries(spec.attrs ?? {})) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [type, listener] of Object.entries(spec.on ?? {})) {
    element.addEventListener(type, listener as EventListener);
  }
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

export function clear(element: HTMLElement): void {
  element.replaceChildren();
}
