/**
 * Result codes: a whole session log as one line of text a participant can paste into a chat,
 * an email or a facilitator's form (or show as a QR code), and that rebuilds the full debrief.
 *
 * Layout: `LSIM1.<payload>.<check>` where
 * - `LSIM` + `1` names the thing and its version, so a pasted code from elsewhere is refused clearly;
 * - payload = base64url of the deflated UTF-8 JSON of the log (deflate: logs are repetitive JSON);
 * - check = CRC-32 of everything before it, 8 hex digits, so a mistyped character is caught
 *   before we try to unpack anything.
 * '.' separates the parts because base64url itself uses '-' and '_'.
 * Reading tolerates whitespace and line breaks anywhere (codes get wrapped in emails).
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import type { SessionLog } from './types';
import { parseSessionLog } from './log';

export const RESULT_CODE_PREFIX = 'LSIM';
export const RESULT_CODE_VERSION = 1;
const HEADER = `${RESULT_CODE_PREFIX}${RESULT_CODE_VERSION}.`;
/**
 * Far above any real code (the longest run of the library is about 750 characters); stops a
 * pasted novel from being unpacked.
 */
export const MAX_RESULT_CODE_LENGTH = 100_000;
/**
 * The most a code may unpack to: the same limit as a session file (a real log is under 2 KB).
 * A code is compressed, so without this a small code could unpack to megabytes.
 */
export const MAX_SESSION_LOG_BYTES = 256 * 1024;

export type DecodeResult = { ok: true; log: SessionLog } | { ok: false; message: string };

export function encodeResultCode(log: SessionLog): string {
  const packed = deflateSync(strToU8(JSON.stringify(log)), { level: 9 });
  const body = HEADER + toBase64Url(packed);
  return `${body}.${crc32Hex(body)}`;
}

export function decodeResultCode(code: string): DecodeResult {
  const compact = code.replace(/\s+/g, '');
  const framing = checkFraming(compact);
  if (!framing.ok) return framing;
  const { body, payload, check } = framing;
  if (crc32Hex(body) !== check.toLowerCase()) {
    return fail(
      'The result code has a typo: its last 8 characters (the check) do not match the rest. Compare it with the original, character by character.',
    );
  }
  let text: string;
  try {
    text = unpack(payload);
  } catch (error) {
    if (error instanceof TooLarge)
      return fail(
        `The result code unpacks to more than ${MAX_SESSION_LOG_BYTES / 1024} KB, far more than any session; it cannot be read.`,
      );
    return fail(
      'The result code is damaged: its data cannot be unpacked. Copy the whole code again.',
    );
  }
  const parsed = parseSessionLog(text);
  if (!parsed.ok) return fail(`The result code does not hold a valid session: ${parsed.message}`);
  return { ok: true, log: parsed.log };
}

type Framing =
  { ok: true; body: string; payload: string; check: string } | { ok: false; message: string };

/** Prefix, version, the three parts and the alphabet, each with its own plain message. */
function checkFraming(compact: string): Framing {
  if (compact.length === 0)
    return fail(`The result code is empty. Paste the whole code; it starts with "${HEADER}".`);
  if (compact.length > MAX_RESULT_CODE_LENGTH)
    return fail(
      `This text is far too long to be a result code (${compact.length.toLocaleString('en')} characters; a result code has at most ${MAX_RESULT_CODE_LENGTH.toLocaleString('en')}).`,
    );
  const version = /^LSIM(\d+)\./i.exec(compact);
  if (!version)
    return fail(`This is not a result code from this game: a result code starts with "${HEADER}".`);
  if (Number(version[1]) !== RESULT_CODE_VERSION) {
    return fail(
      `This result code was made by a different version of the game (code version ${version[1]}); this version reads version ${RESULT_CODE_VERSION} codes.`,
    );
  }
  const parts = compact.slice(version[0].length).split('.');
  const [payload, check] = parts;
  if (parts.length !== 2 || !payload || !check) {
    return fail(
      'The result code is incomplete or has extra parts: copy the whole code, including its end.',
    );
  }
  const stray = /[^A-Za-z0-9_-]/.exec(payload) ?? /[^0-9a-fA-F]/.exec(check);
  if (stray)
    return fail(`The result code contains a character that cannot be part of it: "${stray[0]}".`);
  if (check.length !== 8)
    return fail('The end of the result code (its 8-character check) is cut short or too long.');
  return { ok: true, body: HEADER + payload, payload, check };
}

class TooLarge extends Error {}

/** Inflates into a buffer one byte over the limit: filling it means the log is too large. */
function unpack(payload: string): string {
  const out = new Uint8Array(MAX_SESSION_LOG_BYTES + 1);
  const bytes = inflateSync(fromBase64Url(payload), { out });
  if (bytes.length > MAX_SESSION_LOG_BYTES) throw new TooLarge();
  return strFromU8(bytes);
}

