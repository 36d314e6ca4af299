/**
 * jsonc-parser's error codes as sentences for people who edit JSON by hand. The codes are the
 * numeric values of its `const enum ParseErrorCode`.
 */

const MESSAGES: Record<number, string> = {
  1: 'unexpected characters here; JSON accepts only text in "double quotes", numbers, true, false, null, lists [ ] and groups { }',
  2: 'this number is not written the JSON way (write it like 12, -3 or 0.5, without leading zeros)',
  3: 'a field name in "double quotes" was expected here',
  4: 'a value was expected here',
  5: 'a colon ":" was expected here, between the field name and its value',
  6: 'a comma "," was expected here, between two items',
  7: 'a closing brace "}" was expected here: a group { ... } was left open',
  8: 'a closing bracket "]" was expected here: a list [ ... ] was left open',
  9: 'there is more text after the end of the JSON object; a file holds exactly one object',
  10: 'comments are not allowed in JSON; remove the comment',
  11: 'comments are not allowed in JSON, and this one is not even closed; remove it',
  12: 'this text has no closing double quote "',
  13: 'this number is cut short (write it like 12, -3 or 0.5)',
  14: 'a \\u escape in this text is not valid (it needs exactly four hexadecimal digits, like \\u00e9)',
  15: 'this text has an unknown escape after a backslash \\; to write a backslash itself, write \\\\',
  16: 'this text contains a control character such as a tab or a line break; write it as \\t or \\n instead',
};

const PROPERTY_NAME_EXPECTED = 3;
const VALUE_EXPECTED = 4;
const INVALID_SYMBOL = 1;

/** The last character before `offset` that is not white space. */
function previousVisibleCharacter(text: string, offset: number): string | undefined {
  for (let index = offset - 1; index >= 0; index -= 1) {
    const character = text[index] as string;
    if (!/\s/.test(character)) return character;
  }
  return undefined;
}

export function describeSyntaxError(code: number, text: string, offset: number): string {
  const here = text[offset];
  const closing = here === '}' || here === ']';
  if (
    (code === PROPERTY_NAME_EXPECTED || code === VALUE_EXPECTED) &&
    closing &&
    previousVisibleCharacter(text, offset) === ','
  ) {
    return `there is a comma right before this closing "${here}"; JSON allows no comma after the last item, so remove it`;
  }
  if (code === INVALID_SYMBOL && here === "'") {
    return `text and field names must be in "double quotes", not 'single quotes'`;
  }
  return MESSAGES[code] ?? 'the file is not valid JSON here';
}
