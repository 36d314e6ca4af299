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
/** Far above any real log (a few hundred characters); stops a pasted novel from being unpacked. */
const MAX_CODE_LENGTH = 200_000;

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
    text = strFromU8(inflateSync(fromBase64Url(payload)));
  } catch {
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
  if (compact.length > MAX_CODE_LENGTH)
    return fail('This text is far too long to be a result code.');
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
