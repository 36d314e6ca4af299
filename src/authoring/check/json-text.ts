/**
 * From raw file content to a JSON value, refusing everything that is not plain, strict JSON:
 * oversized, empty, binary or non-UTF-8 files, a byte-order mark, comments, trailing commas,
 * keys repeated in one object (JSON.parse would silently keep the last) and absurd nesting.
 *
 * jsonc-parser's scanner is iterative but its `visit` is recursive, so the nesting depth is
 * measured with the scanner first and `visit` only runs on input of bounded depth.
 */
import { createScanner, visit, type JSONPath } from 'jsonc-parser';
import { MAX_FILE_BYTES } from '../../engine/scenario/schema';
import type { Finding } from './problem';
import { describeSyntaxError } from './syntax-messages';

/** Far deeper than any real scenario (about 12 levels plus nested conditions). */
export const MAX_NESTING = 64;

// Numeric values of jsonc-parser's `const enum SyntaxKind` (const enums cannot be imported
// under isolatedModules).
const OPEN_BRACE = 1;
const OPEN_BRACKET = 3;
const CLOSE_BRACE = 2;
const CLOSE_BRACKET = 4;
const END_OF_FILE = 17;

export type JsonReadResult = { ok: true; value: unknown } | { ok: false; findings: Finding[] };

const fail = (message: string, path: Finding['path'] = []): JsonReadResult => ({
  ok: false,
  findings: [{ path, message }],
});

export function utf8ByteLength(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}

export function fileTooLargeMessage(bytes: number): string {
  const megabytes = (bytes / 1_000_000).toFixed(1);
  return `the file is too large (${megabytes} MB); a scenario file may be at most 1 MB, so split it into smaller scenarios`;
}

/** Bytes → text, or the sentence explaining why these bytes are not a UTF-8 text file. */
function decodeBytes(bytes: Uint8Array): { text: string } | { message: string } {
  if (bytes.includes(0)) {
    return {
      message:
        'the file is not a text file (it contains binary data, or it was saved as UTF-16); save it as UTF-8 text',
    };
  }
  try {
    // ignoreBOM keeps a byte-order mark in the text so it can be reported like any other flaw.
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return {
      message:
        'the file is not UTF-8 text (perhaps it was saved in another encoding such as Windows-1252); save it as UTF-8',
    };
  }
}

function contentToText(content: string | Uint8Array): { text: string } | { message: string } {
  if (typeof content !== 'string') {
    if (content.byteLength > MAX_FILE_BYTES)
      return { message: fileTooLargeMessage(content.byteLength) };
    return decodeBytes(content);
  }
  // A character is at least one byte, so long text is too large without measuring it.
  const bytes = content.length > MAX_FILE_BYTES ? content.length : utf8ByteLength(content);
  if (bytes > MAX_FILE_BYTES) return { message: fileTooLargeMessage(bytes) };
  if (content.includes('\u0000')) {
    return {
      message: 'the file is not a text file (it contains binary data); save it as UTF-8 text',
    };
  }
  return { text: content };
}

/** The deepest nesting of [ ] and { }, stopping as soon as it passes the limit. */
function nestingDepth(text: string): number {
  const scanner = createScanner(text, true);
  let depth = 0;
  let deepest = 0;
  for (let token = scanner.scan(); token !== END_OF_FILE; token = scanner.scan()) {
    if (token === OPEN_BRACE || token === OPEN_BRACKET) {
      depth += 1;
      deepest = Math.max(deepest, depth);
      if (deepest > MAX_NESTING) break;
    } else if (token === CLOSE_BRACE || token === CLOSE_BRACKET) {
      depth = Math.max(0, depth - 1);
    }
  }
  return deepest;
}

const position = (line: number, character: number): string =>
  `line ${line + 1}, column ${character + 1}`;

/** The first syntax error (later ones are usually echoes of it) and every repeated key. */
function strictJsonFindings(text: string): Finding[] {
  let syntaxError: Finding | undefined;
  const duplicates: Finding[] = [];
  const openObjects: Array<Map<string, string>> = [];
  visit(
    text,
    {
      onError: (code, offset, _length, line, character) => {
        syntaxError ??= {
          path: [],
          message: `${position(line, character)}: ${describeSyntaxError(code, text, offset)}`,
        };
      },
      onObjectBegin: () => {
        openObjects.push(new Map());
      },
      onObjectEnd: () => {
        openObjects.pop();
      },
      onObjectProperty: (name, _offset, _length, line, character, pathSupplier) => {
        const seen = openObjects[openObjects.length - 1];
        if (!seen) return;
        const here = position(line, character);
        const first = seen.get(name);
        if (first === undefined) {
          seen.set(name, here);
          return;
        }
        const path: JSONPath = [...pathSupplier(), name];
        duplicates.push({
          path: path.map((segment) => (typeof segment === 'number' ? segment : String(segment))),
          message: `the field "${name}" appears twice in the same group (${first} and ${here}); JSON keeps only the last one silently, so remove or rename one of them`,
        });
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  return syntaxError ? [syntaxError] : duplicates;
}

/** Reads file content as strict JSON; every failure is a finding, never an exception. */
export function readJson(content: string | Uint8Array): JsonReadResult {
  const decoded = contentToText(content);
  if ('message' in decoded) return fail(decoded.message);
  const text = decoded.text;
  if (text.trim() === '') {
    return fail(
      'the file is empty; a scenario file holds one JSON object: { "formatVersion": 1, ... }',
    );
  }
  if (text.startsWith('\uFEFF')) {
    return fail(
      'the file starts with an invisible byte-order mark (BOM), which JSON does not allow; save it as "UTF-8" rather than "UTF-8 with BOM"',
    );
  }
  if (nestingDepth(text) > MAX_NESTING) {
    return fail(
      `the file nests lists [ ] and groups { } more than ${MAX_NESTING} levels deep; no scenario needs that, so the file was not read further`,
    );
  }
  const findings = strictJsonFindings(text);
  if (findings.length > 0) return { ok: false, findings };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail(`the file is not valid JSON (${detail})`);
  }
}
