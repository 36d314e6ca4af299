/**
 * A very small XML writer for the LMS manifests: elements, attributes in the order given, text
 * escaped, two-space indentation. Manifests are small and fixed in shape, so a tree of plain
 * objects is clearer than string templates and cannot produce unbalanced tags.
 */
export interface XmlElement {
  name: string;
  attributes?: Record<string, string | number | boolean | undefined>;
  children?: Array<XmlElement | undefined>;
  text?: string;
}

export function el(
  name: string,
  attributes: XmlElement['attributes'] = {},
  ...children: Array<XmlElement | string | undefined>
): XmlElement {
  const [first] = children;
  if (children.length === 1 && typeof first === 'string') return { name, attributes, text: first };
  return {
    name,
    attributes,
    children: children.map((child) =>
      typeof child === 'string' ? { name: '#text', text: child } : child,
    ),
  };
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function renderAttributes(attributes: XmlElement['attributes']): string {
  return Object.entries(attributes ?? {})
    .filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join('');
}

function render(element: XmlElement, depth: number): string {
  const indent = '  '.repeat(depth);
  if (element.name === '#text') return `${indent}${escapeXml(element.text ?? '')}`;
  const open = `${indent}<${element.name}${renderAttributes(element.attributes)}`;
  if (element.text !== undefined) return `${open}>${escapeXml(element.text)}</${element.name}>`;
  const children = (element.children ?? []).filter((child): child is XmlElement => !!child);
  if (children.length === 0) return `${open}/>`;
  const inner = children.map((child) => render(child, depth + 1)).join('\n');
  return `${open}>\n${inner}\n${indent}</${element.name}>`;
}

export function xmlDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${render(root, 0)}\n`;
}
