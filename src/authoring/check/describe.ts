/** Plain words for JSON values and types, as a non-programmer would name them. */

function quoteShort(text: string): string {
  const shortened = text.length > 40 ? `${text.slice(0, 37)}...` : text;
  return JSON.stringify(shortened);
}

/** "text ("30")", "the number 5", "true", "a list [ ... ]", … */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null (empty)';
  if (typeof value === 'string') return `text (${quoteShort(value)})`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `${value} (a yes/no value)`;
  if (Array.isArray(value)) return 'a list [ ... ]';
  return 'a group of fields { ... }';
}

const EXPECTED_WORDS: Record<string, string> = {
  string: 'text in "double quotes"',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list [ ... ]',
  object: 'a group of fields { ... }',
  record: 'a group of fields { ... }',
};

export function describeExpected(expected: string): string {
  return EXPECTED_WORDS[expected] ?? expected;
}