function fail(message: string): { ok: false; message: string } {
  return { ok: false, message };
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Throws on text that is not base64url (the caller turns that into a message). */
function fromBase64Url(text: string): Uint8Array {
  if (text.length % 4 === 1) throw new Error('impossible base64 length');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

const CRC_TABLE = buildCrcTable();

function buildCrcTable(): Uint32Array {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let bit = 0; bit < 8; bit += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
}

/** CRC-32 (IEEE) of an ASCII string as 8 lowercase hex digits. */
export function crc32Hex(text: string): string {
  let crc = 0xffffffff;
  for (let index = 0; index < text.length; index += 1) {
    crc = (CRC_TABLE[(crc ^ text.charCodeAt(index)) & 0xff] ?? 0) ^ (crc >>> 8);
  }
  return ((crc ^ 0xffffffff) >>> 0).toString(16).padStart(8, '0');
}

/** A result code found in a longer text, with the line (from 1) where it starts. */
export interface FoundCode {
  code: string;
  line: number;
}

/** A line break inside a code: trailing spaces, a quoted-printable "=", the next line's quote marks. */
const BREAK = '(?:[ \\t\\u00a0]*=?\\r?\\n[ \\t\\u00a0>]*)?';
/** "LSIM1." even when a wrapped line splits it. */
const CODE_START = new RegExp(['L', 'S', 'I', 'M', '\\d+', '\\.'].join(BREAK), 'gi');
const PAYLOAD_CHAR = /[A-Za-z0-9_-]/;
const CHECK_CHAR = /[0-9A-Fa-f]/;
/** Characters chat apps and editors slip into long words; never part of a code. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
const INLINE_SPACE = /[ \t\u00a0]/;

/**
 * Every result code in a pasted text: an email whose lines were wrapped (at 76 columns or any
 * width), quoted replies ("> LSIM1…", with the quote marks repeated on wrapped lines), chat logs
 * ("[10:42] Anna Berg: LSIM1…"), several codes on one line or many. Found codes are returned
 * without their line breaks, as written (not checked: `decodeResultCode` says what is wrong).
 */
export function extractResultCodes(text: string): FoundCode[] {
  const found: FoundCode[] = [];
  const start = new RegExp(CODE_START.source, 'gi');
  for (let match = start.exec(text); match; match = start.exec(text)) {
    const { rest, end } = readCodeBody(text, match.index + match[0].length);
    const header = match[0].replace(/[^A-Za-z0-9.]/g, '');
    found.push({ code: header + rest, line: lineAt(text, match.index) });
    start.lastIndex = end;
  }
  return found;
}

/**
 * Reads a code's payload and check from `from`. A line break only continues the code while the
 * code is incomplete (its 8-character check not yet read); the next line's quote marks and
 * indentation are skipped. Returns the characters read and where reading stopped.
 */
function readCodeBody(text: string, from: number): { rest: string; end: number } {
  let rest = '';
  let checkLength = -1; // -1 while in the payload, then the check characters read so far
  let at = from;
  while (at < text.length && checkLength < 8) {
    const char = text.charAt(at);
    if (INVISIBLE.test(char)) at += 1;
    else if (checkLength < 0 && PAYLOAD_CHAR.test(char)) rest += text.charAt(at++);
    else if (checkLength < 0 && char === '.') {
      rest += '.';
      checkLength = 0;
      at += 1;
    } else if (checkLength >= 0 && CHECK_CHAR.test(char)) {
      rest += char;
      checkLength += 1;
      at += 1;
    } else {
      const next = continuationAt(text, at);
      if (next === null) break;
      at = next;
    }
  }
  return { rest, end: at };
}

/**
 * Where a code broken at `at` carries on: past trailing spaces (and a quoted-printable "=")
 * at the end of the line, one line break, then the next line's quote marks and indentation.
 * Null when `at` is not the end of a line, or the next line does not go on with code.
 */
function continuationAt(text: string, at: number): number | null {
  let index = at;
  while (INLINE_SPACE.test(text.charAt(index))) index += 1;
  if (text.charAt(index) === '=' && /[\r\n]/.test(text.charAt(index + 1))) index += 1;
  if (text.charAt(index) === '\r') index += 1;
  if (text.charAt(index) !== '\n') return null;
  index += 1;
  while (INLINE_SPACE.test(text.charAt(index)) || text.charAt(index) === '>') index += 1;
  const next = text.charAt(index);
  return PAYLOAD_CHAR.test(next) || next === '.' ? index : null;
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1))
    line += 1;
  return line;
}
